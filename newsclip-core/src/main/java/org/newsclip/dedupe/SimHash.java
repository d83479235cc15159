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
        return Shingles.of(text).hex();
    }

    /**
     * The fingerprint of word hashes from {@link Words#tokenHashes}, or null when there are none: the plain form of
     * {@link Shingles}, which computes it without the array.
     */
    static String hex(long[] tokens) {
        if (tokens.length == 0) return null;
        // per bit, how many shingle hashes have it set; the bit is set when most shingles have it. The counts are
        // kept eight to a long (one byte each, bit j of byte k of a hash counted in byte j of lanes[k]) and
        // drained before a byte can overflow: 8 table adds per shingle instead of 64 shifts.
        int[] ones = new int[64];
        long[] lanes = new long[8];
        int n = Math.max(1, tokens.length - 2);
        for (int i = 0, pending = 0; i < n; i++) {
            long h = tokens[i];
            if (i + 1 < tokens.length) h = mix(h * 31 + tokens[i + 1]);
            if (i + 2 < tokens.length) h = mix(h * 31 + tokens[i + 2]);
            for (int k = 0; k < 8; k++) lanes[k] += SPREAD[(int) (h >>> (8 * k)) & 0xff];
            if (++pending == 255 || i == n - 1) {
                drain(lanes, ones);
                pending = 0;
            }
        }
        long fp = 0;
        for (int bit = 0; bit < 64; bit++) if (2 * ones[bit] > n) fp |= 1L << bit;
        return toHex(fp);
    }

    /**
     * {@link #hex(long[])} computed as the word hashes arrive ({@link Words#scan}), without holding them: each
     * shingle is counted when its third word comes, the one or two shingles of a text that short at the end. Pinned
     * to {@link #hex(long[])} by a test. One instance serves one text.
     */
    static final class Shingles implements Words.TokenSink {
        private final int[] ones = new int[64];
        private final long[] lanes = new long[8];
        private int pending;
        private int shingles;
        private int tokens;
        private long first;
        private long second;

        /** The shingles of a text's words (null counts as empty), scanned once. */
        static Shingles of(String text) {
            Shingles shingles = new Shingles();
            Words.scan(text, shingles);
            return shingles;
        }

        @Override
        public void token(long hash) {
            if (tokens >= 2) count(mix(mix(first * 31 + second) * 31 + hash));
            first = second;
            second = hash;
            tokens++;
        }

        /** How many word hashes came. */
        int tokens() {
            return tokens;
        }

        /** The fingerprint, or null when no word came. */
        String hex() {
            if (tokens == 0) return null;
            if (tokens == 1) count(second); // a single word is its own shingle
            else if (tokens == 2) count(mix(first * 31 + second));
            drain(lanes, ones);
            long fp = 0;
            for (int bit = 0; bit < 64; bit++) if (2 * ones[bit] > shingles) fp |= 1L << bit;
            return toHex(fp);
        }

        private void count(long h) {
            for (int k = 0; k < 8; k++) lanes[k] += SPREAD[(int) (h >>> (8 * k)) & 0xff];
            shingles++;
            if (++pending == 255) {
                drain(lanes, ones);
                pending = 0;
            }
        }
    }

    /** Byte value → its 8 bits spread one per byte (bit j to byte j). */
    private static final long[] SPREAD = new long[256];

    static {
        for (int b = 0; b < 256; b++) {
            for (int j = 0; j < 8; j++) if ((b >>> j & 1) != 0) SPREAD[b] |= 1L << (8 * j);
        }
    }

    private static void drain(long[] lanes, int[] ones) {
        for (int k = 0; k < 8; k++) {
            for (int j = 0; j < 8; j++) ones[8 * k + j] += (int) (lanes[k] >>> (8 * j) & 0xff);
            lanes[k] = 0;
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Sixteen lower-case hex digits, zero-padded: Long.toHexString and the padding in one array. */
    static String toHex(long fp) {
        char[] h = new char[16];
        for (int i = 15; i >= 0; i--, fp >>>= 4) h[i] = HEX[(int) fp & 0xf];
        return new String(h);
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
