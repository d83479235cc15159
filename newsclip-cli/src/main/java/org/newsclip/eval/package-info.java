/**
 * Measuring the extractor on gold sets: the scoring rules of {@code datasets/README.md} ported from the reference
 * {@code score.py} ({@link org.newsclip.eval.Scorer}, {@link org.newsclip.eval.TextRules}), the evaluation run with
 * its speed measurement ({@link org.newsclip.eval.Evaluator}), and the pinned quality floors of the CI gate
 * ({@link org.newsclip.eval.QualityFloors}).
 */
package org.newsclip.eval;
