package org.newsclip.output;

/**
 * When to start a new part file: after {@code maxRecords} articles or once a part has about {@code maxBytes} bytes
 * on disk, whichever comes first; 0 means no limit. Byte counts are approximate (compressors and Parquet buffer).
 */
public record PartPolicy(long maxRecords, long maxBytes) {
    public static final PartPolicy NONE = new PartPolicy(0, 0);

    public PartPolicy {
        if (maxRecords < 0 || maxBytes < 0) throw new IllegalArgumentException("negative part size");
    }

    public static PartPolicy records(long n) {
        return new PartPolicy(n, 0);
    }

    public static PartPolicy bytes(long n) {
        return new PartPolicy(0, n);
    }

    public boolean splits() {
        return maxRecords > 0 || maxBytes > 0;
    }

    boolean full(long records, long bytes) {
        return (maxRecords > 0 && records >= maxRecords) || (maxBytes > 0 && bytes >= maxBytes);
    }
}
