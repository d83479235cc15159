package org.newsclip.lang;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast scorer must give OpenNLP's own ranking and confidences, bit for bit. */
class NGramScorerTest {
    private static LanguageDetectorModel model;
    private static NGramScorer scorer;
    private static LanguageDetectorME opennlp;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NGramScorerTest.class.getResourceAsStream("/langdetect-183.bin")) {
            model = OpenNlpLanguageDetector.readModel(in);
        }
        scorer = NGramScorer.of(model);
        opennlp = new LanguageDetectorME(model);
    }

    private static void assertSame(String text) {
        Language[] expected = opennlp.predictLanguages(text);
        Language[] actual = scorer.rank(text);
        assertThat(actual).as("fast path taken for %s", text.length() > 60 ? text.substring(0, 60) : text)
                .isNotNull();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].getLang()).isEqualTo(expected[i].getLang());
            assertThat(Double.doubleToRawLongBits(actual[i].getConfidence()))
                    .as("%s at %d", expected[i].getLang(), i)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i].getConfidence()));
        }
    }

    @Test
    void sameConfidencesAsOpenNlpOnParagraphsAndTheirPieces() {
        for (String lang : new String[]{"en", "de", "fr", "es", "it", "pt", "pl", "ru", "zh", "ja", "ko", "ar"}) {
            String t = OpenNlpLanguageDetectorTest.text(lang);
            assertSame(t);
            for (int len : new int[]{1, 2, 3, 7, 20, 50, 120, 300}) {
                if (len < t.length()) assertSame(t.substring(0, len));
            }
            assertSame(t.toUpperCase());
            String long10 = (t + " ").repeat(10);
            assertSame(long10.substring(0, Math.min(2000, long10.length())));
        }
    }

    @Test
    void sameConfidencesOnTextTheNormalizersRewrite() {
        List<String> texts = List.of("", " ", "12345", "Hello world",
                "Visit https://example.com/a?b=c or mail news@example.org today, the 3rd of May 2024.",
                "Sooooo goood!!! hahaha jajaja :-) ;) #news @someone RT: read this",
                "İstanbul'da IŞIK ve ÇİÇEK; ΣΟΦΊΑ Ὀδυσσεύς; Straße ǅ ﬁ",
                "emoji 😀😃 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 𐐀𐐁 Deseret and a lone \uD83D surrogate \uDE00 here",
                "tab\tand\nnew lines\r\n   spaces     everywhere   ");
        for (String t : texts) assertSame(t);
    }

    @Test
    void sameConfidencesOnRandomText() {
        Random r = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ éèàüößçñ ЖЗИКЛМабвгде 日本語中文字 한국어 العربية 0123 .,;!?";
        for (int k = 0; k < 40; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(2000);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            assertSame(sb.toString());
        }
    }

    @Test
    void hashesAsCharBufferDoes() {
        String s = "aé日\uD83D\uDE00z";
        char[] c = s.toCharArray();
        NGramScorer.Grams g = NGramScorer.Grams.of(c);
        List<Integer> expected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int len = 1; len <= 3; len++) {
            for (int i = 0; i + len <= c.length; i++) {
                String gram = s.substring(i, i + len);
                if (seen.contains(gram)) continue;
                seen.add(gram);
                int h = CharBuffer.wrap(gram).hashCode();
                expected.add(h ^ (h >>> 16));
            }
        }
        assertThat(g.size).isEqualTo(expected.size());
        for (int i = 0; i < g.size; i++) assertThat(g.hashes[i]).isEqualTo(expected.get(i));
    }

    @Test
    void givesWayWhereABucketWouldBecomeATree() {
        // ideographs whose hashes (31 + c) are 16 apart fall in one bucket of the 16-bucket table
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 9; i++) sb.append((char) (0x4E00 + 16 * i));
        assertThat(NGramScorer.Grams.of(sb.toString().toCharArray()).hashMapOrder()).isNull();
        assertThat(scorer.rank(sb.toString())).isNull();
        // the detector then asks OpenNLP itself
        assertThat(OpenNlpLanguageDetector.shared().detect(sb.toString())).isNotNull();
    }
}
