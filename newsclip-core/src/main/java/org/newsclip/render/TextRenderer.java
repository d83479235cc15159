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
        return out.toString().strip();
    }

    /**
     * Appends {@code s} with each run of whitespace as one space (none at the start of a paragraph or after a line
     * break) and without invisible characters; visible runs are copied whole, not character by character.
     */
    private static void appendCollapsed(StringBuilder sb, String s) {
        int run = -1;             // start of the pending run of visible characters
        boolean inSpace = false;  // a space of this run of whitespace has been dealt with
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean invisible = c == '\u200b' || c == '\u00ad'; // zero-width space, soft hyphen: as jsoup's text()
            boolean space = !invisible && Vocabulary.isSpace(c);
            if (!invisible && !space) {
                if (run < 0) run = i;
                inSpace = false;
                continue;
            }
            if (run >= 0) {
                sb.append(s, run, i);
                run = -1;
            }
            if (space && !inSpace) {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) != ' ' && sb.charAt(len - 1) != '\n') sb.append(' ');
                inSpace = true;
            }
        }
        if (run >= 0) sb.append(s, run, s.length());
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        String p = para.toString().strip();
        para.setLength(0);
        if (p.isEmpty()) return;
        if (out.length() > 0) out.append("\n\n");
        out.append(p);
    }
}
