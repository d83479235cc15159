package org.newsclip.html;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small set of words, each with a bit mask, looked up in place in a larger string: the words are grouped by
 * length and tried by their first character, so a run of a class name is compared with a handful of words at most,
 * with no substring and no hash. Immutable; thread-safe.
 */
final class WordTable {
    /** Element {@code n}: the words of length {@code n}; {@link #masks} holds their bits at the same places. */
    private final String[][] words;
    private final int[][] masks;

    /** @param masks each word with its bits (a word in several sets carries the bits of all) */
    WordTable(Map<String, Integer> masks) {
        int longest = masks.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.words = new String[longest + 1][];
        this.masks = new int[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            final int len = n;
            words[n] = masks.keySet().stream().filter(w -> w.length() == len).sorted().toArray(String[]::new);
            this.masks[n] = Arrays.stream(words[n]).mapToInt(masks::get).toArray();
        }
    }

    /** A table of {@code words}, each with the bit 1. */
    static WordTable of(Set<String> words) {
        Map<String, Integer> masks = new TreeMap<>();
        for (String w : words) masks.put(w, 1);
        return new WordTable(masks);
    }

    /** The bits of the word that {@code s[from, to)} is, or 0 when it is none of them. */
    int mask(String s, int from, int to) {
        int len = to - from;
        if (len >= words.length) return 0;
        String[] candidates = words[len];
        char first = s.charAt(from);
        for (int i = 0; i < candidates.length; i++) {
            String w = candidates[i];
            if (w.charAt(0) == first && s.startsWith(w, from)) return masks[len][i];
        }
        return 0;
    }
}
