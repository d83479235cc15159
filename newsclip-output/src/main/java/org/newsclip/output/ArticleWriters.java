package org.newsclip.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens {@link ArticleWriter}s.
 *
 * <pre>{@code
 * try (ArticleWriter w = ArticleWriters.forPath(Path.of("out.parquet"), null)) {
 *     w.write(article);
 * }
 * // parts out-00000.jsonl.zst, out-00001.jsonl.zst, ... of 100 000 articles each:
 * ArticleWriters.forPath(Path.of("out.jsonl.zst"), null, PartPolicy.records(100_000));
 * }</pre>
 */
public final class ArticleWriters {
    private ArticleWriters() {
    }

    /**
     * A writer of one file.
     *
     * @param format the format, or null to choose it by the file name ({@link OutputFormat#fromPath})
     */
    public static ArticleWriter forPath(Path path, OutputFormat format) throws IOException {
        return forPath(path, format, PartPolicy.NONE);
    }

    /**
     * A writer that splits its output into parts named after {@code path} ({@code out.parquet} gives
     * {@code out-00000.parquet}, ...) when the policy sets a limit; otherwise a writer of {@code path} itself.
     * Part files are created when their first article comes, so an empty run leaves no file.
     */
    public static ArticleWriter forPath(Path path, OutputFormat format, PartPolicy policy) throws IOException {
        OutputFormat f = format == null ? OutputFormat.fromPath(path) : format;
        if (policy != null && policy.splits()) return new RollingWriter(path, f, policy);
        return single(path, f);
    }

    static SizedWriter single(Path path, OutputFormat format) throws IOException {
        return format == OutputFormat.PARQUET ? new ParquetArticleWriter(path) : new JsonlWriter(path, format);
    }
}
