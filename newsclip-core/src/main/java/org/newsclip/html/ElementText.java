package org.newsclip.html;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * jsoup's {@link Element#text()} at less cost, with the same result: the same walk (a stack of element and next
 * child in place of jsoup's sibling and parent lookups), the same spaces between blocks, and each text node's
 * whitespace collapsed as jsoup does it, but copied whole where it has nothing to collapse (most text nodes)
 * instead of one code point at a time. {@link #head} stops early for callers that read only the start of a long
 * text. Pinned to {@code Element.text()} by {@code ElementTextTest}. Stateless and thread-safe.
 */
public final class ElementText {
    /** How many levels up, from a text's parent, jsoup looks for a whitespace-preserving element. */
    private static final int PRESERVE_LEVELS = 6;

    private ElementText() {
    }

    /** {@code e.text()}. */
    public static String of(Element e) {
        return head(e, Integer.MAX_VALUE);
    }

    /**
     * {@code e.text()} where it has at most {@code max} characters; otherwise a prefix of it longer than {@code max}
     * (so that {@code length() > max} and the first {@code max} characters answer as for the whole text).
     */
    public static String head(Element e, int max) {
        StringBuilder sb = new StringBuilder(64);
        Element[] open = new Element[32];
        int[] next = new int[32];
        int top = 0;
        open[top] = e;
        next[top++] = 0;
        while (top > 0) {
            Element el = open[top - 1];
            int i = next[top - 1];
            if (i >= el.childNodeSize()) {
                open[--top] = null;
                if (top > 0) afterElement(el, open[top - 1], next[top - 1], sb); // not after the root: trimmed
                continue;
            }
            next[top - 1] = i + 1;
            Node n = el.childNode(i);
            if (n instanceof TextNode t) {
                appendText(t, el, sb);
                if (sb.length() > max && trimmedLength(sb) > max) break;
            } else if (n instanceof Element c) {
                if (sb.length() > 0 && (c.tag().isBlock() || c.nameIs("br")) && !endsWithSpace(sb)) sb.append(' ');
                if (top == open.length) {
                    open = java.util.Arrays.copyOf(open, top * 2);
                    next = java.util.Arrays.copyOf(next, top * 2);
                }
                open[top] = c;
                next[top++] = 0;
            }
        }
        return trim(sb);
    }

    /** The space jsoup puts between a block and the text or inline element after it. */
    private static void afterElement(Element el, Element parent, int nextIndex, StringBuilder sb) {
        if (el.tag().isInline() || endsWithSpace(sb) || nextIndex >= parent.childNodeSize()) return;
        Node after = parent.childNode(nextIndex);
        if (after instanceof TextNode || after instanceof Element a && a.tag().isInline()) sb.append(' ');
    }

    private static void appendText(TextNode t, Element parent, StringBuilder sb) {
        String s = t.getWholeText();
        if (t instanceof CDataNode || preservesWhitespace(parent)) {
            sb.append(s);
            return;
        }
        boolean stripLeading = endsWithSpace(sb);
        if (isNormal(s, stripLeading)) {
            sb.append(s);
            return;
        }
        char[] out = new char[s.length()];
        int w = 0;
        boolean lastWhite = false;
        boolean reached = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWhite(c)) {
                if (stripLeading && !reached || lastWhite) continue;
                out[w++] = ' ';
                lastWhite = true;
            } else if (c != '\u200b' && c != '\u00ad') { // zero-width space, soft hyphen: left out
                out[w++] = c;
                lastWhite = false;
                reached = true;
            }
        }
        sb.append(out, 0, w);
    }

    /** True if collapsing leaves {@code s} as it is: only single spaces, no invisible character, no space to strip. */
    private static boolean isNormal(String s, boolean stripLeading) {
        int n = s.length();
        if (n > 0 && stripLeading && s.charAt(0) == ' ') return false;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0xa0) {
                space = false;
            } else if (c == ' ') {
                if (space) return false;
                space = true;
            } else if (isWhite(c) || c == '\u200b' || c == '\u00ad') {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    /** jsoup's whitespace for text: space, tab, line feed, form feed, carriage return and no-break space. */
    private static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0';
    }

    /** Whether the element or one of its five nearest ancestors keeps whitespace ({@code pre}, {@code textarea}). */
    private static boolean preservesWhitespace(Element e) {
        Element el = e;
        for (int i = 0; i < PRESERVE_LEVELS && el != null; i++, el = el.parent()) {
            if (el.tag().is(Tag.PreserveWhitespace)) return true;
        }
        return false;
    }

    private static boolean endsWithSpace(StringBuilder sb) {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == ' ';
    }

    /** The length {@link String#trim} leaves. */
    private static int trimmedLength(StringBuilder sb) {
        int from = trimStart(sb);
        return trimEnd(sb, from) - from;
    }

    /** {@code sb.toString().trim()} with one copy. */
    private static String trim(StringBuilder sb) {
        int from = trimStart(sb);
        return sb.substring(from, trimEnd(sb, from));
    }

    /** Where {@link String#trim} starts the text: past the leading characters up to U+0020. */
    private static int trimStart(StringBuilder sb) {
        int from = 0;
        while (from < sb.length() && sb.charAt(from) <= ' ') from++;
        return from;
    }

    /** Where {@link String#trim} ends the text that starts at {@code from}. */
    private static int trimEnd(StringBuilder sb, int from) {
        int to = sb.length();
        while (to > from && sb.charAt(to - 1) <= ' ') to--;
        return to;
    }
}
