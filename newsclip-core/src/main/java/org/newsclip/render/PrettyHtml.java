package org.newsclip.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Writes the inner HTML of a detached content tree exactly as jsoup's {@code Element.html()} writes it with the
 * default output settings (pretty print, indent 1, UTF-8, base entities), without jsoup's character-by-character
 * escaping through an appendable: text without markup characters or untidy whitespace is copied whole. The
 * layout rules (which nodes start an indented line, which text edges are trimmed) are jsoup 1.22's pretty printer
 * restated; {@code RenderFastPathsTest} pins the two to the same output on random trees. A tree with anything else
 * than elements and plain text nodes, or an element outside the HTML namespace, is refused ({@link #write} returns
 * false) and left to jsoup. One instance writes one tree.
 */
final class PrettyHtml {
    private static final int MAX_PADDING = 30; // jsoup's default maxPaddingWidth
    private static final int TRIM_LEADING = 1;
    private static final int TRIM_TRAILING = 2;
    /** How many children jsoup's printer looks at for blocks or non-text nodes. */
    private static final int MAX_SCAN = 5;

    private final StringBuilder out;
    /** The first node written: jsoup's printer never indents its root. */
    private Node first;
    /** Inside a whitespace-preserving element ({@code pre}, {@code textarea}). */
    private boolean preserve;
    private boolean refused;

    PrettyHtml(StringBuilder out) {
        this.out = out;
    }

    /** Appends the children of {@code root}; false (output incomplete) where the tree is not one this class writes. */
    boolean write(Element root) {
        first = root.firstChild();
        if (first == null) return true;
        for (Node n = first; n != null; n = n.parentNode()) {
            if (n instanceof Element e && e.tag().is(Tag.PreserveWhitespace)) preserve = true;
        }
        for (int i = 0, n = root.childNodeSize(); i < n && !refused; i++) node(root.childNode(i), 0);
        return !refused;
    }

    private void node(Node n, int depth) {
        if (n.getClass() == TextNode.class) text((TextNode) n, depth);
        else if (n instanceof Element e && Parser.NamespaceHtml.equals(e.tag().namespace())) element(e, depth);
        else refused = true; // comments, data, CDATA, foreign elements: jsoup writes those
    }

    private void element(Element e, int depth) {
        if (shouldIndent(e)) indent(depth);
        String name = e.tagName();
        out.append('<').append(name);
        if (e.attributesSize() > 0) attributes(e);
        int children = e.childNodeSize();
        Tag tag = e.tag();
        if (children > 0) out.append('>');
        else if (tag.isEmpty()) out.append('>'); // a void element
        else out.append("></").append(name).append('>');
        if (tag.is(Tag.PreserveWhitespace)) preserve = true;
        for (int i = 0; i < children && !refused; i++) node(e.childNode(i), depth + 1);
        if (shouldIndent(nextNonBlank(e.firstChild()))) indent(depth);
        if (children > 0) out.append("</").append(name).append('>');
        if (preserve && tag.is(Tag.PreserveWhitespace)) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (p.tag().preserveWhitespace()) return;
            }
            preserve = false;
        }
    }

    private void attributes(Element e) {
        for (org.jsoup.nodes.Attribute a : e.attributes()) { // internal keys are skipped by the iterator
            String key = a.getKey();
            if (!isValidKey(key)) {
                refused = true; // jsoup rewrites the name
                return;
            }
            out.append(' ').append(key);
            String v = a.getValue();
            if (!a.hasDeclaredValue()
                    || (v.isEmpty() || v.equalsIgnoreCase(key)) && org.jsoup.nodes.Attribute.isBooleanAttribute(key)) {
                continue; // written as a bare name
            }
            out.append("=\"");
            escape(v, false, 0, true);
            out.append('"');
        }
    }

    /** An attribute name jsoup writes as it is in HTML syntax. */
    private static boolean isValidKey(String key) {
        if (key.isEmpty()) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= 0x1f || c >= 0x7f && c <= 0x9f || c == ' ' || c == '"' || c == '\'' || c == '/' || c == '=') {
                return false;
            }
        }
        return true;
    }

    private void text(TextNode t, int depth) {
        String s = t.getWholeText();
        if (preserve) {
            escape(s, false, 0, false);
            return;
        }
        int trim = trim(t);
        if (!isBlank(s) && isBlock(t.parentNode()) && shouldIndent(t)) indent(depth);
        escape(s, true, trim, false);
    }

    /** Which edges of a text's whitespace jsoup's printer drops (its text trimming rule). */
    private int trim(TextNode t) {
        if (!isBlock(t.parentNode())) return 0; // inline: its whitespace is significant
        int trim = 0;
        Node prev = t.previousSibling();
        Node next = t.nextSibling();
        boolean afterInline = prev instanceof Element && !isBlock(prev);
        if (!afterInline && (prev == null || !(prev instanceof TextNode) && shouldIndent(prev))) trim |= TRIM_LEADING;
        if (next == null || !(next instanceof TextNode) && shouldIndent(next)) {
            trim |= TRIM_TRAILING;
        } else {
            next = nextNonBlank(next);
            if (next instanceof TextNode nt && isSpace(nt.getWholeText().codePointAt(0))) trim |= TRIM_TRAILING;
        }
        return trim;
    }

    /** Whether jsoup's printer starts {@code node} on a new indented line. */
    private boolean shouldIndent(Node node) {
        if (node == null || node == first || preserve || isBlankText(node)) return false;
        if (isBlock(node)) return true;
        Node prev = node.previousSibling();
        while (isBlankText(prev)) prev = prev.previousSibling();
        if (isBlock(prev)) return true;
        if (!(node.parentNode() instanceof Element parent) || !isBlock(parent)
                || parent.tag().is(Tag.InlineContainer) || !hasNonText(parent)) {
            return false;
        }
        return prev == null || !(prev instanceof TextNode) && !(prev instanceof Element);
    }

    /** A block for the printer: a block tag, a line break, or an unknown tag holding blocks. */
    private static boolean isBlock(Node node) {
        if (!(node instanceof Element e)) return false;
        if (e.nameIs("br")) return true;
        Tag tag = e.tag();
        return tag.isBlock() || !tag.isKnownTag() && (e.parentNode() instanceof Document || hasChildBlocks(e));
    }

    private static boolean hasChildBlocks(Element e) {
        Element k = e.firstElementChild();
        for (int i = 0; i < MAX_SCAN && k != null; i++, k = k.nextElementSibling()) {
            if (k.tag().isBlock() || !k.tag().isKnownTag()) return true;
        }
        return false;
    }

    private static boolean hasNonText(Element e) {
        Node k = e.firstChild();
        for (int i = 0; i < MAX_SCAN && k != null; i++, k = k.nextSibling()) {
            if (!(k instanceof TextNode)) return true;
        }
        return false;
    }

    private static Node nextNonBlank(Node node) {
        while (isBlankText(node)) node = node.nextSibling();
        return node;
    }

    private static boolean isBlankText(Node node) {
        return node instanceof TextNode t && isBlank(t.getWholeText());
    }

    /** jsoup's blank: empty or only its five whitespace characters. */
    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) return false;
        }
        return true;
    }

    /** jsoup's whitespace for layout: space, tab, line feed, form feed, carriage return. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private void indent(int depth) {
        out.append('\n');
        for (int i = Math.min(depth, MAX_PADDING); i > 0; i--) out.append(' ');
    }

    /**
     * Appends {@code s} escaped as jsoup escapes text ({@code attribute} false) or an attribute value: markup
     * characters and the no-break space as entities; with {@code normalise}, runs of whitespace as one space, the
     * edges in {@code trim} dropped.
     */
    private void escape(String s, boolean normalise, int trim, boolean attribute) {
        if (isVerbatim(s, normalise, trim, attribute)) { // most texts: one bulk copy
            out.append(s);
            return;
        }
        int len = s.length();
        boolean lastWhite = false;
        boolean reached = false; // a non-white character has been written
        boolean pending = false; // a space held back in case the text ends with it
        for (int i = 0; i < len; ) {
            char c = s.charAt(i);
            if (normalise) {
                if (isSpace(c)) {
                    i++;
                    if ((trim & TRIM_LEADING) != 0 && !reached || lastWhite) continue;
                    if ((trim & TRIM_TRAILING) != 0) {
                        pending = true;
                        continue;
                    }
                    out.append(' ');
                    lastWhite = true;
                    continue;
                }
                lastWhite = false;
                reached = true;
                if (pending) {
                    out.append(' ');
                    pending = false;
                }
            }
            // the characters up to the next space or markup character go out as they are, in one copy: a source
            // page's text nodes break lines and indent, so most texts come here, a few words between spaces
            int run = i;
            while (i < len && isPlain(s.charAt(i), normalise, attribute)) i++;
            if (i > run) {
                out.append(s, run, i);
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String entity = entity(cp, attribute);
            if (entity == null) out.appendCodePoint(cp);
            else out.append(entity);
        }
    }

    /**
     * A character that {@link #escape} writes as it is, whatever comes around it: no space to collapse (with
     * {@code normalise}), no entity ({@link #entity} answers null for it), no part of a surrogate pair.
     */
    private static boolean isPlain(char c, boolean normalise, boolean attribute) {
        if (c >= 0x3f && c < 0x7f) return true; // letters and most punctuation
        if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '\u00a0' || Character.isSurrogate(c)) return false;
        return !(c == ' ' && normalise || c == '"' && attribute);
    }

    /** What jsoup writes for a code point instead of itself, or null where it writes it as it is. */
    private static String entity(int cp, boolean attribute) {
        switch (cp) {
            case '&': return "&amp;";
            case '\u00a0': return "&nbsp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return attribute ? "&quot;" : null;
            case '\t', '\n', '\r', '\'': return null;
            default:
                // control characters, and code points whose low 16 bits fall among the surrogates (jsoup tests the
                // char it casts the code point to): jsoup's numeric or named entity
                boolean encoded = cp < 0x20 || Character.isSurrogate((char) cp);
                return encoded ? Entities.escape(new String(Character.toChars(cp))) : null;
        }
    }

    /** True if escaping leaves {@code s} as it is: no entity to write, no whitespace to collapse or trim. */
    private static boolean isVerbatim(String s, boolean normalise, int trim, boolean attribute) {
        int n = s.length();
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x3f && c < 0x7f) { // letters and most punctuation
                space = false;
                continue;
            }
            if (c == ' ' && normalise) {
                if (space || i == 0 && (trim & TRIM_LEADING) != 0) return false;
                space = true;
                continue;
            }
            if (c == '&' || c == '<' || c == '>' || c == '\u00a0' || c < 0x20 || Character.isSurrogate(c)
                    || c == '"' && attribute) {
                return false;
            }
            space = false;
        }
        return !(space && (trim & TRIM_TRAILING) != 0);
    }
}
