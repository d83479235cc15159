package org.newsclip.output;

import org.newsclip.model.Article;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A sink of {@link Article}s: a JSONL or Parquet file, or a series of part files. Writers are safe to call from
 * several threads (each call is synchronised); the records of one call land together. Close it to finish the file:
 * a Parquet file without its footer cannot be read.
 */
public interface ArticleWriter extends Closeable {

    void write(Article article) throws IOException;

    /** Articles written so far. */
    long count();

    /** The files written so far (one, or the parts opened until now), in order. */
    List<Path> files();

    @Override
    void close() throws IOException;
}
