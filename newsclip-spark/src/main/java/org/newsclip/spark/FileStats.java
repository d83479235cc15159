package org.newsclip.spark;

import org.newsclip.ExtractionResult;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one task did with one WARC file: records read, pages extracted, rejected and failed, records skipped, damage
 * found, each by reason; and whether the file itself could not be read to its end. Filled by one task, then sent
 * to the driver and never changed again.
 */
public final class FileStats implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String file;
    private long read;
    private long extracted;
    private long rejected;
    private long failed;
    private long skipped;
    private long corrupt;
    private final TreeMap<String, Long> reasons = new TreeMap<>();
    private String fileError;

    public FileStats(String file) {
        this.file = file;
    }

    /** Counts a page handed to the extractor, by the outcome. */
    public void page(ExtractionResult r) {
        read++;
        switch (r.status()) {
            case EXTRACTED -> extracted++;
            case REJECTED -> { rejected++; reason("rejected", r.reason()); }
            case FAILED -> { failed++; reason("failed", r.reason()); }
        }
    }

    /** Counts a record the WARC reader passed over (a request, a non-HTML payload...). */
    public void skipped(String reason) {
        read++;
        skipped++;
        reason("skipped", reason);
    }

    /** Counts a damaged place the reader found and read past (or stopped at). */
    public void corrupt(String reason) {
        corrupt++;
        reason("corrupt", reason);
    }

    /** Marks the file as failed: it could not be opened, or reading it broke off with an error. */
    public void fileFailed(String reason) {
        fileError = reason == null ? "error" : reason;
    }

    private void reason(String kind, String reason) {
        reasons.merge(kind + ":" + (reason == null ? "unknown" : reason), 1L, Long::sum);
    }

    public String file() { return file; }
    public long read() { return read; }
    public long extracted() { return extracted; }
    public long rejected() { return rejected; }
    public long failed() { return failed; }
    public long skipped() { return skipped; }
    public long corrupt() { return corrupt; }
    /** Counts by {@code kind:reason}, e.g. {@code skipped:request}, {@code rejected:binary}. */
    public Map<String, Long> reasons() { return java.util.Collections.unmodifiableMap(reasons); }
    /** Why the file could not be read to its end, or null when it was. */
    public String fileError() { return fileError; }

    @Override
    public String toString() {
        return file + ": read " + read + ", extracted " + extracted + ", rejected " + rejected + ", failed " + failed
                + ", skipped " + skipped + ", corrupt " + corrupt + (fileError == null ? "" : ", FILE FAILED: " + fileError);
    }
}
