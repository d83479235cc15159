package org.newsclip;

import java.util.Objects;
import java.util.Optional;

/**
 * Tells the language of a text. The extractor asks it only where a page declares no language or where a cheap
 * check finds the declaration contradicted by the text (see {@link ExtractionOptions.Builder#languageDetector}).
 * Implementations must be thread-safe, since one extractor serves many threads, and should answer nothing rather
 * than guess: too short a text, or one whose best language falls below their confidence threshold, gets
 * {@link Optional#empty()}. The module {@code newsclip-lang} has one built on Apache OpenNLP.
 */
@FunctionalInterface
public interface LanguageDetector {
    /**
     * The language of the text, or empty when the detector is not sure.
     *
     * @param text a sample of the article text (the extractor passes at most a few thousand characters)
     */
    Optional<Guess> detect(String text);

    /**
     * A detector's answer.
     *
     * @param language   the BCP-47 primary language subtag, lower case ({@code en}, {@code de}, {@code zh}, …)
     * @param confidence how sure the detector is, from 0 to 1
     */
    record Guess(String language, double confidence) {
        public Guess {
            Objects.requireNonNull(language, "language");
            if (!language.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException("not a primary language subtag: " + language);
            }
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
            }
        }
    }
}
