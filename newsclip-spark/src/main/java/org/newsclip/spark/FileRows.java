package org.newsclip.spark;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionResult;
import org.newsclip.page.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The output rows of one WARC file, produced lazily while the file streams through the task: only the current
 * record is held. A page that fails to extract is counted and passed over. A read error is thrown while Spark has
 * attempts left (so a passing fault, a dropped S3 connection, is retried); on the last attempt it is caught, the
 * file is counted as failed with its reason, and the rows read so far stand.
 */
final class FileRows implements Iterator<Row>, PageReader.Visitor {
    private final String file;
    private final HadoopConf conf;
    private final ArticleExtractor extractor;
    private final OutputShape shape;
    private final boolean lastAttempt;
    private final Consumer<FileStats> onDone;
    private final FileStats stats;
    private PageReader reader;
    private Row pending;
    private boolean done;

    FileRows(String file, HadoopConf conf, ArticleExtractor extractor, OutputShape shape, boolean lastAttempt,
             Consumer<FileStats> onDone) {
        this.file = file;
        this.conf = conf;
        this.extractor = extractor;
        this.shape = shape;
        this.lastAttempt = lastAttempt;
        this.onDone = onDone;
        this.stats = new FileStats(file);
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> closeQuietly());
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !done) step();
        return pending != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        Row r = pending;
        pending = null;
        return r;
    }

    private void step() {
        try {
            if (reader == null) reader = open();
            if (!reader.next(this)) finish();
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            if (!lastAttempt) {
                throw new UncheckedIOException(new IOException("reading " + file + " failed; Spark will retry", e));
            }
            stats.fileFailed(describe(e));
            finish();
        }
    }

    private PageReader open() throws IOException {
        Path p = new Path(file);
        FileSystem fs = p.getFileSystem(conf.get());
        long size = fs.getFileStatus(p).getLen();
        FSDataInputStream in = fs.open(p);
        try {
            return PageReaders.open(in, size, file);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void finish() {
        closeQuietly();
        done = true;
        onDone.accept(stats);
    }

    private void closeQuietly() {
        if (reader == null) return;
        try {
            reader.close();
        } catch (IOException | RuntimeException e) {
            // the file is read to its end or given up on: nothing is lost by a failed close
        }
        reader = null;
    }

    @Override
    public void page(Page page) {
        ExtractionResult r = extractor.extract(page);
        if (r.isExtracted()) {
            try {
                pending = shape.row(r.article());
            } catch (RuntimeException e) {
                r = ExtractionResult.failed(r.input(), "output-error", describe(e));
            }
        }
        stats.page(r);
    }

    @Override
    public void skipped(String reason) {
        stats.skipped(reason);
    }

    @Override
    public void corrupt(String reason, boolean stopped) {
        stats.corrupt(reason);
        if (stopped) stats.fileFailed("corrupt: " + reason);
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
