package org.newsclip.metadata;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsclip.page.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the extractor on small inline pages, one rule per test. */
class MetadataRulesTest {
    private final MetadataExtractor extractor = new MetadataExtractor();

    private Metadata extract(String html) {
        String url = "https://news.example/story/";
        return extractor.extract(Jsoup.parse(html, url), Page.ofHtml(html, url));
    }

    @Test
    void metaDateWinsOverJsonLdWhenTheyDisagree() {
        Metadata m = extract("<html><head><meta property='article:published_time' content='2022-05-06T02:00:00Z'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Buses\","
                + "\"datePublished\":\"2022-05-04T21:00:00-05:00\"}</script></head><body><h1>Buses</h1></body></html>");
        assertThat(m.published()).startsWith("2022-05-06");
        assertThat(m.provenance()).containsEntry("published", "opengraph");
    }

    @Test
    void scriptStateDateFoundByKeyName() {
        Metadata m = extract("<html><head><script>window.__STATE__={\"id\":7,\"title\":\"x\","
                + "\"publishedAt\": \"2021-03-04T10:00:00Z\"};</script></head><body><h1>Story</h1><p>Text</p></body></html>");
        assertThat(m.published()).startsWith("2021-03-04");
    }

    @Test
    void scriptWithoutDateKeysGivesNothing() {
        Metadata m = extract("<html><head><script>var config={\"created\":\"soon\",\"a\":\"2021-03-04\"};</script>"
                + "</head><body><h1>Story</h1><p>No date here.</p></body></html>");
        assertThat(m.published()).isNull();
    }

    @Test
    void visibleTagListNeedsTwoTagLinksUnderOneParent() {
        Metadata m = extract("<html><body><h1>Story</h1><p>Text</p><div class='tags'><a href='/tag/rain/'>Rain</a>"
                + "<a href='/tag/wind/'>Wind</a></div><p><a href='/tag/lonely/'>Lonely</a></p></body></html>");
        assertThat(m.tags()).containsExactly("Rain", "Wind");
    }

    @Test
    void twitterLabelledAuthor() {
        Metadata m = extract("<html><head><meta name='twitter:label1' content='Verfasst von'>"
                + "<meta name='twitter:data1' content='Christa Hein'><meta name='twitter:label2' content='Reading time'>"
                + "<meta name='twitter:data2' content='4 minutes'></head><body><h1>Fish</h1></body></html>");
        assertThat(m.authors()).extracting(a -> a.name()).containsExactly("Christa Hein");
        assertThat(m.provenance()).containsEntry("authors", "twitter");
    }

    @Test
    void twitterLabelOtherThanAuthorIsIgnored() {
        Metadata m = extract("<html><head><meta name='twitter:label1' content='Est. reading time'>"
                + "<meta name='twitter:data1' content='Four Minutes'></head><body><h1>Fish</h1></body></html>");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void firstParagraphAfterHeadlineIsTheDescriptionWhenNoneIsDeclared() {
        Metadata m = extract("<html><body><p>A teaser paragraph above the headline, not ours.</p><h1>Story</h1>"
                + "<p>Short.</p><aside><p>A sidebar paragraph that is long enough to count.</p></aside>"
                + "<p>The rain came back to the valley on Saturday morning.</p></body></html>");
        assertThat(m.description()).isEqualTo("The rain came back to the valley on Saturday morning.");
        assertThat(m.provenance()).containsEntry("description", "dom");
    }

    @Test
    void bylineParagraphIsNoDescription() {
        Metadata m = extract("<html><body><h1>Monitoring</h1><p class='byline author'>Written by Rob Ewaschuk<br>"
                + "Edited by Betsy Beyer</p><p>Our teams have some basic principles for monitoring and alerting.</p>"
                + "</body></html>");
        assertThat(m.description()).isEqualTo("Our teams have some basic principles for monitoring and alerting.");
    }

    @Test
    void shortParagraphOfASmallPageIsTheDescription() {
        Metadata m = extract("<html><body><a href='#'><p>abc</p><p>def</p></a></body></html>");
        assertThat(m.description()).isEqualTo("abc");
    }

    @Test
    void proseBlockIsTheDescriptionOfAPageWithoutParagraphs() {
        Metadata m = extract("<html><body><main><div><div>Lorem ipsum dolor sit amet, consectetur adipiscing elit."
                + "</div></div></main></body></html>");
        assertThat(m.description()).isEqualTo("Lorem ipsum dolor sit amet, consectetur adipiscing elit.");
    }

    @Test
    void jsonLdDescriptionBeatsAMetaDescriptionCutFromTheBody() {
        Metadata m = extract("<html><head><meta name='description' content='I do not use Facebook. I am not a "
                + "technophobe, I am a geek.'><script type='application/ld+json'>{\"@type\":\"Article\","
                + "\"headline\":\"Tracked\",\"description\":\"Facebook collects data about people who never opted "
                + "in.\",\"articleBody\":\"<p>I do not use Facebook. I am not a technophobe, I am a geek. More.</p>\"}"
                + "</script></head><body><h1>Tracked</h1><p>Text.</p></body></html>");
        assertThat(m.description()).isEqualTo("Facebook collects data about people who never opted in.");
        assertThat(m.provenance()).containsEntry("description", "json-ld");
    }

    @Test
    void metaDescriptionStaysWhenItIsNotTheBodysOpening() {
        Metadata m = extract("<html><head><meta name='description' content='A written summary of the story that "
                + "nobody cut from its body.'><script type='application/ld+json'>{\"@type\":\"Article\","
                + "\"headline\":\"Tracked\",\"description\":\"Another one.\",\"articleBody\":\"The body starts "
                + "elsewhere and goes on.\"}</script></head><body><h1>Tracked</h1><p>Text.</p></body></html>");
        assertThat(m.description()).startsWith("A written summary");
    }

    @Test
    void declaredDescriptionBeatsFirstParagraph() {
        Metadata m = extract("<html><head><meta name='description' content='Rain is back.'></head><body><h1>Story</h1>"
                + "<p>The rain came back to the valley on Saturday morning.</p></body></html>");
        assertThat(m.description()).isEqualTo("Rain is back.");
    }

    @Test
    void kickerInsideTheHeadlineIsNotPartOfTheTitle() {
        Metadata m = extract("<html><head><title>Climate: Drilling until it gets hot | Paper</title></head><body>"
                + "<h1><span class='heading__kicker'>Climate</span><span class='visually-hidden'>: </span>"
                + "<span>Drilling until it gets hot</span></h1><p>Text of the story.</p></body></html>");
        assertThat(m.title()).isEqualTo("Drilling until it gets hot");
    }

    @Test
    void metaWhitespaceIsSquashed() {
        assertThat(Titles.squash("  a \n\t b  c ")).isEqualTo("a b c");
        assertThat(Titles.squash("a b")).isEqualTo("a b");
        assertThat(Titles.squash("")).isEmpty();
    }
}
