package org.newsclip.metadata;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.newsclip.page.Page;

import java.util.Random;
import java.util.regex.Pattern;

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

    /** The pieces the generated texts are made of: digits, separators, month names, CJK date marks, spaces. */
    private static final String[] PIECES = {"1", "2", "0", "9", "12", "2020", "19", ".", "/", "-", ":", " ", ", ",
        "年", "월", "년", "月", "日", "Juni", "March", "mai", "de ", "T", "Z", "+02:00", "am", "Uhr", "é", "a"};

    /**
     * {@link DateParser#findAll} searches a text with a pattern only when the text holds what the pattern needs:
     * pinned here against the patterns themselves, on many generated texts, so that the skip never changes a result.
     */
    @Test
    void findAllSkipsOnlyPatternsThatCannotMatch() throws ReflectiveOperationException {
        Pattern iso = pattern("ISO");
        Pattern cjk = pattern("CJK");
        Pattern numeric = pattern("NUMERIC");
        Pattern dmy = pattern("DAY_MONTH_YEAR");
        Pattern mdy = pattern("MONTH_DAY_YEAR");
        Random r = new Random(4);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(14); k > 0; k--) sb.append(PIECES[r.nextInt(PIECES.length)]);
            String s = sb.toString();
            int needs = DateParser.needs(s);
            boolean year = (needs & DateParser.YEAR) != 0;
            assertThat(year).as("[%s]", s).isEqualTo(Pattern.compile("\\d{4}").matcher(s).find());
            if ((needs & DateParser.YEAR_SEPARATOR) == 0) assertThat(iso.matcher(s).find()).as("[%s]", s).isFalse();
            if ((needs & DateParser.DIGIT_SEPARATOR) == 0) {
                assertThat(numeric.matcher(s).find()).as("[%s]", s).isFalse();
            }
            if (!year) {
                for (Pattern p : new Pattern[]{iso, cjk, dmy, mdy}) {
                    assertThat(p.matcher(s).find()).as("[%s]", s).isFalse();
                }
            }
            if (s.indexOf('年') < 0 && s.indexOf('년') < 0) assertThat(cjk.matcher(s).find()).as("[%s]", s).isFalse();
            if (s.indexOf('.') < 0 && s.indexOf('/') < 0 && s.indexOf('-') < 0) {
                assertThat(numeric.matcher(s).find()).as("[%s]", s).isFalse();
            }
        }
    }

    private static Pattern pattern(String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = DateParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }
}
