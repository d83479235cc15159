/**
 * The {@code newsclip} command line (picocli): {@code extract}, {@code eval} and {@code bench}.
 *
 * <p>{@code extract} resolves its arguments into a fixed list of inputs ({@link org.newsclip.cli.Inputs}: page
 * files, WARC files, folders of both, {@code @lists}, standard input), reads them one item at a time through a
 * {@link org.newsclip.cli.PageSource} ({@link org.newsclip.cli.FileSource}: one item per page file, one per WARC
 * record), extracts pages on worker threads with bounded memory and a per-page time limit
 * ({@link org.newsclip.cli.ExtractPipeline}, {@link org.newsclip.cli.Workers}) and writes the records in input order:
 * to standard output or a file in the plain formats, or to JSONL/Parquet part files committed with a checkpoint
 * ({@link org.newsclip.cli.PartOutput}, {@link org.newsclip.cli.Checkpoint}) so that {@code --resume} can continue
 * an interrupted run ({@link org.newsclip.cli.Batch}). Every record ends as extracted, rejected, failed or skipped,
 * damaged WARC regions are listed with file and offset ({@link org.newsclip.cli.Tally}), and a JSON report says so
 * ({@link org.newsclip.cli.RunReport}). Exit codes: 0 all inputs extracted, rejected or skipped, 1 some failed or
 * damaged, 2 usage error, 3 output not writable. See {@code docs/batch.md}.
 */
package org.newsclip.cli;
