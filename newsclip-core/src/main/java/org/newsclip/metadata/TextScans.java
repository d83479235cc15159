package org.newsclip.metadata;

/**
 * Exact pre-tests on raw text, so that the author rules build and normalise an element's text only where a rule can
 * fire: whether a text node is certainly too long, and whether it could open a byline. Stateless.
 */
final class TextScans {
    private TextScans() {
    }

    /**
     * {@code count} plus the characters of {@code s} that jsoup's text normalisation always keeps (all above U+0020
     * but the nbsp, which becomes a space, and the zero-width space and soft hyphen, which it drops), counting
     * stops past {@code max}.
     */
    static int keptOver(String s, int max, int count) {
        for (int i = 0; i < s.length() && count <= max; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\u00a0' && c != '\u200b' && c != '\u00ad') count++;
        }
        return count;
    }

    /**
     * The characters a byline line may start with ("von", "By", "Text:", "Autor:", "Ein Artikel von", "Redaktion:",
     * "Contributors:").
     */
    static final String LEAD_CHARS = "vbtaVBTApPdDwWeErRgGcC|•·–-";

    /**
     * True when the text could start a byline: its first non-blank character is one of {@link #LEAD_CHARS}, and
     * the first two letters after the leading marks could open a word of {@link AuthorFallbacks#BYLINE_LEAD}. Tested on the raw
     * text of every text node of the body, so that {@code AuthorFallbacks.bylineLeads} normalises and matches only the few that
     * may pass. Exact: jsoup's normalisation turns the skipped blanks into spaces and keeps ASCII letters as they
     * are; a character it might drop (the zero-width space, the soft hyphen) or any other non-ASCII one where a
     * letter is looked for answers true.
     */
    static boolean mayLead(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0')) i++;
        if (i == n || !in(LEAD_CHARS, LEAD_ASCII, s.charAt(i))) return false;
        while (i < n && in(LEAD_MARK_CHARS, MARK_ASCII, s.charAt(i))) i++;
        if (i + 1 >= n) return false; // every word of the pattern has two letters or more
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        if (a > 127 || b > 127) return true;
        int x = (a | 0x20) - 'a';
        int y = (b | 0x20) - 'a';
        return isAsciiLetter(a) && isAsciiLetter(b) && LEAD_PAIRS[x * 26 + y];
    }

    /** {@code chars.indexOf(c) >= 0}, from a table on ASCII (the chars strings hold non-Latin-1 marks: no fast search). */
    private static boolean in(String chars, boolean[] ascii, char c) {
        return c < 128 ? ascii[c] : chars.indexOf(c) >= 0;
    }

    private static boolean[] asciiOf(String chars) {
        boolean[] out = new boolean[128];
        for (int i = 0; i < chars.length(); i++) if (chars.charAt(i) < 128) out[chars.charAt(i)] = true;
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** What {@link AuthorFallbacks#BYLINE_LEAD} skips before its first word ({@code [\s|•·–-]}), and the nbsp, a space once normalised. */
    private static final String LEAD_MARK_CHARS = " \t\n\u000B\f\r\u00a0|•·–-";
    private static final boolean[] LEAD_ASCII = asciiOf(LEAD_CHARS);
    private static final boolean[] MARK_ASCII = asciiOf(LEAD_MARK_CHARS);

    /**
     * The first two letters, lower case, of every word that {@link AuthorFallbacks#BYLINE_LEAD} can start with: "autor", "text",
     * "redaktion", "written", "article", "posted", "geschrieben", "erstellt", "verfasst", "eingestellt", "von",
     * "by", "par", "por", "door", "eine", "blog", "artikel", "beitrag", "kolumne", "gastbeitrag", "kommentar",
     * "bericht", "reportage", "glosse", "contributor". Keep it in step with that pattern.
     */
    private static final boolean[] LEAD_PAIRS = pairs("au te re wr ar po ge er ve ei vo by pa do bl be ko ga gl co");

    private static boolean[] pairs(String list) {
        boolean[] out = new boolean[26 * 26];
        for (String p : list.split(" ")) out[(p.charAt(0) - 'a') * 26 + p.charAt(1) - 'a'] = true;
        return out;
    }
}
