package org.newsclip.output;

import com.github.luben.zstd.ZstdOutputStream;
import org.newsclip.io.ArticleJson;
import org.newsclip.model.Article;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** One article per line of JSON ({@link ArticleJson#toLine}), plain, gzip or zstd compressed. */
final class JsonlWriter implements ArticleWriter, SizedWriter {
    private static final byte[] NEWLINE = {'\n'};
    private static final int MAX_KEPT = 1 << 22;
    private final Path path;
    private final Counting counter;
    private final OutputStream out;
    /** The line being written, encoded: reused, so that a record costs no string or byte array of its own. */
    private java.io.ByteArrayOutputStream line;
    private Writer text;
    private long count;

    JsonlWriter(Path path, OutputFormat format) throws IOException {
        this.path = path;
        this.counter = new Counting(Files.newOutputStream(path));
        OutputStream o = counter;
        try {
            o = switch (format) {
                case JSONL -> new BufferedOutputStream(o, 1 << 16);
                case JSONL_GZ -> new GZIPOutputStream(new BufferedOutputStream(o, 1 << 16), 1 << 16);
                case JSONL_ZST -> new BufferedOutputStream(new ZstdOutputStream(new BufferedOutputStream(o, 1 << 16), 3), 1 << 16);
                case PARQUET -> throw new IllegalArgumentException("not a JSONL format: " + format);
            };
        } catch (IOException | RuntimeException e) {
            o.close();
            throw e;
        }
        this.out = o;
        newLineBuffer();
    }

    private void newLineBuffer() {
        line = new java.io.ByteArrayOutputStream(1 << 16);
        // UTF-8 as String.getBytes gives it (a lone surrogate becomes '?')
        text = new OutputStreamWriter(line, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(Article article) throws IOException {
        line.reset();
        try {
            ArticleJson.writeLine(article, text);
            text.flush();
        } catch (IOException | RuntimeException e) {
            newLineBuffer(); // nothing of a failed record may start the next line
            throw e;
        }
        line.writeTo(out); // one write of the whole line, as before: out flushes (and bytes() counts) as it did
        out.write(NEWLINE);
        if (line.size() > MAX_KEPT) newLineBuffer(); // a rare huge record does not keep its buffer
        count++;
    }

    @Override
    public synchronized long count() {
        return count;
    }

    @Override
    public synchronized long bytes() {
        return counter.written;
    }

    @Override
    public List<Path> files() {
        return List.of(path);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /** Counts the bytes that reach the file. */
    private static final class Counting extends FilterOutputStream {
        long written;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }
    }
}
