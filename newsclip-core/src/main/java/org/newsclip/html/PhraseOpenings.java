package org.newsclip.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a match of a long case-insensitive alternation of phrases can begin, and the openings of up to four letters,
 * digits and spaces a full match can have, so that most texts (prose: "The …", "In …"; a date or a figure: "2019年…",
 * "12.5 %"; text in another script) are told from the phrases without running the regex. Derived from the patterns themselves: the engine is asked about each character or
 * opening alone, and a match, or a failure that needed more input ({@code hitEnd}), says "maybe"; the patterns
 * ignore case, so a lower-case ASCII opening stands for all its capitalisations. Thread-safe (see {@link Fourth}).
 */
final class PhraseOpenings {
    /** Below this the start characters are found by asking the regex; above it, by case folding. */
    static final int TRIED_CHARS = 0x250;
    /** Table symbols: the 26 ASCII letters (either case), a space, the ten ASCII digits. */
    private static final int SYMBOLS = 37;
    private static final int SPACE = 26;
    /** [first][second] symbol → for each third symbol whether it can open; null where no match opens with the two. */
    private final boolean[][][] table = new boolean[SYMBOLS][SYMBOLS][];
    /**
     * [first][second][third] → for each fourth character whether it can open, where the three can: prose that opens
     * like a phrase for three letters ("Abo…", "Pri…", "Spo…") mostly parts from it at the fourth. Asked of the
     * regex on first use (a text's opening), not for all openings at start-up, where it would cost a fifth of a second.
     */
    private final Fourth[][][] fourth = new Fourth[SYMBOLS][SYMBOLS][];
    private final boolean[] start;
    private final Pattern pattern;

    /**
     * The fourth characters that can follow an opening of three. Its field is final, so a table filled by one thread
     * is seen whole by another that reads it through the shared array; two threads racing compute the same table.
     */
    private record Fourth(boolean[] canOpen) {
    }

    /**
     * @param p       the anchored, case-insensitive pattern of whole texts, used with {@code matches}
     * @param phrases the alternation of phrases alone (case-insensitive, unanchored): where a phrase can begin
     */
    PhraseOpenings(Pattern p, Pattern phrases) {
        pattern = p;
        start = startCharacters(phrases, TRIED_CHARS);
        for (int a = 0; a < SYMBOLS; a++) {
            if (a == SPACE) continue; // a match is asked about from a letter or digit on (see mayOpen)
            for (int b = 0; b < SYMBOLS; b++) {
                String two = "" + symbol(a) + symbol(b);
                if (!canOpen(p, two)) continue; // null: no match opens with these two
                boolean[] third = new boolean[SYMBOLS];
                for (int c = 0; c < SYMBOLS; c++) third[c] = canOpen(p, two + symbol(c));
                table[a][b] = third;
                fourth[a][b] = new Fourth[SYMBOLS];
            }
        }
    }

    /**
     * Whether a phrase can begin with {@code c}: for Latin-1 and Latin Extended, what the regex said when asked;
     * above that range, a character can begin a phrase only where it case-folds to one that can (the long s to "s",
     * the Kelvin sign to "k"), and a surrogate always may. Asking the regex about all 65 536 characters would cost
     * a large part of a second at start-up; a test checks this rule against doing so.
     */
    boolean mayBeginWith(char c) {
        if (c < TRIED_CHARS) return start[c];
        if (Character.isSurrogate(c)) return true;
        char upper = Character.toUpperCase(c);
        return foldsToStart(upper) || foldsToStart(Character.toLowerCase(upper))
                || foldsToStart(Character.toLowerCase(c));
    }

    private boolean foldsToStart(char c) {
        return c < TRIED_CHARS && start[c];
    }

    /** For each character below {@code limit}, whether a match of {@code p} ({@code lookingAt}) can begin with it. */
    static boolean[] startCharacters(Pattern p, int limit) {
        boolean[] start = new boolean[limit];
        Matcher m = p.matcher("");
        for (int c = 0; c < limit; c++) {
            m.reset(String.valueOf((char) c));
            start[c] = m.lookingAt() || m.hitEnd();
        }
        return start;
    }

    private static boolean canOpen(Pattern p, String opening) {
        Matcher m = p.matcher(opening);
        return m.matches() || m.hitEnd();
    }

    /** False if {@code text} cannot match by its first four characters; true when it may, or when unsure. */
    boolean mayOpen(String text) {
        return mayOpen(text, 0);
    }

    /**
     * False if {@code text} cannot match by its four characters from {@code from}, where the phrase must begin: the
     * characters before it cannot begin one ({@link #mayBeginWith}) and the one at it, an ASCII letter or digit, is
     * no {@code \W} that the pattern's leading {@code \W*} could pass over. So the text matches only as a text that
     * opens with those characters would. True when it may, or when unsure.
     */
    boolean mayOpen(String text, int from) {
        if (text.length() - from < 3) return true;
        int a = index(text.charAt(from));
        int b = index(text.charAt(from + 1));
        if (a < 0 || a == SPACE || b < 0) return true;
        boolean[] third = table[a][b];
        if (third == null) return false;
        int k = index(text.charAt(from + 2));
        if (k < 0) return true;
        if (!third[k]) return false;
        if (text.length() - from < 4) return true;
        int d = index(text.charAt(from + 3));
        return d < 0 || fourth(a, b, k).canOpen[d];
    }

    /** The fourth characters that can follow the opening of three table indexes {@code a b c} (which can open). */
    private Fourth fourth(int a, int b, int c) {
        Fourth f = fourth[a][b][c];
        if (f == null) {
            String three = "" + symbol(a) + symbol(b) + symbol(c);
            boolean[] can = new boolean[SYMBOLS];
            for (int d = 0; d < SYMBOLS; d++) can[d] = canOpen(pattern, three + symbol(d));
            f = new Fourth(can);
            fourth[a][b][c] = f;
        }
        return f;
    }

    /** The table symbol of a character: 0–25 an ASCII letter of either case, 26 a space, 27–36 a digit; else -1. */
    private static int index(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= '0' && c <= '9') return SPACE + 1 + c - '0';
        return c == ' ' ? SPACE : -1;
    }

    /** The character of a table symbol: a lower-case letter, a space, or a digit. */
    private static char symbol(int i) {
        if (i < SPACE) return (char) ('a' + i);
        return i == SPACE ? ' ' : (char) ('0' + i - SPACE - 1);
    }
}
