package org.newsclip.metadata;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.newsclip.model.Author;
import org.newsclip.page.Page;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/metadata/authors.csv", delimiter = '\t')
    void cleansAuthorStrings(String raw, String exclude, String expected) {
        Set<String> ex = exclude == null ? Set.of() : Set.copyOf(Arrays.asList(exclude.split(";")));
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(Authors.clean(raw, ex)).isEqualTo(want);
    }

    /** Whole pages: which source wins, which regions count, which names are left out. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/metadata/authors-pages.csv", delimiter = '\t', quoteCharacter = '`')
    void findsAuthorsOnPages(String name, String html, String expected) {
        String url = "https://news.example/story/";
        Metadata m = new MetadataExtractor().extract(Jsoup.parse(html, url), Page.ofHtml(html, url));
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(m.authors()).extracting(Author::name).isEqualTo(want);
    }

    @Test
    void scholarlyMetaIsLastNameFirst() {
        assertThat(Authors.forenameFirst("Berger, Emery D.")).isEqualTo("Emery D. Berger");
        assertThat(Authors.forenameFirst("Jane Doe, PhD")).isEqualTo("Jane Doe, PhD");
        assertThat(Authors.forenameFirst("Doe, Jane, Roe, John")).isEqualTo("Doe, Jane, Roe, John");
    }
}
