package org.newsclip.output;

import org.newsclip.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes part files {@code NAME-00000.EXT}, {@code NAME-00001.EXT}, ... and starts a new one when a part is full. */
final class RollingWriter implements ArticleWriter {
    private final Path base;
    private final OutputFormat format;
    private final PartPolicy policy;
    private final List<Path> files = new ArrayList<>();
    private SizedWriter current;
    private long count;
    private long inPart;

    RollingWriter(Path base, OutputFormat format, PartPolicy policy) {
        this.base = base;
        this.format = format;
        this.policy = policy;
    }

    /** The name of part {@code n}: the base name without its format ending, a five-digit number, the ending. */
    static Path partPath(Path base, OutputFormat format, int n) {
        String name = base.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(format.extension())
                ? name.substring(0, name.length() - format.extension().length()) : name;
        return base.resolveSibling(String.format("%s-%05d%s", stem, n, format.extension()));
    }

    @Override
    public synchronized void write(Article article) throws IOException {
        if (current != null && policy.full(inPart, current.bytes())) {
            current.close();
            current = null;
        }
        if (current == null) {
            Path p = partPath(base, format, files.size());
            current = ArticleWriters.single(p, format);
            files.add(p);
            inPart = 0;
        }
        current.write(article);
        inPart++;
        count++;
    }

    @Override
    public synchronized long count() {
        return count;
    }

    @Override
    public synchronized List<Path> files() {
        return List.copyOf(files);
    }

    @Override
    public synchronized void close() throws IOException {
        if (current != null) current.close();
        current = null;
    }
}
