package org.newsclip.html;

import java.util.BitSet;

/**
 * Finds which of a few dozen lower-case words (phrases of three characters or more) opens a word of a text, in one
 * pass: the first three characters at the text's start and after each space are hashed into a small bit set of the
 * words' openings, and only where the bit is set are the words compared. Cheaper than one {@code contains} per word
 * when most texts hold none. Immutable; thread-safe.
 */
final class WordScan {
    private static final int MASK = 0xFFF;
    private final String[] words;
    private final BitSet openings = new BitSet(MASK + 1);

    WordScan(String[] words) {
        this.words = words.clone();
        for (String w : words) {
            if (w.length() < 3) throw new IllegalArgumentException("too short: " + w);
            openings.set(hash(w, 0));
        }
    }

    /**
     * The first word (in the order given) found in {@code lower} at the start of a word (the text's start or after
     * a space), at its earliest position; null if none.
     */
    String firstIn(String lower) {
        for (int i = 0, end = lower.length() - 2; i < end; ) {
            if (openings.get(hash(lower, i))) {
                for (String w : words) {
                    if (lower.startsWith(w, i)) return w;
                }
            }
            int space = lower.indexOf(' ', i);
            if (space < 0) return null;
            i = space + 1;
        }
        return null;
    }

    /** The index of a word returned by {@link #firstIn} in the list given. */
    int index(String word) {
        for (int i = 0; i < words.length; i++) if (words[i] == word) return i;
        return -1;
    }

    private static int hash(String s, int i) {
        return ((s.charAt(i) * 31 + s.charAt(i + 1)) * 31 + s.charAt(i + 2)) & MASK;
    }
}
