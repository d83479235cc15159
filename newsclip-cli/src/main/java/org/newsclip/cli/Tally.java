package org.newsclip.cli;

import org.newsclip.ExtractionResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a run. Every record read ends as extracted, rejected, failed or skipped, each with its reason, so
 * that {@code read = extracted + rejected + failed + skipped}; damaged regions of WARC files are listed apart with
 * file and offset (they are not records). A tally can be saved in a checkpoint and restored by a resumed run.
 * Used from one thread.
 */
final class Tally {
    /** Damaged regions kept in detail; past this only the count grows (a file of garbage can hold many). */
    static final int MAX_CORRUPT_LISTED = 10_000;

    private long extracted;
    private final Map<String, Long> rejected = new TreeMap<>();
    private final Map<String, Long> failed = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long corrupt;
    private final List<Map<String, Object>> corruptRegions = new ArrayList<>();
    private final long start = System.nanoTime();

    /** Counts one item; {@code result} is null for skipped records and damage. */
    void count(SourceItem item, ExtractionResult result) {
        switch (item.kind()) {
            case SKIPPED -> skipped.merge(item.reason(), 1L, Long::sum);
            case CORRUPT -> corrupt(item);
            default -> count(result);
        }
    }

    void count(ExtractionResult result) {
        switch (result.status()) {
            case EXTRACTED -> extracted++;
            case REJECTED -> rejected.merge(reason(result), 1L, Long::sum);
            case FAILED -> failed.merge(reason(result), 1L, Long::sum);
            default -> throw new IllegalStateException(result.status().name());
        }
    }

    private static String reason(ExtractionResult r) {
        return r.reason() == null ? "unknown" : r.reason();
    }

    private void corrupt(SourceItem item) {
        corrupt++;
        if (corruptRegions.size() >= MAX_CORRUPT_LISTED) return;
        Map<String, Object> m = new LinkedHashMap<>();
        String name = item.name();
        int at = name.lastIndexOf('@');
        m.put("file", at > 0 ? name.substring(0, at) : name);
        m.put("offset", item.at().offset());
        m.put("reason", item.reason());
        m.put("resumed_at", item.at().resumedAt());
        corruptRegions.add(m);
    }

    long read() {
        return extracted + rejected() + failed() + skipped();
    }

    /** Pages and failed inputs: what the old summary called inputs. */
    long pages() {
        return extracted + rejected() + failed();
    }

    long extracted() {
        return extracted;
    }

    long rejected() {
        return sum(rejected);
    }

    long failed() {
        return sum(failed);
    }

    long skipped() {
        return sum(skipped);
    }

    long corrupt() {
        return corrupt;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "12 pages: 10 extracted, 1 rejected, 1 failed in 0.8 s (15.0 pages/s)", plus skipped and damage if any. */
    String summary() {
        double seconds = seconds();
        String s = String.format(Locale.ROOT, "%d pages: %d extracted, %d rejected, %d failed in %.1f s (%.1f pages/s)",
                pages(), extracted, rejected(), failed(), seconds, seconds > 0 ? pages() / seconds : 0.0);
        if (skipped() > 0) s += "; " + skipped() + " records skipped " + skipped;
        if (corrupt > 0) s += "; " + corrupt + " damaged regions";
        return s;
    }

    /** The counts as a JSON-ready map (the report's accounting part, and the checkpoint's). */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", read());
        m.put("extracted", extracted);
        m.put("rejected", rejected());
        m.put("failed", failed());
        m.put("skipped", skipped());
        m.put("rejected_reasons", new TreeMap<>(rejected));
        m.put("failed_reasons", new TreeMap<>(failed));
        m.put("skipped_reasons", new TreeMap<>(skipped));
        m.put("corrupt", corrupt);
        m.put("corrupt_regions", new ArrayList<>(corruptRegions));
        return m;
    }

    /** Restores the counts saved by {@link #toMap()}. */
    @SuppressWarnings("unchecked")
    void restore(Map<String, Object> m) {
        extracted = ((Number) m.get("extracted")).longValue();
        putAll(rejected, (Map<String, Object>) m.get("rejected_reasons"));
        putAll(failed, (Map<String, Object>) m.get("failed_reasons"));
        putAll(skipped, (Map<String, Object>) m.get("skipped_reasons"));
        corrupt = ((Number) m.get("corrupt")).longValue();
        for (Object o : (List<Object>) m.get("corrupt_regions")) corruptRegions.add((Map<String, Object>) o);
    }

    private static void putAll(Map<String, Long> to, Map<String, Object> from) {
        to.clear();
        if (from != null) from.forEach((k, v) -> to.put(k, ((Number) v).longValue()));
    }
}
