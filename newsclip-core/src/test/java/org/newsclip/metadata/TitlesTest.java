package org.newsclip.metadata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/metadata/titles.csv", delimiter = '\t')
    void stripsSiteNames(String title, String site, String expected) {
        assertThat(Titles.strip(title, site)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/metadata/titles-site.csv", delimiter = '\t')
    void stripsOnlyTheSiteName(String title, String site, String expected) {
        assertThat(Titles.stripSite(title, site)).isEqualTo(expected);
    }

    @Test
    void normalFormFoldsCaseWidthAndPunctuationAsTheUnicodeWordRegexDoes() {
        java.util.regex.Pattern nonWord = java.util.regex.Pattern.compile("[\\W_]+",
                java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
        for (String s : List.of("  The Story -- of_it!  ", "Ｆｕｌｌ　Ｗｉｄｔｈ", "Café   Déjà-vu", "naïve\u0301 x",
                "日本語のタイトル｜サイト", "Ελληνικά: Τίτλος", "a\u200cb\u200dc", "x\u203fy", "٣ أرقام ١٢",
                "\uD835\uDC00 math", "", "---")) {
            String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
            assertThat(Titles.norm(s)).as(s).isEqualTo(nonWord.matcher(n).replaceAll(" ").trim());
        }
        assertThat(Titles.norm("The Story -- of_it!")).isEqualTo("the story of it");
    }

    @Test
    void headingThatAgreesWithTheDeclaredTitleWins() {
        Titles.Choice c = Titles.choose(List.of("The Real Headline Of The Story"), List.of(),
                List.of(new Titles.Choice("The Real Headline Of The Story | Example", "opengraph")),
                "The Real Headline Of The Story - Example", "Example");
        assertThat(c.title()).isEqualTo("The Real Headline Of The Story");
        assertThat(c.source()).isEqualTo("dom");
    }

    @Test
    void siteNameHeadingIsNeverTheTitle() {
        Titles.Choice c = Titles.choose(List.of("Example"), List.of(),
                List.of(new Titles.Choice("A Story About Something", "opengraph")),
                "A Story About Something - Example", "Example");
        assertThat(c.title()).isEqualTo("A Story About Something");
        assertThat(c.source()).isEqualTo("opengraph");
    }

    @Test
    void declaredTitlesThatAgreeBeatATitleTagWithSuffix() {
        Titles.Choice c = Titles.choose(List.of(), List.of(),
                List.of(new Titles.Choice("Markets fall again", "json-ld"),
                        new Titles.Choice("Markets fall again", "opengraph")),
                "Markets fall again | Business | Example Times", null);
        assertThat(c.title()).isEqualTo("Markets fall again");
        assertThat(c.source()).isEqualTo("json-ld");
    }

    @Test
    void siteNameIsReadFromTheTitleTag() {
        assertThat(Titles.siteFromTitle("Some Headline Here - Sputnik International", "Some Headline Here"))
                .isEqualTo("Sputnik International");
        assertThat(Titles.siteFromTitle("Some Headline Here", "Some Headline Here")).isNull();
    }

    @Test
    void articleHeadlineBeatsARewrittenDeclaredTitle() {
        List<Titles.Choice> declared = List.of(new Titles.Choice("Using Machine Learning To Personalize Shopping", "json-ld"),
                new Titles.Choice("Using Machine Learning To Personalize Shopping", "opengraph"));
        Titles.Choice c = Titles.choose(List.of("How Machine Learning Personalizes Ecommerce Shopping"), List.of(),
                List.of(), declared, "Using Machine Learning To Personalize Shopping | Shop", "Shop", true);
        assertThat(c.title()).isEqualTo("How Machine Learning Personalizes Ecommerce Shopping");
        // a page that does not declare itself an article keeps the agreed declared title
        Titles.Choice page = Titles.choose(List.of("How Machine Learning Personalizes Ecommerce Shopping"), List.of(),
                List.of(), declared, "Using Machine Learning To Personalize Shopping | Shop", "Shop", false);
        assertThat(page.title()).isEqualTo("Using Machine Learning To Personalize Shopping");
    }

    @Test
    void headingUnrelatedToTheDeclaredTitleIsNotTheHeadline() {
        Titles.Choice c = Titles.choose(List.of("Minecraft News"), List.of(), List.of(),
                List.of(new Titles.Choice("Minecraft 1.8 - The Bountiful Update", "opengraph"),
                        new Titles.Choice("Minecraft 1.8 - The Bountiful Update", "json-ld")),
                "Minecraft 1.8 - The Bountiful Update - Minecraft Update News", "Minecraft Update News", true);
        assertThat(c.title()).isEqualTo("Minecraft 1.8 - The Bountiful Update");
    }

    @Test
    void headingWithPageFurnitureAroundTheTitleYieldsToTheDeclaredTitle() {
        Titles.Choice c = Titles.choose(List.of("Thread: What do you look for in a web host?"), List.of(), List.of(),
                List.of(new Titles.Choice("What do you look for in a web host?", "twitter")),
                "What do you look for in a web host? | Hosting Talk", null, true);
        assertThat(c.title()).isEqualTo("What do you look for in a web host?");
    }

    @Test
    void declaredTitleKeepsItsSecondPartWhenTheTitleTagOnlyAddsTheSite() {
        Titles.Choice c = Titles.choose(List.of(), List.of(), List.of(),
                List.of(new Titles.Choice("Pearl Oscar Dress -- STOLEN!!!", "opengraph")),
                "Pearl Oscar Dress -- STOLEN!!! | TMZ.com", "http://www.tmz.com", true);
        assertThat(c.title()).isEqualTo("Pearl Oscar Dress -- STOLEN!!!");
    }

    @Test
    void headingInALayoutBoxCountsWhenADeclaredTitleRepeatsIt() {
        Titles.Choice c = Titles.choose(List.of(), List.of("County Criminalized Students – Until Now"), List.of(),
                List.of(new Titles.Choice("County Criminalized Students – Until Now", "opengraph")),
                "County Criminalized Students – Until Now | ACLU", "ACLU", true);
        assertThat(c.title()).isEqualTo("County Criminalized Students – Until Now");
        assertThat(c.source()).isEqualTo("dom");
    }

    @Test
    void blogNameHeadingIsNotTheHeadline() {
        Titles.Choice c = Titles.choose(List.of("DimidoBlog", "Was ist Virales Marketing?"), List.of(), List.of(),
                List.of(), "Was ist Virales Marketing? | DimidoBlog", null, false);
        assertThat(c.title()).isEqualTo("Was ist Virales Marketing?");
        Titles.Choice wiki = Titles.choose(List.of("systemd"), List.of(), List.of(), List.of(),
                "systemd - ArchWiki", null, false);
        assertThat(wiki.title()).isEqualTo("systemd");
    }

    private static Metadata extract(String html) {
        String url = "https://news.example/story/";
        return new MetadataExtractor().extract(org.jsoup.Jsoup.parse(html, url),
                org.newsclip.page.Page.ofHtml(html, url));
    }

    @Test
    void siteNameLosesTheDomainEndingThePublisherLacks() {
        Metadata m = extract("<html><head><meta property='og:site_name' content='Libération.fr'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Vape Wave\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Libération\"}}</script>"
                + "<title>Vape Wave - Culture</title></head><body><h1>Vape Wave</h1></body></html>");
        assertThat(m.siteName()).isEqualTo("Libération");
    }

    @Test
    void siteNameThatTheTitleDoesNotCarryYieldsToThePublisherItDoes() {
        Metadata m = extract("<html><head><meta property='og:site_name' content='U.S.'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Parasite wins\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Reuters\"}}</script>"
                + "<title>Parasite wins | Reuters</title></head><body><h1>Parasite wins</h1></body></html>");
        assertThat(m.siteName()).isEqualTo("Reuters");
        // the shorter declared name stays when the publisher only adds a domain ending
        Metadata salon = extract("<html><head><meta property='og:site_name' content='Salon'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Emissions dip\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Salon.com\"}}</script>"
                + "<title>Emissions dip | Salon.com</title></head><body><h1>Emissions dip</h1></body></html>");
        assertThat(salon.siteName()).isEqualTo("Salon");
    }

    @Test
    void socialTeaserYieldsToTheSummaryThatMetaAndJsonLdAgreeOn() {
        Metadata m = extract("<html><head><meta property='og:description' content='No going back from here.'>"
                + "<meta name='description' content='I tried the new headset, and there is no going back.'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Headset\","
                + "\"description\":\"I tried the new headset, and there is no going back.\"}</script>"
                + "</head><body><h1>Headset</h1></body></html>");
        assertThat(m.description()).isEqualTo("I tried the new headset, and there is no going back.");
        Metadata og = extract("<html><head><meta property='og:description' content='No going back from here.'>"
                + "<meta name='description' content='I tried the new headset, and there is no going back.'>"
                + "</head><body><h1>Headset</h1></body></html>");
        assertThat(og.description()).isEqualTo("No going back from here.");
    }

    @Test
    void proseInADivAfterTheHeadlineIsTheFallbackDescription() {
        Metadata m = extract("<html><body><article><h1>Lorem</h1><div>Lorem ipsum dolor sit amet, <b>consectetur</b>"
                + " adipisicing elit.</div><p>Links</p></article></body></html>");
        assertThat(m.description()).isEqualTo("Lorem ipsum dolor sit amet, consectetur adipisicing elit.");
    }

    @Test
    void hiddenTextIsNotTheFallbackDescription() {
        Metadata m = extract("<html><body><article><h1>Lorem</h1><div style='visibility: hidden'><p>Hidden words "
                + "that readers never see on the page.</p></div><p><span aria-hidden='true'>**WRONG**</span>Visible "
                + "words that every reader sees here.</p></article></body></html>");
        assertThat(m.description()).isEqualTo("Visible words that every reader sees here.");
    }

    @Test
    void microdataHeadlineBeatsAnAlternativeHeadlineInTheH1() {
        Metadata m = extract("<html><head><meta property='og:type' content='article'>"
                + "<meta property='og:title' content='The 5 Biggest Decorating Mistakes Millennials Make'></head>"
                + "<body><h1 itemprop='alternativeHeadline'>Millennial Decorating Mistakes</h1>"
                + "<h2 itemprop='headline'>The 5 Biggest Decorating Mistakes Millennials Make</h2></body></html>");
        assertThat(m.title()).isEqualTo("The 5 Biggest Decorating Mistakes Millennials Make");
    }

    @Test
    void rubyReadingAidsAreNotPartOfTheHeadline() {
        Metadata m = extract("<html><body><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt>"
                + "<rp>)</rp></ruby>を禁止する法律ができる</h1></body></html>");
        assertThat(m.title()).isEqualTo("子どもへの体罰を禁止する法律ができる");
    }

    @Test
    void breadcrumbHeadingIsNotTakenForTheHeadline() {
        Metadata m = extract("<html><head><meta property='og:title' content='Kim Jong Un: The dictator is back'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"North Korea: Kim Jong Un - the dictator is back\"}</script></head><body>"
                + "<h1 class='breadcrumb-link'>North Korea: Kim Jong Un - the dictator is back</h1>"
                + "<h2 class='article-headline'>Kim Jong Un: The dictator is back</h2></body></html>");
        assertThat(m.title()).isEqualTo("Kim Jong Un: The dictator is back");
    }

    @Test
    void boxedHeadingAgreeingWithTheTitleLessItsSiteCounts() {
        Titles.Choice c = Titles.choose(List.of(), List.of("Lightroom Performance solved – thanks to the community"),
                List.of(), List.of(), "Lightroom Performance solved – thanks to the community | Neunzehn72", null, true);
        assertThat(c.title()).isEqualTo("Lightroom Performance solved – thanks to the community");
        assertThat(c.source()).isEqualTo("dom");
    }
}
