package org.newsclip.cli;

import org.newsclip.model.Article;
import org.newsclip.output.ArticleWriter;
import org.newsclip.output.ArticleWriters;
import org.newsclip.output.OutputFormat;
import org.newsclip.output.PartPolicy;
import org.newsclip.output.SizedWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Output files (JSONL, compressed JSONL or Parquet) that a crash cannot leave half-written: each part is written
 * under a {@code .tmp} name and committed (moved to its final name) only when closed, and each commit saves a
 * {@link Checkpoint} of how far the committed parts cover the inputs.
 *
 * <p>Without a part size the output is one file, {@code out.jsonl}, committed at the end. With one, parts are
 * {@code out-00000.jsonl}, {@code out-00001.jsonl}, …; a part is closed once it holds the given number of records
 * or about the given number of bytes (compressors buffer, so sizes are approximate).
 */
final class PartOutput implements Closeable {
    private final Path output;
    private final OutputFormat format;
    private final PartPolicy policy;
    private final List<String> inputNames;
    private final Path checkpointFile;
    private final List<Path> committed = new ArrayList<>();
    private ArticleWriter current;
    private Path currentTmp;
    private long inPart;

    PartOutput(Path output, OutputFormat format, PartPolicy policy, List<String> inputNames, int committedParts) {
        this.output = output;
        this.format = format;
        this.policy = policy;
        this.inputNames = inputNames;
        this.checkpointFile = Checkpoint.pathFor(output);
        for (int i = 0; i < committedParts; i++) committed.add(partPath(i));
    }

    /** The file of part {@code n}: the output itself when not split, else the name with a five-digit number. */
    Path partPath(int n) {
        if (!policy.splits()) return output;
        String name = output.getFileName().toString();
        String ext = format.extension();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(ext)
                ? name.substring(0, name.length() - ext.length()) : name;
        return output.resolveSibling(String.format("%s-%05d%s", stem, n, ext));
    }

    /**
     * Removes what a run may have left that the checkpoint does not cover: {@code .tmp} parts, and parts numbered
     * from {@code keep} on (a crash between a commit and its checkpoint leaves one; it is written again).
     */
    void clean(int keep) throws IOException {
        String name = output.getFileName().toString();
        String ext = format.extension();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(ext)
                ? name.substring(0, name.length() - ext.length()) : name;
        Pattern part = Pattern.compile(Pattern.quote(stem) + "-(\\d{5})" + Pattern.quote(ext) + "(\\.tmp)?");
        Path dir = output.toAbsolutePath().getParent();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String f = p.getFileName().toString();
                var m = part.matcher(f);
                boolean stale = m.matches() && (m.group(2) != null || Integer.parseInt(m.group(1)) >= keep);
                if (stale || f.equals(name + ".tmp")) Files.deleteIfExists(p);
            }
        }
        if (!policy.splits() && keep == 0) Files.deleteIfExists(output);
    }

    void write(Article a) throws IOException {
        if (current == null) {
            currentTmp = tmp(partPath(committed.size()));
            current = ArticleWriters.forPath(currentTmp, format);
            inPart = 0;
        }
        current.write(a);
        inPart++;
    }

    /** After each item: commits the part when it is full, with a checkpoint just past {@code item}. */
    void after(SourceItem item, Tally tally) throws IOException {
        if (current == null || !policy.splits()) return;
        long bytes = current instanceof SizedWriter s ? s.bytes() : Files.size(currentTmp);
        boolean full = (policy.maxRecords() > 0 && inPart >= policy.maxRecords())
                || (policy.maxBytes() > 0 && bytes >= policy.maxBytes());
        if (full) {
            commit();
            checkpoint(item.at().input(), item.at().index() + 1, false, tally);
        }
    }

    /** Commits the last part and marks the run complete. */
    void finish(int inputs, Tally tally) throws IOException {
        if (current != null) commit();
        checkpoint(inputs, 0, true, tally);
    }

    private void commit() throws IOException {
        current.close();
        current = null;
        Path target = partPath(committed.size());
        try {
            Files.move(currentTmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(currentTmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed.add(target);
    }

    void checkpoint(int input, long index, boolean complete, Tally tally) throws IOException {
        new Checkpoint(inputNames, committed.size(), input, index, complete, tally.toMap()).save(checkpointFile);
    }

    /** The committed files, in order. */
    List<Path> files() {
        return List.copyOf(committed);
    }

    private static Path tmp(Path p) {
        return p.resolveSibling(p.getFileName() + ".tmp");
    }

    /** Closes without committing: an interrupted run leaves its last part as {@code .tmp}. */
    @Override
    public void close() throws IOException {
        if (current != null) current.close();
        current = null;
    }
}
