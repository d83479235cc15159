package org.newsclip.page;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlRepairTest {
    private static final String STORY = "<article><h1>Council votes</h1><p>The council voted on Tuesday night to extend "
            + "the bus network to the northern suburbs, where many families have moved in recent years.</p></article>";

    @Test
    void aStrayCdataOpenerInTheBodyNoLongerSwallowsThePage() {
        String html = "<html><body>\n<![CDATA[\n<div id=\"top\"></div>" + STORY + "</body></html>";
        assertThat(Jsoup.parse(html).select("p")).isEmpty(); // jsoup alone reads the rest as CDATA text
        assertThat(Jsoup.parse(HtmlRepair.repair(html)).select("p")).hasSize(1);
        ExtractionResult r = new ArticleExtractor().extract(Page.of(html.getBytes(StandardCharsets.UTF_8), "https://example.com/a"));
        assertThat(r.article().text()).contains("extend the bus network");
    }

    @Test
    void cdataInScriptsStylesSvgAndMathIsLeftAlone() {
        String html = "<html><head><script>//<![CDATA[\nvar a = '<p>';\n//]]></script>"
                + "<style>/*<![CDATA[*/ p {} /*]]>*/</style></head><body><svg><text><![CDATA[x < y]]></text></svg>"
                + "<math><mi><![CDATA[z]]></mi></math>" + STORY + "</body></html>";
        assertThat(HtmlRepair.repair(html)).isSameAs(html);
    }

    @Test
    void aSelfClosingSvgOpensNoForeignContent() {
        String html = "<body><svg class=\"icon\"/><![CDATA[<p>story</p></body>";
        assertThat(HtmlRepair.repair(html)).isEqualTo("<body><svg class=\"icon\"/><!-[CDATA[<p>story</p></body>");
    }

    @Test
    void pagesWithoutCdataAreReturnedAsTheyAre() {
        String html = "<html><body>" + STORY + "</body></html>";
        assertThat(HtmlRepair.repair(html)).isSameAs(html);
    }

    @Test
    void everyStrayOpenerIsRepairedAndOnlyThose() {
        String html = "<body><![CDATA[a]]><script>x = '<![CDATA[';</script><p>b</p><![CDATA[c</body>";
        assertThat(HtmlRepair.repair(html))
                .isEqualTo("<body><!-[CDATA[a]]><script>x = '<![CDATA[';</script><p>b</p><!-[CDATA[c</body>");
    }

    /** The search through '!' finds what indexOf(CDATA, from) finds, from every start. */
    @Test
    void cdataSearchAsIndexOf() {
        String[] parts = {"<![CDATA[", "<!", "![CDATA[", "<![CDATA", "!", "<", "x", "é", "😀", "<!--", "]]>"};
        java.util.Random r = new java.util.Random(8);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(10); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            for (int from = 0; from <= s.length() + 1; from++) {
                assertThat(HtmlRepair.indexOfCdata(s, from)).as(s + " @" + from).isEqualTo(s.indexOf("<![CDATA[", from));
            }
        }
    }
}
