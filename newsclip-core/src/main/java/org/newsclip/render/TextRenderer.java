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

    private static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\u00ad') continue; // zero-width space, soft hyphen: invisible, as in jsoup's text()
            boolean space = Vocabulary.isSpace(c);
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        String p = para.toString().strip();
        para.setLength(0);
        if (p.isEmpty()) return;
        if (out.length() > 0) out.append("\n\n");
        out.append(p);
    }
}
