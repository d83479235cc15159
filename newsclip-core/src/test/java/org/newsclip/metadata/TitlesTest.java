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
}
