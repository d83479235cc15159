package org.newsclip.render;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.newsclip.html.Vocabulary;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderers' array-based text helpers against the plain character loops they replace. */
class RenderFastPathsTest {
    private static final String[] PIECES = {"a", "Word", " ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2003", "\u200b",
            "\u00ad", "*", "_", "é", "日本", "😀", ".", "|"};

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) sb.append(PIECES[r.nextInt(PIECES.length)]);
        return sb.toString();
    }

    @Test
    void textCollapsingAsTheCharacterLoop() {
        Random r = new Random(3);
        for (int k = 0; k < 20000; k++) {
            String before = r.nextInt(4) == 0 ? "" : random(r);
            String s = random(r);
            StringBuilder fast = new StringBuilder(before);
            TextRenderer.appendCollapsed(fast, s);
            StringBuilder slow = new StringBuilder(before);
            referenceAppendCollapsed(slow, s);
            assertThat(fast.toString()).as("[%s] + [%s]", before, s).isEqualTo(slow.toString());
        }
    }

    @Test
    void markdownEscapingAndCollapsingAsTheCharacterLoops() {
        Random r = new Random(5);
        for (int k = 0; k < 20000; k++) {
            String s = random(r);
            StringBuilder fast = new StringBuilder("x");
            MarkdownRenderer.appendEscaped(fast, s);
            StringBuilder slow = new StringBuilder("x");
            for (char c : s.toCharArray()) {
                if (c == '\u200b' || c == '\u00ad') continue;
                if (c == '*' || c == '_') slow.append('\\');
                slow.append(c == '\n' || c == '\r' ? ' ' : c);
            }
            assertThat(fast.toString()).isEqualTo(slow.toString());
            for (boolean keep : new boolean[]{true, false}) {
                assertThat(MarkdownRenderer.collapse(new StringBuilder(s), keep)).isEqualTo(referenceCollapse(s, keep));
            }
        }
    }

    private static final String[] TAGS = {"p", "h2", "ul", "ol", "li", "blockquote", "pre", "table", "tr", "td",
            "th", "figure", "figcaption", "dl", "dt", "dd", "a", "strong", "em", "b", "i", "code", "sub", "sup",
            "span", "div", "x-card", "textarea", "br", "img", "hr"};
    private static final String[] TEXTS = {"Word", "two words", " lead", "tail ", "  ", " ", "", "\n", "a\n  b",
            "\t", "\f", "\r\n", "\u00a0", "&", "<b>", "x > y", "\"q\"", "it's", "é", "日本", "😀", "\ud83d",
            "\udc00x", "\u0001", "\u007f\u0085", "\ud800\udc00", "\uD834\uDD1E", "\uD87E\uDC00", "\u2003"};
    private static final String[] VALUES = {"https://x.org/a?b=1&c=2", "", "alt \"text\" 'q'", "a\u00a0<b>",
            "hidden", "x\ny", "😀"};
    private static final String[] KEYS = {"href", "src", "alt", "width", "colspan", "hidden", "checked", "data-x"};

    private static Element randomTree(Random r, Element e, int depth) {
        for (int i = r.nextInt(depth > 3 ? 2 : 6); i > 0; i--) {
            if (r.nextInt(3) == 0 || depth > 4) {
                e.appendChild(new TextNode(TEXTS[r.nextInt(TEXTS.length)] + TEXTS[r.nextInt(TEXTS.length)]));
            } else {
                Element k = e.appendElement(TAGS[r.nextInt(TAGS.length)]);
                for (int a = r.nextInt(3); a > 0; a--) {
                    k.attr(KEYS[r.nextInt(KEYS.length)], VALUES[r.nextInt(VALUES.length)]);
                }
                if (!k.tag().isEmpty()) randomTree(r, k, depth + 1);
            }
        }
        return e;
    }

    @Test
    void prettyHtmlAsJsoupsPrettyPrinter() {
        Random r = new Random(11);
        for (int k = 0; k < 20000; k++) {
            Element root = randomTree(r, new Element("div"), 0);
            StringBuilder fast = new StringBuilder();
            assertThat(new PrettyHtml(fast).write(root)).isTrue();
            String jsoup = TextRenderer.strip(root.html(new StringBuilder()));
            assertThat(TextRenderer.strip(fast)).as(root.outerHtml()).isEqualTo(jsoup);
            assertThat(new HtmlRenderer().render(root)).isEqualTo(jsoup);
        }
    }

    @Test
    void prettyHtmlRefusesNodesItDoesNotWrite() {
        Element root = new Element("div");
        root.appendElement("p").appendText("a").appendChild(new Comment(" c "));
        assertThat(new PrettyHtml(new StringBuilder()).write(root)).isFalse();
        assertThat(new HtmlRenderer().render(root)).isEqualTo(TextRenderer.strip(root.html(new StringBuilder())));
    }

    @Test
    void stripAsTheStringsStrip() {
        Random r = new Random(9);
        for (int k = 0; k < 5000; k++) {
            String s = random(r) + random(r);
            assertThat(TextRenderer.strip(new StringBuilder(s))).isEqualTo(s.strip());
        }
    }

    private static void referenceAppendCollapsed(StringBuilder sb, String s) {
        boolean inSpace = false;
        for (char c : s.toCharArray()) {
            boolean invisible = c == '\u200b' || c == '\u00ad';
            boolean space = !invisible && Vocabulary.isSpace(c);
            if (!invisible && !space) {
                sb.append(c);
                inSpace = false;
            } else if (space && !inSpace) {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) != ' ' && sb.charAt(len - 1) != '\n') sb.append(' ');
                inSpace = true;
            }
        }
    }

    private static String referenceCollapse(String s, boolean keepNewlines) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        boolean newline = false;
        for (char c : s.toCharArray()) {
            if (Vocabulary.isSpace(c)) {
                space = true;
                if (c == '\n' && keepNewlines) newline = true;
                continue;
            }
            if (space && sb.length() > 0) sb.append(newline ? '\n' : ' ');
            space = false;
            newline = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
