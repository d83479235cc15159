package org.newsclip.dedupe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsAndSimHashTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Hello, world!|2",
            "  e-mail: a.b@example.org  |6",
            "2025年6月30日|6",
            "谷歌在2014年收购|7",
            "Новости дня: 30 июня|4",
            "مرحبا بالعالم|2",
            "नमस्ते दुनिया|2",
            "|0"})
    void countsWordsInEveryScript(String text, int expected) {
        assertThat(Words.count(text)).isEqualTo(expected);
    }

    @Test
    void nearCopiesAreCloseAndOtherTextsFar() {
        String a = "The central bank raised interest rates by half a point on Thursday, the third rise this year, "
                + "citing inflation that has stayed above its target for eighteen months in a row.";
        String b = a.replace("Thursday", "Wednesday");
        String c = "A storm closed schools across the north of the country, and rail operators cancelled most "
                + "services as snow fell through the night over the hills and the coast alike.";
        assertThat(SimHash.distance(SimHash.hex(a), SimHash.hex(b))).isLessThan(12);
        assertThat(SimHash.distance(SimHash.hex(a), SimHash.hex(c))).isGreaterThan(16);
        assertThat(SimHash.hex(a)).hasSize(16).isEqualTo(SimHash.hex(a.toUpperCase()));
        assertThat(SimHash.hex("  ,, ")).isNull();
    }

    /** The streamed digest (TextDigest, SimHash.hex of a text) against the fingerprint of the array of word hashes. */
    @Test
    void streamedDigestAgreesWithTheArrayForm() {
        String[] words = {"the", "bank", "raised", "rates", "on", "Thursday", "日本", "記事", "Новости", "2025", ",", ".",
            "e-mail", "ไทย"};
        java.util.Random r = new java.util.Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = n < 50 ? n % 6 : r.nextInt(n % 7 == 0 ? 1500 : 40); // short texts, and over 255 shingles
            for (int k = 0; k < length; k++) {
                sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
            }
            String text = sb.toString();
            long[] tokens = Words.tokenHashes(text);
            TextDigest digest = TextDigest.of(text);
            assertThat(digest.words()).as(text).isEqualTo(tokens.length);
            assertThat(digest.fingerprint()).as(text).isEqualTo(SimHash.hex(tokens));
            assertThat(SimHash.hex(text)).as(text).isEqualTo(SimHash.hex(tokens));
        }
        assertThat(TextDigest.of(null)).isEqualTo(new TextDigest(0, null));
    }

    /** SimHash.toHex against the zero-padded Long.toHexString it replaces. */
    @Test
    void hexAsPaddedToHexString() {
        java.util.Random r = new java.util.Random(4);
        for (int k = 0; k < 10_000; k++) {
            long v = r.nextLong() >>> r.nextInt(64);
            String h = Long.toHexString(v);
            assertThat(SimHash.toHex(v)).isEqualTo("0".repeat(16 - h.length()) + h);
        }
        assertThat(SimHash.toHex(0)).isEqualTo("0000000000000000");
        assertThat(SimHash.toHex(-1)).isEqualTo("ffffffffffffffff");
    }
}
