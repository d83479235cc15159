package org.newsclip.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsclip.html.Vocabulary;

import java.util.Set;

/**
 * Renders a content tree as plain text: one paragraph per block (headings, paragraphs, list items, table rows,
 * captions…), paragraphs separated by a blank line, whitespace collapsed except inside {@code <pre>}.
 */
public final class TextRenderer {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption",
            "header", "footer", "aside", "details", "summary", "hr", "address", "caption", "thead", "tbody", "tfoot");

    public String render(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int pre; // open <pre> elements around the current node: tracked, not looked up per text node

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (pre > 0) para.append(t.getWholeText());
                    else appendCollapsed(para, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.nameIs("pre")) pre++;
                    if (e.nameIs("br")) para.append('\n');
                    else if (e.nameIs("td") || e.nameIs("th")) appendCollapsed(para, " ");
                    else if (BLOCKS.contains(e.normalName())) flush(out, para);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("pre")) pre--;
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(out, para);
            }
        }, root);
        flush(out, para);
        return strip(out);
    }

    /**
     * Appends {@code s} with each run of whitespace as one space (none at the start of a paragraph or after a line
     * break) and without invisible characters. Built in a char array and appended as one string: JDK 17's
     * StringBuilder copies a range of a string one char at a time.
     */
    static void appendCollapsed(StringBuilder sb, String s) {
        int len = sb.length();
        // a leading space goes where no space or line break ends the paragraph so far
        boolean breakBefore = len == 0 || sb.charAt(len - 1) == ' ' || sb.charAt(len - 1) == '\n';
        if (isCollapsed(s)) { // most text nodes: one bulk copy
            sb.append(s);
            if (breakBefore && s.charAt(0) == ' ') sb.deleteCharAt(len);
            return;
        }
        char[] a = s.toCharArray();
        int w = 0;               // written so far, never ahead of the read position
        boolean inSpace = false; // a space of this run of whitespace has been dealt with
        for (char c : a) {
            if (c == '\u200b' || c == '\u00ad') continue; // zero-width space, soft hyphen: as jsoup's text()
            if (!Vocabulary.isSpace(c)) {
                a[w++] = c;
                inSpace = false;
            } else if (!inSpace) {
                if (w > 0 || !breakBefore) a[w++] = ' ';
                inSpace = true;
            }
        }
        if (w > 0) sb.append(new String(a, 0, w));
    }

    /** Whether the text's only whitespace is single spaces and it has no invisible character (nor is empty). */
    private static boolean isCollapsed(String s) {
        int n = s.length();
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (space) return false;
                space = true;
            } else if (c == '\u200b' || c == '\u00ad' || Vocabulary.isSpace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return n > 0;
    }

    /** {@code sb.toString().strip()} with one copy instead of two where there is whitespace to strip. */
    static String strip(StringBuilder sb) {
        int from = stripStart(sb);
        return sb.substring(from, stripEnd(sb, from));
    }

    /** The first char that is not whitespace (String.strip tests code points, but every whitespace one is a char). */
    private static int stripStart(StringBuilder sb) {
        int from = 0;
        while (from < sb.length() && Character.isWhitespace(sb.charAt(from))) from++;
        return from;
    }

    /** The end of {@code sb} without its trailing whitespace, not before {@code from}. */
    private static int stripEnd(StringBuilder sb, int from) {
        int to = sb.length();
        while (to > from && Character.isWhitespace(sb.charAt(to - 1))) to--;
        return to;
    }

    /**
     * Appends the paragraph, stripped as {@link #strip} does, and empties it: the stripped range is cut in place and
     * appended builder to builder (one bulk copy, no string per paragraph).
     */
    private static void flush(StringBuilder out, StringBuilder para) {
        int from = stripStart(para);
        int to = stripEnd(para, from);
        if (from < to) {
            if (out.length() > 0) out.append("\n\n");
            para.setLength(to);
            if (from > 0) para.delete(0, from);
            out.append(para);
        }
        para.setLength(0);
    }
}
