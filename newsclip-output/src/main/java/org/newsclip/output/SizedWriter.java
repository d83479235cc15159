package org.newsclip.output;

/** A single-file writer that can tell about how many bytes its file has, for splitting into parts. */
public interface SizedWriter extends ArticleWriter {
    long bytes();
}
