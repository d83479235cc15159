package org.newsclip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclip.model.Article;
import org.newsclip.page.Page;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TextLanguageTest {
    private static final String EN = "The city council met on Tuesday evening to discuss the new budget for public "
            + "transport. Several members argued that the bus network should be extended to the northern suburbs, "
            + "where many families have moved in recent years. The mayor said that a decision would be made before "
            + "the end of the month, after the public had been consulted on the plans.";
    private static final String DE = "Der Stadtrat hat am Dienstagabend über den neuen Haushalt für den öffentlichen "
            + "Nahverkehr beraten. Mehrere Mitglieder forderten, das Busnetz in die nördlichen Vororte auszuweiten, "
            + "wohin in den letzten Jahren viele Familien gezogen sind. Die Bürgermeisterin kündigte an, dass noch "
            + "vor Ende des Monats eine Entscheidung fallen werde.";
    private static final String RU = "Городской совет собрался во вторник вечером, чтобы обсудить новый бюджет "
            + "общественного транспорта. Несколько депутатов предложили продлить автобусные маршруты в северные "
            + "районы, куда в последние годы переехало много семей.";
    private static final String JA = "市議会は火曜日の夜に会合を開き、公共交通の新しい予算について話し合った。何人かの議員は、"
            + "近年多くの家族が移り住んだ北部の郊外までバス路線を延ばすべきだと主張した。市長は、市民の意見を聞いたうえで、"
            + "月末までに決定すると述べた。";
    private static final String ZH = "市议会星期二晚上开会，讨论公共交通的新预算。几位议员认为，公交线路应该延伸到北部郊区，"
            + "因为近年来有很多家庭搬到了那里。市长表示，在征求市民意见之后，将在月底之前作出决定。";
    private static final String AR = "اجتمع مجلس المدينة مساء الثلاثاء لمناقشة الميزانية الجديدة للنقل العام. وطالب عدد "
            + "من الأعضاء بتوسيع شبكة الحافلات لتشمل الضواحي الشمالية التي انتقلت إليها عائلات كثيرة.";
    private static final String LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
            + "tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation "
            + "ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in "
            + "voluptate velit esse cillum dolore eu fugiat nulla pariatur.";

    /** Answers a fixed language and counts its calls. */
    static final class Counting implements LanguageDetector {
        final AtomicInteger calls = new AtomicInteger();
        final String answer;

        Counting(String answer) {
            this.answer = answer;
        }

        @Override
        public Optional<Guess> detect(String text) {
            calls.incrementAndGet();
            return answer == null ? Optional.empty() : Optional.of(new Guess(answer, 0.99));
        }
    }

    private static Article extract(LanguageDetector detector, String htmlAttrs, String body) {
        String html = "<html" + htmlAttrs + "><head><title>Bus lines</title></head><body><article><h1>Bus lines</h1>"
                + "<p>" + body + "</p><p>" + body + "</p></article></body></html>";
        ExtractionOptions options = ExtractionOptions.builder().languageDetector(detector).build();
        ExtractionResult r = new ArticleExtractor(options).extract(Page.ofHtml(html, "https://example.org/a"));
        assertThat(r.isExtracted()).as(r.describe()).isTrue();
        return r.article();
    }

    @Test
    void defaultOptionsNeverDetect() {
        assertThat(ExtractionOptions.defaults().languageDetector()).isNull();
        Article a = new ArticleExtractor().extract(Page.ofHtml("<html><body><article><p>" + DE + "</p></article>"
                + "</body></html>", "https://example.org/a")).article();
        assertThat(a.language()).isNull();
        assertThat(a.provenance()).doesNotContainKey("language");
    }

    @Test
    void aConsistentDeclarationStandsWithoutAskingTheDetector() {
        Counting detector = new Counting("fr");
        for (String[] page : new String[][]{{"en-GB", EN}, {"de", DE}, {"ru", RU}, {"ja", JA}, {"zh-CN", ZH},
                {"ar", AR}, {"en", LOREM}}) {
            Article a = extract(detector, " lang=\"" + page[0] + "\"", page[1]);
            assertThat(a.language()).isEqualTo(page[0].substring(0, 2));
            assertThat(a.locale()).isEqualTo(page[0]);
            assertThat(a.provenance()).containsEntry("language", "dom");
            assertThat(a.warnings()).noneMatch(w -> w.startsWith("language"));
        }
        assertThat(detector.calls).hasValue(0);
    }

    @Test
    void anUndeclaredLanguageComesFromTheText() {
        Counting detector = new Counting("de");
        Article a = extract(detector, "", DE);
        assertThat(detector.calls).hasValue(1);
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.locale()).isNull();
        assertThat(a.provenance()).containsEntry("language", "text");
        assertThat(a.warnings()).noneMatch(w -> w.startsWith("language"));
    }

    @Test
    void aContradictedDeclarationGivesWayWithAWarning() {
        Counting detector = new Counting("ru");
        Article a = extract(detector, " lang=\"en-US\"", RU);
        assertThat(detector.calls).hasValue(1);
        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.locale()).isEqualTo("en-US");
        assertThat(a.provenance()).containsEntry("language", "text");
        assertThat(a.warnings()).contains("language: page declares en, text reads ru");
    }

    @Test
    void aTemplatesDefaultEnglishIsCheckedAgainstLatinText() {
        Counting detector = new Counting("de");
        Article a = extract(detector, " lang=\"en-US\"", DE);
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.warnings()).contains("language: page declares en, text reads de");
    }

    @Test
    void theDeclarationStandsWhenTheDetectorAgreesIsUnsureOrFails() {
        Article agrees = extract(new Counting("en"), " lang=\"en\"", RU);
        assertThat(agrees.language()).isEqualTo("en");
        assertThat(agrees.provenance()).containsEntry("language", "dom");
        assertThat(agrees.warnings()).noneMatch(w -> w.startsWith("language"));
        Counting unsure = new Counting(null);
        assertThat(extract(unsure, " lang=\"en\"", RU).language()).isEqualTo("en");
        assertThat(unsure.calls).hasValue(1);
        assertThat(extract(unsure, "", DE).language()).isNull();
        LanguageDetector broken = text -> {
            throw new IllegalStateException("model missing");
        };
        assertThat(extract(broken, " lang=\"en\"", RU).language()).isEqualTo("en");
    }

    @Test
    void fillerTextIsNotJudged() {
        Counting detector = new Counting("la");
        assertThat(extract(detector, "", LOREM).language()).isNull();
        assertThat(detector.calls).hasValue(0);
    }

    @ParameterizedTest(name = "{0} fits {1}: {2}")
    @CsvSource({
            "en, EN, true", "en, DE, false", "en, RU, false", "en, ZH, false", "en, AR, false",
            "de, DE, true", "de, EN, true", "de, RU, false", "ru, RU, true", "uk, RU, true", "ru, DE, false",
            "sr, RU, true", "sr, DE, true", "zh, ZH, true", "zh, JA, false", "ja, JA, true", "ja, ZH, false",
            "ko, ZH, false", "ar, AR, true", "fa, AR, true", "ar, EN, false", "he, AR, false", "en, SHORT, true",
            "ru, SHORT, true", "en, LOREM, false"})
    void fitsTellsWhetherTheTextCanBeInTheDeclaredLanguage(String declared, String text, boolean fits) {
        String sample = switch (text) {
            case "EN" -> EN;
            case "DE" -> DE;
            case "RU" -> RU;
            case "ZH" -> ZH;
            case "JA" -> JA;
            case "AR" -> AR;
            case "LOREM" -> LOREM;
            default -> "Kurzer Text, ganz kurz.";
        };
        assertThat(TextLanguage.fits(declared, sample)).isEqualTo(fits);
    }

    @Test
    void theSampleIsTheHeadOfTheBodyOrTitleAndDescriptionBeforeAShortOne() {
        String longBody = (EN + " ").repeat(20);
        String s = TextLanguage.sample(longBody, "Title", "Description");
        assertThat(s).hasSizeLessThanOrEqualTo(TextLanguage.SAMPLE_CHARS).startsWith("The city council")
                .doesNotEndWith(" ");
        assertThat(TextLanguage.sample("Short body.", "Title", "Description"))
                .isEqualTo("Title\nDescription\nShort body.");
        assertThat(TextLanguage.sample("", null, "Description")).isEqualTo("Description");
        assertThat(TextLanguage.sample(null, null, null)).isEmpty();
    }

    @Test
    void englishWordsAreFoundWithoutAStringPerWord() {
        java.util.Random r = new java.util.Random(11);
        String[] words = {"The", "THE", "the", "and", "of", "That", "WITH", "thé", "théir", "ofx", "abou", "about",
                "Which", "wOuLd", "you", "die", "und", "der", "la", "el", "ihr", "yours", "ab", "a"};
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder();
            int english = 0;
            int all = 0;
            for (int i = r.nextInt(80); i > 0; i--) {
                String w = words[r.nextInt(words.length)];
                sb.append(w).append(r.nextBoolean() ? " " : ", ");
                all++;
                if (LanguageVocabulary.ENGLISH_WORDS.contains(lowerAscii(w))) english++;
            }
            boolean expected = english >= 10 || all < 40 || english * 50 >= all;
            assertThat(TextLanguage.readsEnglish(sb.toString())).as(sb.toString()).isEqualTo(expected);
        }
    }

    private static String lowerAscii(String w) {
        StringBuilder sb = new StringBuilder();
        for (char c : w.toCharArray()) sb.append(c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c);
        return sb.toString();
    }

    @Test
    void scriptTableAnswersAsTheJdkForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (TextLanguage.script(cp) != Character.UnicodeScript.of(cp).ordinal()) {
                assertThat(TextLanguage.script(cp)).as("U+%04X", cp).isEqualTo(Character.UnicodeScript.of(cp).ordinal());
            }
        }
    }
}
