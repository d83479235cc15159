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
        return hex(Words.tokenHashes(text));
    }

    /** The fingerprint of word hashes from {@link Words#tokenHashes}, or null when there are none. */
    static String hex(long[] tokens) {
        if (tokens.length == 0) return null;
        // per bit, how many shingle hashes have it set: branch-free, and the bit is set when most shingles have it
        int[] ones = new int[64];
        int n = Math.max(1, tokens.length - 2);
        for (int i = 0; i < n; i++) {
            long h = tokens[i];
            if (i + 1 < tokens.length) h = mix(h * 31 + tokens[i + 1]);
            if (i + 2 < tokens.length) h = mix(h * 31 + tokens[i + 2]);
            for (int bit = 0; bit < 64; bit++) ones[bit] += (int) ((h >>> bit) & 1L);
        }
        long fp = 0;
        for (int bit = 0; bit < 64; bit++) if (2 * ones[bit] > n) fp |= 1L << bit;
        return toHex(fp);
    }

    private static String toHex(long fp) {
        String h = Long.toHexString(fp);
        return h.length() == 16 ? h : "0".repeat(16 - h.length()) + h;
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
