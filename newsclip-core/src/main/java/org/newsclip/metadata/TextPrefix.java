package org.newsclip.metadata;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The start of an element's text, built as {@link Element#text()} builds it but no further than a limit: the rules
 * that read only the first few hundred characters of a block (the dateline after a headline) need not build the
 * text of a whole article. Stateless.
 */
final class TextPrefix {
    private TextPrefix() {
    }

    /**
     * {@code e.text()} when it is at most {@code max} characters long, else its first {@code max + 1} characters
     * (so that a caller tells a longer text by a length over {@code max}).
     */
    static String of(Element e, int max) {
        Builder b = new Builder(max);
        NodeTraversor.filter(b, e);
        String s = b.accum.toString().trim();
        return s.length() > max ? s.substring(0, max + 1) : s;
    }

    /**
     * jsoup's text accumulator (jsoup 1.22: normalised text nodes, a space before a block or {@code <br>}, a space
     * after a block followed by inline content), stopped once the trimmed text is known to run past the limit:
     * text() only appends, and trims characters up to U+0020 at both ends, so a character above U+0020 at
     * {@code max} places past the first one fixes the first {@code max + 1} characters of the result.
     */
    private static final class Builder implements NodeFilter {
        private final StringBuilder accum = new StringBuilder();
        private final int max;
        /** Index of the first character above U+0020, or -1; and the index up to which the text was checked. */
        private int first = -1;
        private int checked;

        Builder(int max) {
            this.max = max;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                if (t instanceof CDataNode || preserveWhitespace(t.parent())) accum.append(text);
                else StringUtil.appendNormalisedWhitespace(accum, text, lastIsSpace());
            } else if (node instanceof Element el) {
                if (accum.length() > 0 && (el.isBlock() || el.nameIs("br")) && !lastIsSpace()) accum.append(' ');
            }
            return full() ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && !el.tag().isInline()) {
                Node next = node.nextSibling();
                if ((next instanceof TextNode || next instanceof Element n && n.tag().isInline()) && !lastIsSpace()) {
                    accum.append(' ');
                }
            }
            return full() ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        private boolean lastIsSpace() {
            return accum.length() != 0 && accum.charAt(accum.length() - 1) == ' ';
        }

        /** True once a character above U+0020 stands at {@code first + max} or later. */
        private boolean full() {
            for (; checked < accum.length(); checked++) {
                if (accum.charAt(checked) <= ' ') continue;
                if (first < 0) first = checked;
                if (checked >= first + max) return true;
            }
            return false;
        }
    }

    /** What jsoup's Element.preserveWhitespace reads: the text's element or one of its five next ancestors keeps it. */
    private static boolean preserveWhitespace(Element el) {
        for (int i = 0; i < 6 && el != null; i++, el = el.parent()) {
            if (el.tag().preserveWhitespace()) return true;
        }
        return false;
    }
}
