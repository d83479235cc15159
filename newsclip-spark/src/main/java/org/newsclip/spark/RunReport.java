package org.newsclip.spark;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The accounting of a whole run: the per-file {@link FileStats} summed, with the counts by reason and the files
 * that could not be read. Built on the driver from the stats every task sent back.
 */
@JsonPropertyOrder({"files", "files_failed", "read", "extracted", "rejected", "failed", "skipped", "corrupt",
        "reasons", "failed_files", "seconds", "pages_per_second"})
public final class RunReport {
    private long files;
    private long read;
    private long extracted;
    private long rejected;
    private long failed;
    private long skipped;
    private long corrupt;
    private final TreeMap<String, Long> reasons = new TreeMap<>();
    private final TreeMap<String, String> failedFiles = new TreeMap<>();
    private double seconds;

    /** Sums the stats of every file. */
    public static RunReport of(Collection<FileStats> stats, double seconds) {
        RunReport r = new RunReport();
        for (FileStats s : stats) r.add(s);
        r.seconds = seconds;
        return r;
    }

    private void add(FileStats s) {
        files++;
        read += s.read();
        extracted += s.extracted();
        rejected += s.rejected();
        failed += s.failed();
        skipped += s.skipped();
        corrupt += s.corrupt();
        s.reasons().forEach((k, v) -> reasons.merge(k, v, Long::sum));
        if (s.fileError() != null) failedFiles.put(s.file(), s.fileError());
    }

    @JsonProperty("files") public long files() { return files; }
    @JsonProperty("files_failed") public long filesFailed() { return failedFiles.size(); }
    @JsonProperty("read") public long read() { return read; }
    @JsonProperty("extracted") public long extracted() { return extracted; }
    @JsonProperty("rejected") public long rejected() { return rejected; }
    @JsonProperty("failed") public long failed() { return failed; }
    @JsonProperty("skipped") public long skipped() { return skipped; }
    @JsonProperty("corrupt") public long corrupt() { return corrupt; }
    /** Counts by {@code kind:reason}. */
    @JsonProperty("reasons") public Map<String, Long> reasons() { return reasons; }
    /** Each unreadable file with its reason. */
    @JsonProperty("failed_files") public Map<String, String> failedFiles() { return failedFiles; }
    @JsonProperty("seconds") public double seconds() { return Math.round(seconds * 1000) / 1000.0; }

    /** Pages handed to the extractor per second of wall time, over the whole run. */
    @JsonProperty("pages_per_second")
    public double pagesPerSecond() {
        long pages = extracted + rejected + failed;
        return seconds <= 0 ? 0 : Math.round(pages / seconds * 10) / 10.0;
    }

    /** The report as pretty-printed JSON. */
    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few lines for the console. */
    public String summary() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("newsclip-spark: %d files (%d failed), %d records read: %d extracted, %d rejected, "
                + "%d failed, %d skipped; %d damaged places; %.1f s", files, failedFiles.size(), read, extracted,
                rejected, failed, skipped, corrupt, seconds()));
        reasons.forEach((k, v) -> lines.add("  " + k + ": " + v));
        failedFiles.forEach((f, why) -> lines.add("  file failed: " + f + " (" + why + ")"));
        return String.join("\n", lines);
    }
}
