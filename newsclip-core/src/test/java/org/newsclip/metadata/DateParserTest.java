package org.newsclip.metadata;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.newsclip.page.Page;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/metadata/dates.csv", delimiter = '|')
    void parsesDates(String input, boolean monthFirst, String expected) {
        DateParser.Found f = DateParser.value(input, monthFirst);
        if (expected == null) {
            assertThat(f).as("no date in '%s'", input).isNull();
        } else {
            assertThat(f).as("a date in '%s'", input).isNotNull();
            assertThat(f.iso()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/metadata/dates-pages.csv", delimiter = '|')
    void choosesThePublishedDateOfPages(String rule, String url, String html, String expected) {
        Metadata m = new MetadataExtractor().extract(Jsoup.parse(html, url), Page.ofHtml(html, url));
        if (expected == null) {
            assertThat(m.published()).as(rule).isNull();
        } else {
            assertThat(m.published()).as(rule).isNotNull().startsWith(expected);
        }
    }
}
