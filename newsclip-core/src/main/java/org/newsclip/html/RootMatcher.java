package org.newsclip.html;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Finds, in one pass over a string of {@code [a-z0-9]}, which of several word lists have a member occurring in it
 * (an Aho–Corasick automaton). Class/id vocabularies hold a few hundred roots; testing them one by one with
 * {@code contains} cost more than the rest of the content extraction. Immutable once built; thread-safe.
 */
final class RootMatcher {
    private static final int ALPHABET = 36;

    /**
     * The automaton's transitions, {@link #ALPHABET} per state: {@code next[state * ALPHABET + symbol]} is the next
     * state (complete automaton). States are numbered and held as chars, half the size of an int table with the
     * outputs in each row: the class strings of a page walk it at random, and a smaller table stays in the cache.
     */
    private final char[] next;
    /** The bit mask of the lists matched on reaching each state: a few KB, read on every step. */
    private final int[] outputs;

    /** @param lists the word lists; list {@code i} sets bit {@code 1 << i} in {@link #match} */
    RootMatcher(String[]... lists) {
        List<int[]> goTo = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        goTo.add(newRow());
        out.add(0);
        for (int i = 0; i < lists.length; i++) {
            for (String word : lists[i]) {
                int state = 0;
                for (int k = 0; k < word.length(); k++) {
                    int c = symbol(word.charAt(k));
                    if (c < 0) throw new IllegalArgumentException("not [a-z0-9]: " + word);
                    if (goTo.get(state)[c] < 0) {
                        goTo.get(state)[c] = goTo.size();
                        goTo.add(newRow());
                        out.add(0);
                    }
                    state = goTo.get(state)[c];
                }
                out.set(state, out.get(state) | 1 << i);
            }
        }
        int[][] rows = goTo.toArray(new int[0][]);
        int[] output = out.stream().mapToInt(Integer::intValue).toArray();
        link(rows, output);
        if (rows.length > Character.MAX_VALUE) throw new IllegalArgumentException("too many states: " + rows.length);
        next = new char[rows.length * ALPHABET];
        for (int s = 0; s < rows.length; s++) {
            for (int c = 0; c < ALPHABET; c++) next[s * ALPHABET + c] = (char) rows[s][c];
        }
        outputs = output;
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        java.util.Arrays.fill(row, -1);
        return row;
    }

    /** Breadth-first: failure links folded into the transition table, outputs inherited along them. */
    private static void link(int[][] next, int[] output) {
        int[] fail = new int[next.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            if (next[0][c] < 0) {
                next[0][c] = 0;
            } else {
                fail[next[0][c]] = 0;
                queue.add(next[0][c]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            output[s] |= output[fail[s]];
            for (int c = 0; c < ALPHABET; c++) {
                int t = next[s][c];
                if (t < 0) {
                    next[s][c] = next[fail[s]][c];
                } else {
                    fail[t] = next[fail[s]][c];
                    queue.add(t);
                }
            }
        }
    }

    /** The automaton's symbol for {@code ch}, or -1 when it is not in {@code [a-z0-9]}. */
    static int symbol(char ch) {
        if (ch >= 'a' && ch <= 'z') return ch - 'a';
        if (ch >= '0' && ch <= '9') return 26 + ch - '0';
        return -1;
    }

    /** The state after reading {@code symbol} (see {@link #symbol}, not -1) in {@code state} (0 is the start). */
    int step(int state, int symbol) {
        return next[state * ALPHABET + symbol];
    }

    /** The bit mask of the lists with a member ending on reaching {@code state}. */
    int output(int state) {
        return outputs[state];
    }

    /** The bit mask of the lists with a member inside {@code text}; other characters restart the match. */
    int match(String text) {
        int state = 0;
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = symbol(text.charAt(i));
            state = c < 0 ? 0 : next[state * ALPHABET + c];
            found |= outputs[state];
        }
        return found;
    }
}
