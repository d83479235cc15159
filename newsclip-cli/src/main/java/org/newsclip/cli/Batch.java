package org.newsclip.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch side of an {@code extract} run: the part files and their checkpoint, resuming, and the facts of the run
 * for its report.
 *
 * <p>Resume: a run that writes JSONL or Parquet files commits each part when it closes it and then saves a
 * {@link Checkpoint} just past the last item the part covers. {@code --resume} reads the checkpoint, checks that the
 * inputs are the same, deletes what no checkpoint covers ({@code .tmp} parts and parts committed after the
 * checkpoint was saved), restores the counts, and passes over the covered items (earlier files are not opened; the
 * covered records of the current WARC file are read again but not extracted). Since every item after the cursor is
 * done again and nothing before it, the union of the parts is what one clean run writes.
 */
final class Batch implements Closeable {
    private final ExtractCommand.Settings settings;
    private final List<Inputs.Input> inputs;
    private final Tally tally;
    private final Path output;
    private final boolean resume;
    private final PrintStream err;
    private final ExtractCommand cmd;
    private PartOutput parts;
    private final long startNanos = System.nanoTime();
    private int abandoned;
    private boolean resumed;
    private long bytesAtStart;
    private long bytesRead;

    Batch(ExtractCommand cmd, ExtractCommand.Settings settings, List<Inputs.Input> inputs, Tally tally) {
        this.cmd = cmd;
        this.settings = settings;
        this.inputs = inputs;
        this.tally = tally;
        this.output = cmd.output;
        this.resume = cmd.resume;
        this.err = cmd.main.err();
    }

    private List<String> names() {
        return inputs.stream().map(Inputs.Input::name).toList();
    }

    /** Prepares the output; false when a resumed run finds nothing left to do. */
    boolean start(FileSource source) throws IOException {
        if (settings.parts() == null) return true;
        Checkpoint checkpoint = resume ? loadCheckpoint() : null;
        parts = new PartOutput(output, settings.parts(), settings.policy(), names(),
                checkpoint == null ? 0 : checkpoint.parts());
        if (checkpoint == null) {
            if (resume) err.println("newsclip: no checkpoint at " + Checkpoint.pathFor(output) + ": starting afresh");
            parts.clean(0);
            // replace any checkpoint of an earlier run at once: a crash before the first commit must not leave a
            // checkpoint that describes other parts
            parts.checkpoint(0, 0, false, tally);
            return true;
        }
        if (!checkpoint.inputs().equals(names())) {
            throw cmd.usageError("--resume: the inputs differ from those of the run in " + Checkpoint.pathFor(output));
        }
        tally.restore(checkpoint.tally());
        resumed = true;
        if (checkpoint.complete()) {
            err.println("newsclip: the run is already complete (" + Checkpoint.pathFor(output) + ")");
            return false;
        }
        parts.clean(checkpoint.parts());
        source.skipTo(checkpoint.input(), checkpoint.index());
        for (int i = 0; i < checkpoint.input() && i < inputs.size(); i++) bytesAtStart += inputs.get(i).size();
        err.println("newsclip: resuming at input " + checkpoint.input() + " item " + checkpoint.index() + " after "
                + tally.read() + " records in " + checkpoint.parts() + " parts");
        return true;
    }

    private Checkpoint loadCheckpoint() {
        Path file = Checkpoint.pathFor(output);
        if (!Files.exists(file)) return null;
        try {
            return Checkpoint.load(file);
        } catch (IOException | RuntimeException e) {
            throw cmd.usageError("--resume: cannot read the checkpoint " + file + " (" + e.getMessage()
                    + "); delete it to start afresh");
        }
    }

    PartOutput parts() {
        return parts;
    }

    void after(SourceItem item) throws IOException {
        bytesRead = Math.max(bytesRead, item.at().bytesRead());
        if (parts != null) parts.after(item, tally);
    }

    void abandoned(int n) {
        abandoned = n;
    }

    void finish() throws IOException {
        if (parts != null) parts.finish(inputs.size(), tally);
    }

    List<Path> files() {
        if (parts != null) return parts.files();
        return output == null ? List.of() : List.of(output);
    }

    /** Facts about this run (this process) for the report. */
    Map<String, Object> facts() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long bytes = Math.max(0, bytesRead - bytesAtStart);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("complete", true);
        m.put("resumed", resumed);
        m.put("inputs", inputs.size());
        m.put("input_bytes", Inputs.totalBytes(inputs));
        m.put("threads", settings.threads());
        m.put("page_timeout_ms", settings.timeout().toMillis());
        m.put("threads_abandoned", abandoned);
        m.put("seconds", Math.round(seconds * 100) / 100.0);
        m.put("mb_per_second", seconds > 0 ? Math.round(bytes / 1e6 / seconds * 100) / 100.0 : 0.0);
        m.put("peak_heap_mb", Heap.peakBytes() >> 20);
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        return m;
    }

    /** Leaves an unfinished part as {@code .tmp}: only {@link #finish()} commits the last one. */
    @Override
    public void close() throws IOException {
        if (parts != null) parts.close();
    }
}
