package org.newsclip.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error (records done, records/s, MB/s of input, and the share of the input
 * bytes read with an ETA when the total size is known), redrawn at most a few times a second. Messages printed through it clear the bar first so that they stay readable. Disabled, it
 * just prints the messages. Used from one thread.
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintStream err;
    private final boolean enabled;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long bytes;
    private long lastDraw;
    private boolean drawn;

    /** @param total the input's size in bytes, or 0 or less when unknown */
    Progress(PrintStream err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    /** One more record finished, with {@code bytesRead} bytes of the input read so far (0 if unknown). */
    void step(long bytesRead) {
        done++;
        bytes = Math.max(bytes, bytesRead);
        long now = System.nanoTime();
        if (enabled && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    /** Prints a message on its own line. */
    void message(String line) {
        clear();
        err.println(line);
        if (enabled) draw(System.nanoTime());
    }

    /** Removes the bar before the summary. */
    void finish() {
        clear();
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        double byteRate = bytes / seconds;
        StringBuilder sb = new StringBuilder("\r");
        if (total > 0) {
            int filled = (int) Math.min(BAR, BAR * bytes / total);
            sb.append('[').append("=".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%3d%% ", Math.min(100, 100 * bytes / total)));
        }
        sb.append(done).append(String.format(Locale.ROOT, " records  %.1f rec/s  %.2f MB/s", rate, byteRate / 1e6));
        if (total > 0 && byteRate > 0 && bytes < total) {
            sb.append("  ETA ").append(duration((total - bytes) / byteRate));
        }
        sb.append("\u001b[K");
        err.print(sb);
        err.flush();
        drawn = true;
    }

    private void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
}
