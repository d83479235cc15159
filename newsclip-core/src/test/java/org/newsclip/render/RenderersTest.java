package org.newsclip.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenderersTest {
    private static Element tree(String html) {
        Element root = new Element("div");
        for (var n : Jsoup.parseBodyFragment(html, "https://example.com/a/").body().childNodesCopy()) {
            root.appendChild(n);
        }
        return root;
    }

    private static final String SAMPLE = "<h2>Section</h2><p>First <strong>bold</strong> and <a href=\"/x\">link</a>.</p>"
            + "<ul><li>one</li><li>two<ul><li>inner</li></ul></li></ul><blockquote><p>Quoted words</p></blockquote>"
            + "<pre><code>a  =  1\n  b = 2</code></pre><table><tr><th>K</th><th>V</th></tr><tr><td>x</td><td>1</td></tr>"
            + "</table><figure><img src=\"/i.jpg\" alt=\"Alt\"><figcaption>Caption</figcaption></figure><p>Line<br>break</p>";

    @Test
    void textSeparatesBlocksByBlankLinesAndKeepsPre() {
        String text = new TextRenderer().render(tree(SAMPLE));
        assertThat(text).startsWith("Section\n\nFirst bold and link.\n\none\n\ntwo\n\ninner\n\nQuoted words");
        assertThat(text).contains("a  =  1\n  b = 2");
        assertThat(text).contains("Caption").contains("Line\nbreak");
        assertThat(text).doesNotContain("\n\n\n");
    }

    @Test
    void markdownKeepsStructure() {
        String md = new MarkdownRenderer().render(tree(SAMPLE));
        assertThat(md).contains("## Section")
                .contains("First **bold** and [link](/x).")
                .contains("- one\n- two\n  - inner")
                .contains("> Quoted words")
                .contains("```\na  =  1\n  b = 2\n```")
                .contains("| K | V |\n| --- | --- |\n| x | 1 |")
                .contains("![Alt](/i.jpg)")
                .contains("Caption");
    }

    @Test
    void markdownEscapesEmphasisMarkersInText() {
        assertThat(new MarkdownRenderer().render(tree("<p>2 * 3 and snake_case</p>")))
                .isEqualTo("2 \\* 3 and snake\\_case");
    }

    @Test
    void htmlRendersChildrenOnly() {
        String html = new HtmlRenderer().render(tree("<p>One</p><p>Two</p>"));
        assertThat(html).isEqualTo("<p>One</p>\n<p>Two</p>");
    }

    @Test
    void htmlKeepsTextBetweenTopLevelElements() {
        String html = new HtmlRenderer().render(tree("<p>One</p>Loose <a href=\"/x\">text</a><p>Two</p>"));
        assertThat(html).contains("Loose <a href=\"/x\">text</a>").contains("<p>One</p>").contains("<p>Two</p>");
    }

    @Test
    void emptyTreeRendersEmpty() {
        Element root = new Element("div");
        assertThat(new TextRenderer().render(root)).isEmpty();
        assertThat(new MarkdownRenderer().render(root)).isEmpty();
        assertThat(new HtmlRenderer().render(root)).isEmpty();
    }
}
