package org.newsclip.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class Iso639Test {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "eng, en", "deu, de", "fra, fr", "spa, es", "rus, ru", "jpn, ja", "kor, ko", "ara, ar",
            "cmn, zh", "pes, fa", "fas, fa", "ekk, et", "lvs, lv", "heb, he", "ind, id", "nob, nb", "nno, nn",
            "msa, ms", "sqi, sq", "ceb, ceb", "gsw, gsw", "ENG, en", "en, null", "e1g, null", "null, null"})
    void mapsIso6393ToBcp47PrimarySubtags(String iso3, String bcp47) {
        assertThat(Iso639.toBcp47(iso3)).isEqualTo(bcp47);
    }

    @Test
    void threeLettersAsTheRegexReadsThem() {
        java.util.Random r = new java.util.Random(7);
        String chars = "abcxyzAZ`{@[09 -éı\u0130";
        for (int k = 0; k < 20000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(5);
            for (int i = 0; i < len; i++) sb.append(chars.charAt(r.nextInt(chars.length())));
            String s = sb.toString();
            assertThat(Iso639.threeLetters(s)).as(s).isEqualTo(s.matches("[a-z]{3}"));
        }
    }
}
