/**
 * The {@code newsclip} command line (picocli): {@code extract} and {@code eval}.
 *
 * <p>{@code extract} reads inputs through a {@link org.newsclip.cli.PageSource} (today files, folders and standard
 * input; a WARC reader plugs in as another source), extracts them on a thread pool with bounded memory
 * ({@link org.newsclip.cli.ExtractPipeline}) and writes the records in input order. Every input ends as extracted,
 * rejected or failed, with a message on standard error for the last two and a closing summary. Exit codes: 0 all
 * inputs extracted or rejected, 1 some failed, 2 usage error, 3 output not writable.
 */
package org.newsclip.cli;
