package org.newsclip.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what BlockBuilder's shortcut for single-child wrappers relies on: a wrapper whose only other children are
 * blank text nodes has the text of its one child element, whatever that child holds (blocks, line breaks,
 * preformatted text, no-break spaces, invisible characters).
 */
class BlockBuilderFastPathsTest {
    private static final String[] BLANKS = {"", " ", "\n  ", "\t", "\r\n"};
    private static final String[] INNER = {"word", " ", "  ", "\u00a0", "\u200b", "\u2003", "\n", "<br>", "<p>para</p>",
        "<div> x </div>", "<pre> pre\u00a0 </pre>", "<b>bold</b>", "<span> s </span>", "<img src=a.png>", "Read more",
        "<a href=/x>link</a>", "<li>item</li>", "<![CDATA[ c ]]>"};

    @Test
    void aWrapperAroundOneElementHasItsText() {
        Random r = new Random(9);
        for (int n = 0; n < 5000; n++) {
            StringBuilder inner = new StringBuilder();
            for (int k = r.nextInt(6); k > 0; k--) inner.append(INNER[r.nextInt(INNER.length)]);
            String tag = r.nextBoolean() ? "div" : r.nextBoolean() ? "section" : "span";
            String html = "<div id=w>" + BLANKS[r.nextInt(BLANKS.length)] + "<" + tag + " id=c>" + inner
                    + "</" + tag + ">" + BLANKS[r.nextInt(BLANKS.length)] + "</div>";
            Element w = Jsoup.parse(html).getElementById("w");
            Element c = w.getElementById("c");
            if (w.childrenSize() != 1 || w.child(0) != c) continue; // the parser moved something out
            assertThat(c.text()).as(html).isEqualTo(w.text());
        }
    }

    /**
     * What BlockBuilder.image's early exit for "data:" relies on: resolving such a src, against a base URL (as
     * {@code new URL(base, src)}) or without one (jsoup's absUrl), gives "" or a data: URL, both dropped.
     */
    @Test
    void anInlineImageResolvesToNothingKept() throws Exception {
        java.net.URL base = new java.net.URL("https://example.com/news/a.html");
        for (String src : new String[]{"data:image/png;base64,iVBORw0KGgo=", "data:image/gif;base64,R0lGOD",
                "data:,", "data:image/svg+xml;utf8,<svg></svg>", "data:x y", "data:\u0001x"}) {
            for (String page : new String[]{"", "https://example.com/news/a.html"}) {
                Element img = Jsoup.parse("<img>", page).selectFirst("img").attr("src", src);
                assertThat(img.absUrl("src")).as(src).satisfiesAnyOf(
                        u -> assertThat(u).isEmpty(), u -> assertThat(u).startsWith("data:"));
            }
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new java.net.URL(base, src)))
                    .as(src).isInstanceOf(java.net.MalformedURLException.class);
        }
    }

    /** Images.dim's suffix cut against the regex it replaces. */
    @Test
    void imageDimensionAsTheRegexReadsIt() {
        for (String v : new String[]{"", "40", " 40px ", "40px", "40 px", "pxpx", "40pxpx", "40px\u0085", "px",
                "1234567", "12.5", "\u0663\u0660px", "40PX", "-4"}) {
            String d = v.strip().replaceAll("px$", "");
            Integer expected = d.isEmpty() || !d.chars().allMatch(Character::isDigit) || d.length() > 6
                    ? null : Integer.valueOf(d);
            assertThat(Images.dim(v)).as(v).isEqualTo(expected);
        }
    }

    /** Titles.headings against the selector it replaces, on random pages. */
    @Test
    void headingsAsTheSelector() {
        String[] parts = {"<h1>a</h1>", "<h2>b</h2>", "<h3>c</h3>", "<h4>d</h4>", "<div>", "</div>", "<ul><li>",
            "</li></ul>", "<blockquote>", "</blockquote>", "<p>x</p>", "<H2>e</H2>"};
        Random r = new Random(13);
        for (int n = 0; n < 3000; n++) {
            StringBuilder html = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) html.append(parts[r.nextInt(parts.length)]);
            Element body = Jsoup.parse(html.toString()).body();
            for (Element e : body.getAllElements()) {
                assertThat(Titles.headings(e, new java.util.ArrayList<>()))
                        .containsExactlyElementsOf(e.select("h1, h2, h3"));
            }
        }
    }
    /**
     * BlockBuilder.absolute's shortcut for a base URI that does not parse, against jsoup's absUrl, which the old code
     * asked for every such link: the same answer for links with and without a scheme, control characters and all.
     */
    @Test
    void linksAgainstAnUnusableBaseAsJsoupResolvesThem() {
        String[] hrefs = {"/wiki/X", "page.html", "#top", "?q=1", "//cdn.example.com/a.png", "mailto:a@b.org",
            "tel:+1234", "javascript:void(0)", "ftp://x.org/f", "data:image/png;base64,AAA", " /x ", "a\u0001b",
            "jav\tascript:x", "HTTP://X.ORG/Y", "url:http://x.org/", "1:2", ":x", "x y", "\u00e9t\u00e9.html",
            "https://ok.org/", "%41%3A", "urn:isbn:1", "c:\\dir\\f.txt"};
        for (String base : new String[]{"", "not a url", "about:blank", "/relative/base", "no\u0001scheme"}) {
            java.util.function.BiFunction<Element, String, String> resolve = BlockBuilder.resolver();
            for (int round = 0; round < 2; round++) { // the second round answers from the cached base
                for (String h : hrefs) {
                    Element a = Jsoup.parse("<a>x</a>", base).selectFirst("a");
                    a.attr("href", h);
                    String v = h.strip();
                    if (v.startsWith("https://") || v.startsWith("http://")) continue; // answered before the base
                    assertThat(resolve.apply(a, "href")).as(base + " | " + h).isEqualTo(a.absUrl("href"));
                }
            }
        }
    }
}
