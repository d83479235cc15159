package org.newsclip.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsclip.html.Vocabulary;

/**
 * Renders a content tree as Markdown: headings, paragraphs, lists (nested), block quotes, tables, code blocks,
 * figures with captions, links and emphasis.
 */
public final class MarkdownRenderer {
    /** Parsed once: jsoup parses a query string on every call. */
    private static final Evaluator TR = QueryParser.parse("tr");

    public String render(Element root) {
        StringBuilder out = new StringBuilder();
        blocks(root, out, "");
        return TextRenderer.strip(squeezeBlankLines(out));
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
        for (Element tr : table.select(TR)) {
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
        if (inline.length() == 0) return;
        String text = collapse(inline, true);
        inline.setLength(0);
        if (text.isEmpty()) return;
        if (prefix.isEmpty()) { // the text has no blank or edge lines: as it is, line by line
            out.append(text).append("\n\n");
            return;
        }
        for (String l : text.split("\n")) out.append(prefix).append(l).append('\n');
        out.append(prefix.stripTrailing()).append('\n');
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

    /**
     * Collapses runs of whitespace to one space (or one newline, where a line break is kept), then strips. Works on
     * a char array: JDK 17's StringBuilder copies a range of a CharSequence one char at a time.
     */
    static String collapse(CharSequence s, boolean keepNewlines) {
        int n = s.length();
        char[] a = new char[n];
        if (s instanceof StringBuilder sb) sb.getChars(0, n, a, 0);
        else s.toString().getChars(0, n, a, 0);
        int w = 0; // written so far, never ahead of the read position
        boolean space = false;
        boolean newline = false;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (!Vocabulary.isSpace(c)) {
                if (space && w > 0) a[w++] = newline ? '\n' : ' ';
                space = false;
                newline = false;
                a[w++] = c;
                continue;
            }
            space = true;
            if (c == '\n' && keepNewlines) newline = true;
        }
        return new String(a, 0, w);
    }

    /** Appends text with Markdown emphasis marks escaped and its line breaks as spaces (only br breaks a line). */
    static void appendEscaped(StringBuilder sb, String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !needsEscape(s.charAt(i))) i++;
        if (i == n) { // the common case: nothing to change, one bulk copy
            sb.append(s);
            return;
        }
        // the runs between the characters to change are copied whole
        int run = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) continue;
            sb.append(s, run, i);
            run = i + 1;
            if (c == '\u200b' || c == '\u00ad') continue; // invisible, as in jsoup's text()
            if (c == '*' || c == '_') sb.append('\\').append(c);
            else sb.append(' '); // a line break
        }
        sb.append(s, run, n);
    }

    private static boolean needsEscape(char c) {
        return c == '*' || c == '_' || c == '\n' || c == '\r' || c == '\u200b' || c == '\u00ad';
    }

    /** Runs of three or more newlines become one blank line (what a regex replace did, without the regex). */
    private static StringBuilder squeezeBlankLines(StringBuilder s) {
        if (s.indexOf("\n\n\n") < 0) return s; // the common case: nothing to squeeze
        StringBuilder sb = new StringBuilder(s.length());
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            newlines = c == '\n' ? newlines + 1 : 0;
            if (newlines <= 2) sb.append(c);
        }
        return sb;
    }
}
