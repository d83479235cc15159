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

    /** One row of {@link #table} per state: its transitions, then the output slot. */
    private static final int ROW = ALPHABET + 1;

    /**
     * The automaton in one flat array, for locality: a state is the offset of its row; {@code table[state + symbol]}
     * is the next state (complete automaton), {@code table[state + ALPHABET]} the bit mask of the lists matched on
     * reaching it.
     */
    private final int[] table;

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
        int[][] next = goTo.toArray(new int[0][]);
        int[] output = out.stream().mapToInt(Integer::intValue).toArray();
        link(next, output);
        table = new int[next.length * ROW];
        for (int s = 0; s < next.length; s++) {
            for (int c = 0; c < ALPHABET; c++) table[s * ROW + c] = next[s][c] * ROW;
            table[s * ROW + ALPHABET] = output[s];
        }
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
        return table[state + symbol];
    }

    /** The bit mask of the lists with a member ending on reaching {@code state}. */
    int output(int state) {
        return table[state + ALPHABET];
    }

    /** The bit mask of the lists with a member inside {@code text}; other characters restart the match. */
    int match(String text) {
        int state = 0;
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = symbol(text.charAt(i));
            state = c < 0 ? 0 : table[state + c];
            found |= table[state + ALPHABET];
        }
        return found;
    }
}
