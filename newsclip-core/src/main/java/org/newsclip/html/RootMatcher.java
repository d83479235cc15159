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
     * The automaton in one flat array, for locality: row {@code s} (at offset {@code s * ALPHABET}) holds the
     * transitions of state {@code s} (complete automaton). A transition is packed: the next state's row offset
     * shifted left by {@link #shift}, or'ed with the bit mask of the lists matched on reaching it. So a step is one
     * load, and the output needs none (a separate output slot cost a second, often missed, cache line per char).
     * A packed value is also what {@link #step} takes and returns as the state; 0 is the start.
     */
    private final int[] table;
    /** How far a row offset is shifted in a packed state: one bit per list. */
    private final int shift;
    private final int outputMask;

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
        shift = lists.length;
        outputMask = (1 << shift) - 1;
        if ((long) next.length * ALPHABET >= 1L << (31 - shift)) throw new IllegalArgumentException("too many roots");
        table = new int[next.length * ALPHABET];
        for (int s = 0; s < next.length; s++) {
            for (int c = 0; c < ALPHABET; c++) {
                int t = next[s][c];
                table[s * ALPHABET + c] = t * ALPHABET << shift | output[t];
            }
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
        return table[(state >>> shift) + symbol];
    }

    /** The bit mask of the lists with a member ending on reaching {@code state}. */
    int output(int state) {
        return state & outputMask;
    }

    /** The bit mask of the lists with a member inside {@code text}; other characters restart the match. */
    int match(String text) {
        int state = 0;
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = symbol(text.charAt(i));
            state = c < 0 ? 0 : table[(state >>> shift) + c];
            found |= state & outputMask;
        }
        return found;
    }
}
