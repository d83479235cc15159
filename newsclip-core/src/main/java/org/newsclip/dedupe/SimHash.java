package org.newsclip.dedupe;

/**
 * 64-bit SimHash of a text over word trigrams (characters for scripts written without spaces), so that copies of
 * a story differing in a few words get fingerprints a few bits apart.
 */
public final class SimHash {
    private SimHash() {
    }

    /** The fingerprint as 16 hex digits, or null for a text with no words. */
    public static String hex(String text) {
        long[] tokens = Words.tokenHashes(text);
        if (tokens.length == 0) return null;
        int[] weights = new int[64];
        int n = Math.max(1, tokens.length - 2);
        for (int i = 0; i < n; i++) {
            long h = tokens[i];
            if (i + 1 < tokens.length) h = mix(h * 31 + tokens[i + 1]);
            if (i + 2 < tokens.length) h = mix(h * 31 + tokens[i + 2]);
            for (int bit = 0; bit < 64; bit++) weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
        }
        long fp = 0;
        for (int bit = 0; bit < 64; bit++) if (weights[bit] > 0) fp |= 1L << bit;
        return String.format("%016x", fp);
    }

    /** Number of differing bits between two hex fingerprints. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
