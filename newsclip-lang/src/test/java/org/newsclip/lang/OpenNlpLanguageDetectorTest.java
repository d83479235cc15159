package org.newsclip.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.newsclip.LanguageDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OpenNlpLanguageDetectorTest {
    static final LanguageDetector DETECTOR = OpenNlpLanguageDetector.shared();

    static String text(String lang) {
        try (InputStream in = OpenNlpLanguageDetectorTest.class.getResourceAsStream("/texts/" + lang + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "it", "pt", "pl", "ru", "zh", "ja", "ko", "ar"})
    void tellsTheLanguageOfAParagraph(String lang) {
        Optional<LanguageDetector.Guess> g = DETECTOR.detect(text(lang));
        assertThat(g).isPresent();
        assertThat(g.get().language()).isEqualTo(lang);
        assertThat(g.get().confidence()).isBetween(OpenNlpLanguageDetector.DEFAULT_MIN_CONFIDENCE, 1.0);
    }

    @Test
    void answersNothingForTooLittleOrMixedText() {
        assertThat(DETECTOR.detect(null)).isEmpty();
        assertThat(DETECTOR.detect("")).isEmpty();
        assertThat(DETECTOR.detect("Hello world")).isEmpty();
        assertThat(DETECTOR.detect("12.03.2024 — 18:30 · 4 · 7 · 99 % · € 12,50")).isEmpty();
        // two languages in equal parts: no language stands far enough above the other
        String en = text("en");
        String de = text("de");
        assertThat(DETECTOR.detect(en.substring(0, 160) + " " + de.substring(0, 160))).isEmpty();
    }

    @Test
    void readsOnlyTheHeadOfALongText() {
        String deFirst = (text("de") + " ").repeat(8) + text("fr").repeat(200);
        assertThat(DETECTOR.detect(deFirst)).map(LanguageDetector.Guess::language).contains("de");
        String frFirst = (text("fr") + " ").repeat(8) + text("de").repeat(200);
        assertThat(DETECTOR.detect(frFirst)).map(LanguageDetector.Guess::language).contains("fr");
        // a head that is half French, half German
        assertThat(DETECTOR.detect(text("fr") + " " + text("de").repeat(200))).isEmpty();
    }

    @Test
    void aHigherThresholdRefusesShortTexts() {
        OpenNlpLanguageDetector strict = OpenNlpLanguageDetector.shared().withMinConfidence(0.5);
        assertThat(strict.minConfidence()).isEqualTo(0.5);
        assertThat(strict.detect(text("ja"))).isEmpty();
        assertThat(strict.detect(text("de"))).map(LanguageDetector.Guess::language).contains("de");
        assertThatThrownBy(() -> strict.withMinConfidence(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        String[] langs = {"en", "de", "ru", "zh", "ar", "ja"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<LanguageDetector.Guess>>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String t = text(langs[i % langs.length]);
                futures.add(pool.submit(() -> DETECTOR.detect(t)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).map(LanguageDetector.Guess::language).contains(langs[i % langs.length]);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theModelReadDirectlyPredictsAsOpenNlpsOwnLoaderDoes() throws IOException {
        LanguageDetectorModel standard;
        LanguageDetectorModel direct;
        try (InputStream a = getClass().getResourceAsStream("/langdetect-183.bin");
             InputStream b = getClass().getResourceAsStream("/langdetect-183.bin")) {
            standard = new LanguageDetectorModel(a);
            direct = OpenNlpLanguageDetector.readModel(b);
        }
        for (String lang : new String[]{"en", "ru", "zh", "ar"}) {
            Language[] x = new LanguageDetectorME(standard).predictLanguages(text(lang));
            Language[] y = new LanguageDetectorME(direct).predictLanguages(text(lang));
            assertThat(y).hasSameSizeAs(x);
            for (int i = 0; i < 5; i++) {
                assertThat(y[i].getLang()).isEqualTo(x[i].getLang());
                assertThat(y[i].getConfidence()).isCloseTo(x[i].getConfidence(), within(1e-12));
            }
        }
    }

    @Test
    void sharedIsLoadedOnce() {
        assertThat(OpenNlpLanguageDetector.shared()).isSameAs(DETECTOR);
        assertThat(OpenNlpLanguageDetector.onDemand()).isSameAs(OpenNlpLanguageDetector.onDemand());
        assertThat(OpenNlpLanguageDetector.onDemand().detect(text("ru"))).map(LanguageDetector.Guess::language)
                .contains("ru");
    }
}
