package org.newsclip.html;

import java.util.Locale;

/**
 * Tells a picture's caption by its shape: a short block that closes on a photo credit ("Der Roll-Out der F13.
 * Foto: Junkers AG", "Inspiration: Buccellati (Foto: Silvia Rivoltella)", "Roman Prymula, photo: Archives"). Story
 * text does not end on a credit label and a name with no full stop; captions do, all over the web, whether or not the
 * markup says so. Plain string work (no regex), since every short block of the content is asked.
 */
public final class CaptionCredits {
    private CaptionCredits() {
    }

    /** The longest credit (the name after the label) a caption closes on. */
    private static final int MAX_NAME = 60;
    /** The most words (runs between spaces) of a credit's name ("Archives du Gouvernement tchèque"). */
    private static final int MAX_WORDS = 6;
    /** A caption is short; a longer block is prose. */
    private static final int MAX_BLOCK = 300;

    /** True if a short block ends on a credit label and a name ("… Foto: Jane Doe", "… (Photo: Agency)"). */
    public static boolean endsWithCredit(String text) {
        int n = text.length();
        if (n < 8 || n >= MAX_BLOCK) return false;
        int end = n;
        while (end > 0 && (text.charAt(end - 1) == ')' || Character.isWhitespace(text.charAt(end - 1)))) end--;
        int colon = text.lastIndexOf(':', end - 1);
        if (colon <= 0 || end - colon - 1 > MAX_NAME || !isName(text, colon + 1, end)) return false;
        int wordEnd = colon;
        while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') wordEnd--;
        int wordStart = wordEnd;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        if (wordStart == wordEnd || wordEnd - wordStart > 12) return false;
        if (wordStart > 0 && !isSeparator(text.charAt(wordStart - 1))) return false;
        return Phrases.CREDIT_LABELS.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
    }

    /** The longest source named on such a line. */
    private static final int MAX_SOURCE = 100;

    /**
     * True if a short block is, in full, a source line ("Quelle: Statistisches Bundesamt", "Source: NASA"): the
     * attribution printed under a chart, table or quote, not a sentence of the story. (A picture's "Image source: …"
     * is its credit, which the lead picture keeps, as readers show it.)
     */
    public static boolean isSourceLine(String text) {
        int n = text.length();
        if (n < 8 || n > MAX_SOURCE + 16) return false;
        int start = 0;
        while (start < n && !Character.isLetterOrDigit(text.charAt(start))) start++;
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon - start > 12 || colon - start < 5) return false;
        String label = text.substring(start, colon).trim().toLowerCase(Locale.ROOT);
        if (!Phrases.SOURCE_LABELS.contains(label)) return false;
        int letters = 0;
        for (int i = colon + 1; i < n; i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '?' && i + 1 < n && text.charAt(i + 1) == ' ') return false;
            if (Character.isLetterOrDigit(c)) letters++;
        }
        return letters >= 2;
    }

    /**
     * A credit's name: two characters or more, at most {@link #MAX_WORDS} words, no sentence end, nothing that reads as
     * a further clause (prose running on after "das Bild:" has more words).
     */
    private static boolean isName(String text, int from, int to) {
        int letters = 0;
        int words = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' && i + 1 < to && text.charAt(i + 1) != ' ' && ++words > MAX_WORDS) return false;
            if (c == '!' || c == '?' || c == '"' || c == '„' || c == '“') return false;
            // a full stop ends a sentence where a space follows it; "iStock.com" and "Dr." keep their dot
            if (c == '.' && i + 1 < to && text.charAt(i + 1) == ' ' && !(i > from && isInitial(text, i))) return false;
            if (Character.isLetterOrDigit(c)) letters++;
        }
        return letters >= 2;
    }

    /** True for the dot of an initial or short title ("J. Doe", "Dr. Roe"): at most two letters before it. */
    private static boolean isInitial(String text, int dot) {
        int i = dot;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
        return dot - i >= 1 && dot - i <= 2 && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '|' || c == '/' || c == ',' || c == '-'
                || c == '–' || c == '—' || c == '.' || c == '·' || c == '\u00a0';
    }
}
