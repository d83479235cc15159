package org.newsclip.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsclip.html.Vocabulary;

/**
 * Renders a content tree as Markdown: headings, paragraphs, lists (nested), block quotes, tables, code blocks,
 * figures with captions, links and emphasis.
 */
public final class MarkdownRenderer {

    public String render(Element root) {
        StringBuilder out = new StringBuilder();
        blocks(root, out, "");
        return squeezeBlankLines(out).strip();
    }

    private void blocks(Element parent, StringBuilder out, String prefix) {
        StringBuilder inline = new StringBuilder();
        for (int ci = 0, cn = parent.childNodeSize(); ci < cn; ci++) { // no childNodes() copy
            Node n = parent.childNode(ci);
            if (n instanceof Element e && isBlock(e)) {
                para(out, inline, prefix);
                block(e, out, prefix);
            } else {
                inline(n, inline);
            }
        }
        para(out, inline, prefix);
    }

    private static boolean isBlock(Element e) {
        return TextRenderer.BLOCKS.contains(e.normalName()) || e.nameIs("img");
    }

    private void block(Element e, StringBuilder out, String prefix) {
        String name = e.normalName();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = inlineText(e);
                if (!text.isEmpty()) line(out, prefix, "#".repeat(name.charAt(1) - '0') + " " + text);
            }
            case "ul", "ol" -> list(e, out, prefix, name.equals("ol"));
            case "blockquote" -> blocks(e, out, prefix + "> ");
            case "pre" -> {
                out.append(prefix).append("```\n");
                for (String l : e.wholeText().strip().split("\n", -1)) out.append(prefix).append(l).append('\n');
                out.append(prefix).append("```\n\n");
            }
            case "table" -> table(e, out, prefix);
            case "hr" -> line(out, prefix, "---");
            case "img" -> image(e, out, prefix);
            default -> blocks(e, out, prefix);
        }
    }

    private void list(Element list, StringBuilder out, String prefix, boolean ordered) {
        int i = 1;
        for (Element li : list.children()) {
            if (!li.nameIs("li")) continue;
            StringBuilder item = new StringBuilder();
            blocks(li, item, "");
            String marker = ordered ? (i++) + ". " : "- ";
            String[] lines = item.toString().strip().split("\n");
            boolean first = true;
            for (String l : lines) {
                if (l.isEmpty()) continue;
                out.append(prefix).append(first ? marker : " ".repeat(marker.length())).append(l).append('\n');
                first = false;
            }
        }
        out.append('\n');
    }

    private void table(Element table, StringBuilder out, String prefix) {
        boolean header = true;
        for (Element tr : table.select("tr")) {
            StringBuilder row = new StringBuilder("|");
            int cells = 0;
            for (Element cell : tr.children()) {
                row.append(' ').append(inlineText(cell).replace("|", "\\|")).append(" |");
                cells++;
            }
            out.append(prefix).append(row).append('\n');
            if (header) {
                out.append(prefix).append("|").append(" --- |".repeat(Math.max(cells, 1))).append('\n');
                header = false;
            }
        }
        out.append('\n');
    }

    private void image(Element img, StringBuilder out, String prefix) {
        String src = img.attr("src"); // the content extractor made it absolute
        if (!src.isEmpty()) line(out, prefix, "![" + img.attr("alt") + "](" + src + ")");
    }

    private static void line(StringBuilder out, String prefix, String text) {
        out.append(prefix).append(text).append("\n\n");
    }

    private void para(StringBuilder out, StringBuilder inline, String prefix) {
        String text = collapse(inline, true);
        inline.setLength(0);
        if (text.isEmpty()) return;
        for (String l : text.split("\n")) out.append(prefix).append(l).append('\n');
        out.append(prefix.isEmpty() ? "\n" : prefix.stripTrailing() + "\n");
    }

    private String inlineText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) inline(e.childNode(ci), sb);
        return collapse(sb, false);
    }

    private void inline(Node n, StringBuilder sb) {
        if (n instanceof TextNode t) {
            appendEscaped(sb, t.getWholeText());
        } else if (n instanceof Element e) {
            switch (e.normalName()) {
                case "br" -> sb.append('\n');
                case "strong", "b" -> wrap(e, sb, "**");
                case "em", "i" -> wrap(e, sb, "*");
                case "code" -> sb.append('`').append(e.text()).append('`');
                case "a" -> link(e, sb);
                case "img" -> {
                    String src = e.attr("src");
                    if (!src.isEmpty()) sb.append("![").append(e.attr("alt")).append("](").append(src).append(')');
                }
                default -> {
                    for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) inline(e.childNode(ci), sb);
                }
            }
        }
    }

    private void wrap(Element e, StringBuilder sb, String mark) {
        String inner = inlineText(e);
        if (!inner.isEmpty()) sb.append(mark).append(inner).append(mark);
    }

    private void link(Element a, StringBuilder sb) {
        String inner = inlineText(a);
        String href = a.attr("href");
        if (href.isEmpty() || inner.isEmpty()) sb.append(inner);
        else sb.append('[').append(inner).append("](").append(href).append(')');
    }

    /** Collapses runs of whitespace to one space (or one newline, where a line break is kept), then strips. */
    static String collapse(CharSequence s, boolean keepNewlines) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        boolean newline = false;
        int run = -1; // start of the pending run of non-space characters, copied whole
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!Vocabulary.isSpace(c)) {
                if (run < 0) {
                    if (space && sb.length() > 0) sb.append(newline ? '\n' : ' ');
                    space = false;
                    newline = false;
                    run = i;
                }
                continue;
            }
            if (run >= 0) {
                sb.append(s, run, i);
                run = -1;
            }
            space = true;
            if (c == '\n' && keepNewlines) newline = true;
        }
        if (run >= 0) sb.append(s, run, s.length());
        return sb.toString();
    }

    /** Appends text with Markdown emphasis marks escaped and its line breaks as spaces (only br breaks a line). */
    private static void appendEscaped(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\u00ad') continue; // invisible, as in jsoup's text()
            if (c == '*' || c == '_') sb.append('\\');
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
    }

    /** Runs of three or more newlines become one blank line (what a regex replace did, without the regex). */
    private static String squeezeBlankLines(StringBuilder s) {
        if (s.indexOf("\n\n\n") < 0) return s.toString(); // the common case: nothing to squeeze
        StringBuilder sb = new StringBuilder(s.length());
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            newlines = c == '\n' ? newlines + 1 : 0;
            if (newlines <= 2) sb.append(c);
        }
        return sb.toString();
    }
}
