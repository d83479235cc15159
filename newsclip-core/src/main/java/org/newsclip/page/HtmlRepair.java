package org.newsclip.page;

/**
 * Mends markup on which jsoup and browsers part ways, before parsing. Stateless and thread-safe.
 *
 * <p>A {@code <![CDATA[} in HTML content (not in SVG or MathML) is, for a browser, a bogus comment that ends at the
 * next {@code >}; jsoup opens a CDATA section that runs to {@code ]]>}, so a stray one (a template left it at the top
 * of the body) swallows the whole page as text. Outside scripts, styles, SVG and MathML it is rewritten into the
 * bogus comment browsers see.
 */
public final class HtmlRepair {
    private static final String CDATA = "<![CDATA[";
    private static final String[] RAW_TEXT = {"script", "style", "textarea", "xmp", "title"};

    private HtmlRepair() {
    }

    /** The markup with stray CDATA openers outside scripts and foreign content made bogus comments. */
    public static String repair(String html) {
        if (!hasBareCdata(html)) return html; // nearly every page: one fast scan, no copy
        StringBuilder sb = null;
        int from = 0;
        int foreign = 0; // open svg / math elements
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            if (!mayMatter(html.charAt(i + 1))) continue; // most tags: one look at their first letter
            String raw = rawTextAt(html, i);
            if (raw != null) { // skip a script or style body whole: what looks like markup in it is not
                int close = closingTag(html, "</" + raw, i + raw.length() + 1);
                if (close < 0) break;
                i = close;
            } else if (startsTag(html, i + 1, "svg") || startsTag(html, i + 1, "math")) {
                if (!selfClosing(html, i)) foreign++;
            } else if (foreign > 0 && (startsTag(html, i + 1, "/svg") || startsTag(html, i + 1, "/math"))) {
                foreign--;
            } else if (foreign == 0 && html.startsWith(CDATA, i)) {
                if (sb == null) sb = new StringBuilder(html.length() + 16);
                // "<!-[CDATA[" starts a bogus comment in every parser: it ends at the next '>', as browsers end this
                sb.append(html, from, i).append("<!-[CDATA[");
                from = i + CDATA.length();
            }
        }
        if (sb == null) return html;
        return sb.append(html, from, html.length()).toString();
    }

    /**
     * True if some {@code <![CDATA[} is not written right after a script comment marker ({@code //} or the opener
     * of a block comment): inline scripts wrap themselves so on many pages, and such pages need no tag-by-tag scan.
     */
    private static boolean hasBareCdata(String html) {
        for (int i = indexOfCdata(html, 0); i >= 0; i = indexOfCdata(html, i + 1)) {
            int j = i - 1;
            while (j >= 0 && (html.charAt(j) == ' ' || html.charAt(j) == '\t')) j--;
            boolean commented = j >= 1 && html.charAt(j - 1) == '/' && (html.charAt(j) == '/' || html.charAt(j) == '*');
            if (!commented) return true;
        }
        return false;
    }

    /**
     * {@code html.indexOf(CDATA, from)}, found through its rare second character: JDK 17 searches a string of two-byte
     * chars (most decoded pages hold one non-Latin-1 character) for a Latin-1 string char by char, but for one char
     * with vector instructions, about twice as fast on whole pages.
     */
    static int indexOfCdata(String html, int from) {
        for (int i = html.indexOf('!', from + 1); i >= 0; i = html.indexOf('!', i + 1)) {
            if (html.startsWith(CDATA, i - 1)) return i - 1;
        }
        return -1;
    }

    /**
     * False where no test of the scan can pass at a tag whose name starts with {@code c}: an ASCII character that is
     * none of the first letters (either case) of the names looked for, "/" nor "!". Other characters are tested
     * in full (case-insensitive matching folds some of them, such as the long s, onto ASCII letters).
     */
    private static boolean mayMatter(char c) {
        if (c >= 0x80) return true;
        char lower = (char) (c | 0x20);
        return lower == 's' || lower == 't' || lower == 'x' || lower == 'm' || c == '/' || c == '!';
    }

    /** The name of the raw-text element ({@code script}, {@code style}, …) whose start tag begins at {@code lt}. */
    private static String rawTextAt(String html, int lt) {
        for (String tag : RAW_TEXT) if (startsTag(html, lt + 1, tag)) return tag;
        return null;
    }

    /** True if a tag name (ASCII case-insensitive) starts at {@code at} and ends there. */
    private static boolean startsTag(String html, int at, String name) {
        if (!html.regionMatches(true, at, name, 0, name.length())) return false;
        int end = at + name.length();
        char c = end < html.length() ? html.charAt(end) : '>';
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /** True if the start tag at {@code lt} ends with "/>" ({@code <svg .../>} opens nothing). */
    private static boolean selfClosing(String html, int lt) {
        int gt = html.indexOf('>', lt);
        return gt > 0 && html.charAt(gt - 1) == '/';
    }

    /** The next {@code s} (a "&lt;/name" closing-tag start, ASCII case-insensitive) from {@code from}, or -1. */
    private static int closingTag(String html, String s, int from) {
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, s, 0, s.length())) return i;
        }
        return -1;
    }
}
