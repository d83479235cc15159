package org.newsclip.metadata;

import java.util.List;

/**
 * The split of a title at the separators of {@code Titles.SEPARATOR_LATIN}
 * ({@code \s+[|\-–—·•»«:/~*]{1,2}\s+|\s*[|»«｜]\s*|\s+::\s+}), read without the regex: the title rules split the
 * same few titles many times a page. Each branch reads plainly, as its runs of {@code \s} (ASCII whitespace) are
 * greedy and no separator character is whitespace: a run of spaces, one or two dashes or bars, another run; an
 * optional run, a bar or guillemet, an optional run; a run, "::", a run. As {@code Pattern.split} does, the leftmost
 * position where a branch matches ends a part, the first branch that matches there giving the separator. Stateless.
 */
final class TitleSeparators {
    private static final String DASHES = "|-–—·•»«:/~*";
    private static final String BARS = "|»«｜";

    private TitleSeparators() {
    }

    /** Adds the parts of {@code t} between separators that are not blank, trimmed, in order. */
    static void split(String t, List<String> out) {
        int n = t.length();
        int partStart = 0;
        int p = 0;
        while (p < n) {
            int end = separatorAt(t, p);
            if (end < 0) {
                p++;
                continue;
            }
            add(t.substring(partStart, p), out);
            partStart = end;
            p = end;
        }
        add(t.substring(partStart), out);
    }

    private static void add(String part, List<String> out) {
        if (!part.isBlank()) out.add(part.trim());
    }

    /** The end of the separator that starts at {@code p}, or -1 where none does. */
    private static int separatorAt(String t, int p) {
        int ws = spaces(t, p);
        if (ws > p) {
            int k = ws;
            if (k + 1 < t.length() && in(DASHES, t.charAt(k)) && in(DASHES, t.charAt(k + 1)) && spaces(t, k + 2) > k + 2) {
                return spaces(t, k + 2);
            }
            if (k < t.length() && in(DASHES, t.charAt(k)) && spaces(t, k + 1) > k + 1) return spaces(t, k + 1);
        }
        if (ws < t.length() && in(BARS, t.charAt(ws))) return spaces(t, ws + 1);
        if (ws > p && t.startsWith("::", ws) && spaces(t, ws + 2) > ws + 2) return spaces(t, ws + 2);
        return -1;
    }

    /** The end of the run of {@code \s} characters (space, \t, \n, \u000B, \f, \r) from {@code i}. */
    private static int spaces(String t, int i) {
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') break;
            i++;
        }
        return i;
    }

    private static boolean in(String chars, char c) {
        return chars.indexOf(c) >= 0;
    }
}
