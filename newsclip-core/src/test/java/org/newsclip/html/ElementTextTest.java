package org.newsclip.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ElementText} against jsoup's {@code Element.text()}, on every element of random pages. */
class ElementTextTest {
    private static final String[] PIECES = {"<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>",
            "<br>", "<pre>", "</pre>", "<textarea>", "</textarea>", "<li>", "<ul>", "</ul>", "<x-card>", "</x-card>",
            "<a href=x>", "</a>", "<!-- c -->", "<svg><![CDATA[ a  b ]]></svg>", "<script>var x;</script>", "<td>",
            "<table>", "</table>", "<h2>", "</h2>", "<img src=y>", "word", "two words", " ", "  ", "\n", "\t", "\f",
            "\r\n", "&nbsp;", "\u00a0 ", "\u200b", "\u00ad", "\u0001", "é", "日本", "😀", "\ud83d", ".", "&amp;"};

    @Test
    void textAsJsoupsOnEveryElement() {
        Random r = new Random(17);
        for (int k = 0; k < 3000; k++) {
            StringBuilder html = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) html.append(PIECES[r.nextInt(PIECES.length)]);
            String page = html.toString();
            Document doc = Jsoup.parse(page);
            for (Element e : doc.getAllElements()) {
                String text = e.text();
                assertThat(ElementText.of(e)).as(page).isEqualTo(text);
                int max = r.nextInt(12);
                String head = ElementText.head(e, max);
                if (text.length() <= max) {
                    assertThat(head).as(page).isEqualTo(text);
                } else {
                    assertThat(head.length()).isGreaterThan(max);
                    assertThat(text).as(page).startsWith(head);
                }
            }
        }
    }
}
