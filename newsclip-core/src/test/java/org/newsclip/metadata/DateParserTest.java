package org.newsclip.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

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
}
