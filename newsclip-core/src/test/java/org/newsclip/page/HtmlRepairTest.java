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

    /**
     * The scan that skips tags by their first letter repairs as the scan that tests every tag in full (below, as it
     * was), also where a non-ASCII letter folds onto an ASCII one ("ſ", the long s, matches "s" ignoring case).
     */
    @Test
    void firstLetterSkipRepairsAsTheFullScan() {
        String[] parts = {"<![CDATA[", "<script>", "</script>", "<ſcript>", "</ſcript>", "<STYLE>", "</style>", "<svg>",
                "<ſvg>", "</SVG>", "<svg/>", "<math>", "</Math>", "<title>", "</title>", "<xmp>", "</xmp>", "<textarea>",
                "</textarea>", "<p>", "<!--", "x", "é", "<", ">", " ", "<b>", "//"};
        java.util.Random r = new java.util.Random(9);
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder("<![CDATA["); // a bare opener: the full scan runs
            for (int k = r.nextInt(14); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            assertThat(HtmlRepair.repair(s)).as(s).isEqualTo(fullScan(s));
        }
    }

    private static String fullScan(String html) {
        StringBuilder sb = null;
        int from = 0;
        int foreign = 0;
        String[] rawText = {"script", "style", "textarea", "xmp", "title"};
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            String raw = null;
            for (String tag : rawText) if (startsTag(html, i + 1, tag)) raw = raw == null ? tag : raw;
            if (raw != null) {
                int close = -1;
                for (int k = html.indexOf('<', i + raw.length() + 1); k >= 0 && close < 0; k = html.indexOf('<', k + 1)) {
                    if (html.regionMatches(true, k, "</" + raw, 0, raw.length() + 2)) close = k;
                }
                if (close < 0) break;
                i = close;
            } else if (startsTag(html, i + 1, "svg") || startsTag(html, i + 1, "math")) {
                int gt = html.indexOf('>', i);
                if (!(gt > 0 && html.charAt(gt - 1) == '/')) foreign++;
            } else if (foreign > 0 && (startsTag(html, i + 1, "/svg") || startsTag(html, i + 1, "/math"))) {
                foreign--;
            } else if (foreign == 0 && html.startsWith("<![CDATA[", i)) {
                if (sb == null) sb = new StringBuilder();
                sb.append(html, from, i).append("<!-[CDATA[");
                from = i + 9;
            }
        }
        return sb == null ? html : sb.append(html, from, html.length()).toString();
    }

    private static boolean startsTag(String html, int at, String name) {
        if (!html.regionMatches(true, at, name, 0, name.length())) return false;
        int end = at + name.length();
        char c = end < html.length() ? html.charAt(end) : '>';
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}
