package org.newsclip.lang;

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
}
