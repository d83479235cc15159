package org.newsclip.cli;

import org.newsclip.ExtractionResult;

import java.util.Locale;

/** The counts of a run: every input ends as extracted, rejected or failed, so they add up to {@code pages}. */
final class Tally {
    private long extracted;
    private long rejected;
    private long failed;
    private final long start = System.nanoTime();

    void count(ExtractionResult.Status status) {
        switch (status) {
            case EXTRACTED -> extracted++;
            case REJECTED -> rejected++;
            case FAILED -> failed++;
            default -> throw new IllegalStateException(status.name());
        }
    }

    long pages() {
        return extracted + rejected + failed;
    }

    long extracted() {
        return extracted;
    }

    long rejected() {
        return rejected;
    }

    long failed() {
        return failed;
    }

    /** "12 pages: 10 extracted, 1 rejected, 1 failed in 0.8 s (15.0 pages/s)". */
    String summary() {
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%d pages: %d extracted, %d rejected, %d failed in %.1f s (%.1f pages/s)",
                pages(), extracted, rejected, failed, seconds, seconds > 0 ? pages() / seconds : 0.0);
    }
}
