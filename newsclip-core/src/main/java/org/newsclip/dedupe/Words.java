package org.newsclip.dedupe;

import java.util.Arrays;

/**
 * Word segmentation that works across scripts: runs of letters and digits are words, and each letter of a script
 * written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) counts as a word of its own.
 * One segmentation serves both the word count and the SimHash fingerprint ({@link TextDigest}); it runs over every
 * extracted text, with an ASCII fast path.
 */
public final class Words {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** ASCII letters and digits → their case-folded selves; every other ASCII character → 0 (not in a word). */
    private static final byte[] ASCII_FOLD = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) ASCII_FOLD[c] = (byte) c;
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_FOLD[c] = (byte) c;
            ASCII_FOLD[c - 32] = (byte) c;
        }
    }

    private Words() {
    }

    /** The number of words: as many as {@link #tokenHashes} hashes, by the same segmentation. */
    public static int count(String text) {
        int[] n = {0};
        scan(text, hash -> n[0]++);
        return n[0];
    }

    /** Receives the hash of each word (case-folded) in text order. */
    interface TokenSink {
        void token(long hash);
    }

    /** A hash per word (case-folded), in text order. */
    static long[] tokenHashes(String text) {
        ArraySink sink = new ArraySink();
        scan(text, sink);
        return Arrays.copyOf(sink.hashes, sink.n);
    }

    /** Collects the hashes in an array. */
    private static final class ArraySink implements TokenSink {
        long[] hashes = new long[64];
        int n;

        @Override
        public void token(long hash) {
            if (n == hashes.length) hashes = Arrays.copyOf(hashes, n * 2);
            hashes[n++] = hash;
        }
    }

    /** Segments {@code text} (null counts as empty) and hands each word's hash to {@code sink}, in text order. */
    static void scan(String text, TokenSink sink) {
        if (text == null) return;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            if (ch < 0x80) { // ASCII fast path: most text of most pages
                i++;
                int folded = ASCII_FOLD[ch];
                if (folded != 0) {
                    h = (h ^ folded) * FNV_PRIME;
                    inWord = true;
                } else if (inWord) {
                    sink.token(SimHash.mix(h));
                    h = FNV_OFFSET;
                    inWord = false;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean letter = Character.isLetterOrDigit(cp) || (inWord && isMark(cp));
            boolean unspaced = letter && isUnspaced(cp);
            if (letter && !unspaced) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inWord = true;
                continue;
            }
            if (inWord) {
                sink.token(SimHash.mix(h));
                h = FNV_OFFSET;
                inWord = false;
            }
            if (unspaced) sink.token(SimHash.mix((FNV_OFFSET ^ cp) * FNV_PRIME));
        }
        if (inWord) sink.token(SimHash.mix(h));
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** Scripts written without spaces between words, by code point range (cheaper than a script lookup). */
    static boolean isUnspaced(int cp) {
        if (cp < 0x0E00) return false;
        return cp <= 0x0EFF                       // Thai, Lao
                || (cp >= 0x1000 && cp <= 0x109F)  // Myanmar
                || (cp >= 0x1780 && cp <= 0x17FF)  // Khmer
                || (cp >= 0x3040 && cp <= 0x30FF)  // Hiragana, Katakana
                || (cp >= 0x31F0 && cp <= 0x31FF)  // Katakana extensions
                || (cp >= 0x3400 && cp <= 0x4DBF)  // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // CJK unified ideographs
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }
}
