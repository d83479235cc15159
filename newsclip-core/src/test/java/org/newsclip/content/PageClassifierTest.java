package org.newsclip.content;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageClassifierTest {
    /** og:type is read as the metadata stage reads meta tags: under property or name, from content or value. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta property='og:type' content='article'>|article",
        "<meta name='og:type' content='Article'>|article",
        "<meta name='og:type' value='article'>|article",
        "<meta property='og:type' content=' product '>|product",
        "<meta property='og:title' content='article'>|''",
        "<meta name='description' value='article'>|''",
    })
    void readsOgTypeTolerantly(String head, String expected) {
        assertThat(PageClassifier.ogType(Jsoup.parse("<html><head>" + head + "</head><body></body></html>")))
                .isEqualTo(expected);
    }
}
