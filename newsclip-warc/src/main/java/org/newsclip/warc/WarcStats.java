package org.newsclip.warc;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counters of one WARC file as read so far: a snapshot, immutable.
 *
 * @param records        records read (pages, skipped and damaged)
 * @param pages          HTML pages returned
 * @param truncated      of those, pages whose payload was cut at the size limit
 * @param skipped        skipped records by reason
 * @param corrupt        damaged places reported
 * @param bytes          bytes of the file read (compressed bytes for gzip files)
 */
public record WarcStats(String file, long records, long pages, long truncated, Map<String, Long> skipped,
                        long corrupt, long bytes) {
    public WarcStats {
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** All skipped records, whatever the reason. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Skipped records of one reason. */
    public long skipped(String reason) {
        return skipped.getOrDefault(reason, 0L);
    }
}
