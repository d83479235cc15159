package org.newsclip.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/metadata/authors.csv", delimiter = '\t')
    void cleansAuthorStrings(String raw, String exclude, String expected) {
        Set<String> ex = exclude == null ? Set.of() : Set.copyOf(Arrays.asList(exclude.split(";")));
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(Authors.clean(raw, ex)).isEqualTo(want);
    }
}
