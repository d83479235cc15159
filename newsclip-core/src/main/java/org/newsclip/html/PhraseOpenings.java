package org.newsclip.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three-letter openings that a full match of a case-insensitive pattern can have, so that most texts (prose:
 * "The …", "In …") are told from a long alternation of phrases without running it. Derived from the pattern as
 * {@link Vocabulary#firstCharacters} is: the engine is asked about each opening alone, and a match, or a failure that
 * needed more input ({@code hitEnd}), says "maybe"; the pattern ignores case, so a lower-case ASCII opening stands for
 * all its capitalisations. Immutable; thread-safe.
 */
final class PhraseOpenings {
    /** [first letter][second letter] → for each third character (a letter, or 26 for a space) whether it can open. */
    private final boolean[][][] table = new boolean[26][26][];

    /** @param p a case-insensitive pattern, used with {@code matches} */
    PhraseOpenings(Pattern p) {
        for (int a = 0; a < 26; a++) {
            for (int b = 0; b < 26; b++) {
                String two = "" + (char) ('a' + a) + (char) ('a' + b);
                if (!canOpen(p, two)) continue; // null: no match opens with these two letters
                boolean[] third = new boolean[27];
                for (int c = 0; c < 27; c++) third[c] = canOpen(p, two + (c == 26 ? ' ' : (char) ('a' + c)));
                table[a][b] = third;
            }
        }
    }

    private static boolean canOpen(Pattern p, String opening) {
        Matcher m = p.matcher(opening);
        return m.matches() || m.hitEnd();
    }

    /** False if {@code text} cannot match by its first three characters; true when it may, or when unsure. */
    boolean mayOpen(String text) {
        if (text.length() < 3) return true;
        int a = asciiLetter(text.charAt(0));
        int b = asciiLetter(text.charAt(1));
        if (a < 0 || b < 0) return true;
        boolean[] third = table[a][b];
        if (third == null) return false;
        char c = text.charAt(2);
        int k = c == ' ' ? 26 : asciiLetter(c);
        return k < 0 || third[k];
    }

    /** 0–25 for an ASCII letter of either case, else -1. */
    private static int asciiLetter(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A';
        return -1;
    }
}
