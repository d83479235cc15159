package org.newsclip.html;

import java.util.Locale;

/**
 * Reads an element's inline {@code style} for the two declarations that hide it. Asked of every element with a style
 * during cleaning, so the common ASCII case is answered without copying the string.
 */
final class InlineStyles {
    private InlineStyles() {
    }

    /** True if an inline style holds "display:none" or "visibility:hidden", in any case and with any spaces. */
    static boolean hides(String style) {
        if (style.isEmpty()) return false;
        if (!isAscii(style)) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        // the same test without the two copies, anchored on the colons (each target holds one, and most styles have
        // a few): the words before and after a colon are compared with ASCII letters lowered and spaces skipped
        for (int i = style.indexOf(':'); i >= 0; i = style.indexOf(':', i + 1)) {
            if (endsSquashed(style, i, "display") && startsSquashed(style, i + 1, "none")
                    || endsSquashed(style, i, "visibility") && startsSquashed(style, i + 1, "hidden")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[0, end)}, ASCII capitals lowered and spaces removed, ends with {@code word} (lower case). */
    private static boolean endsSquashed(String s, int end, String word) {
        int i = end;
        for (int k = word.length() - 1; k >= 0; k--) {
            while (i > 0 && s.charAt(i - 1) == ' ') i--;
            if (i == 0 || lowerAscii(s.charAt(--i)) != word.charAt(k)) return false;
        }
        return true;
    }

    /** Whether {@code s[from, …)}, ASCII capitals lowered and spaces removed, starts with {@code word} (lower case). */
    private static boolean startsSquashed(String s, int from, String word) {
        int i = from;
        for (int k = 0; k < word.length(); k++) {
            while (i < s.length() && s.charAt(i) == ' ') i++;
            if (i == s.length() || lowerAscii(s.charAt(i++)) != word.charAt(k)) return false;
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return false;
        }
        return true;
    }
}
