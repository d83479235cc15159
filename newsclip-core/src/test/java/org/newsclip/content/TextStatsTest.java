package org.newsclip.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring's treatment of teaser lists: headline links with their excerpts. */
class TextStatsTest {
    private static final String EXCERPT = "An excerpt of the story behind the link, a sentence or two long, which reads"
            + " like prose to the scoring, with commas and a full stop at its end.";
    private static final String PARAGRAPH = "<p>A paragraph of the story itself, with enough words in it to read as"
            + " prose: the reporter tells what happened, where it happened and who saw it happen, and why.</p>";

    private static String teasers(int n, String item) {
        StringBuilder b = new StringBuilder("<ul id=list>");
        for (int i = 0; i < n; i++) b.append(item.replace("#", String.valueOf(i)));
        return b.append("</ul>").toString();
    }

    private static final String TEASER = "<li><h3><a href=/news/#>Headline of story number #</a></h3><p>" + EXCERPT
            + "</p><span>Example News</span></li>";

    private static Element body(String html) {
        return Jsoup.parse("<html><body>" + html + "</body></html>").body();
    }

    @Test
    void aStreamOfTeasersDoesNotOutscoreTheStoryBesideIt() {
        Element body = body("<div id=main><div id=story>" + PARAGRAPH.repeat(4) + "</div>"
                + "<div id=stream><h2>Recommended for you</h2>" + teasers(10, TEASER) + "</div></div>");
        TextStats stats = TextStats.of(body);
        assertThat(stats.best().id()).isEqualTo("story");
        TextStats.Stat list = stats.stat(body.getElementById("list"));
        assertThat(list.score()).isZero();
        assertThat(list.taken()).isPositive();
    }

    @Test
    void onAListingPageTheTeasersKeepTheirScore() {
        // the best text outside the teasers would be one excerpt: the teasers are the page's content
        Element body = body("<div id=main><h1>Latest news</h1>" + teasers(10, TEASER) + "</div>");
        TextStats stats = TextStats.of(body);
        assertThat(stats.best().id()).isIn("list", "main");
        assertThat(stats.stat(body.getElementById("list")).score()).isPositive();
    }

    @Test
    void cardsThatEndInALinkAreNoTeasers() {
        // a feature grid: a heading, a description, then "learn more"; the text comes before the link
        String card = "<li><h3>Feature #</h3><p>" + EXCERPT + "</p><a href=/f/#>Learn more about feature #</a></li>";
        Element body = body("<div id=main><div id=story>" + PARAGRAPH + "</div>" + teasers(6, card) + "</div>");
        TextStats stats = TextStats.of(body);
        assertThat(stats.stat(body.getElementById("list")).taken()).isZero();
        assertThat(stats.best().id()).isEqualTo("main");
    }

    @Test
    void aListOfLinksWithoutExcerptsIsScoredAsLinks() {
        Element body = body("<div id=story>" + PARAGRAPH.repeat(2) + "</div>"
                + teasers(6, "<li><a href=/news/#>Headline of story number #</a></li>"));
        TextStats stats = TextStats.of(body);
        assertThat(stats.stat(body.getElementById("list")).taken()).isZero();
        assertThat(stats.stat(body.getElementById("list")).score()).isNegative();
    }
}
