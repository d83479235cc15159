package org.newsclip.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.ExtractionResult;
import org.newsclip.model.Article;
import org.newsclip.page.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsclip.lang.OpenNlpLanguageDetectorTest.text;

/** The extractor with the OpenNLP detector, on small pages in several languages. */
class ArticleLanguageTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ExtractionOptions.builder()
            .languageDetector(OpenNlpLanguageDetector.shared()).build());

    private static Article extract(ArticleExtractor extractor, String htmlAttrs, String lang) {
        String[] paragraphs = text(lang).split("\n");
        StringBuilder html = new StringBuilder("<html" + htmlAttrs + "><head><title>Bus</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Bus</h1>");
        for (String p : paragraphs) html.append("<p>").append(p).append("</p>");
        html.append("</article></body></html>");
        ExtractionResult r = extractor.extract(Page.ofHtml(html.toString(), "https://example.org/news/1"));
        assertThat(r.isExtracted()).as(r.describe()).isTrue();
        return r.article();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "ru", "zh", "ja", "ar"})
    void anUndeclaredLanguageIsReadFromTheText(String lang) {
        Article a = extract(EXTRACTOR, "", lang);
        assertThat(a.language()).isEqualTo(lang);
        assertThat(a.locale()).isNull();
        assertThat(a.provenance()).containsEntry("language", "text");
        assertThat(a.warnings()).noneMatch(w -> w.startsWith("language"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ru", "zh", "ja", "ar"})
    void aTemplatesEnglishGivesWayToTheTextsLanguage(String lang) {
        Article a = extract(EXTRACTOR, " lang=\"en-US\"", lang);
        assertThat(a.language()).isEqualTo(lang);
        assertThat(a.locale()).isEqualTo("en-US");
        assertThat(a.provenance()).containsEntry("language", "text");
        assertThat(a.warnings()).contains("language: page declares en, text reads " + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "ru", "zh", "ja", "ar"})
    void aConsistentDeclarationIsKept(String lang) {
        Article a = extract(EXTRACTOR, " lang=\"" + lang + "\"", lang);
        assertThat(a.language()).isEqualTo(lang);
        assertThat(a.provenance()).containsEntry("language", "dom");
        assertThat(a.warnings()).noneMatch(w -> w.startsWith("language"));
    }

    @Test
    void aContradictionInTheSameScriptOtherThanEnglishIsLeftAlone() {
        // only the script and English's commonest words are checked: de declared over French text stands
        Article a = extract(EXTRACTOR, " lang=\"de\"", "fr");
        assertThat(a.language()).isEqualTo("de");
    }

    @Test
    void withoutADetectorTheRecordKeepsWhatThePageDeclares() {
        ArticleExtractor plain = new ArticleExtractor();
        assertThat(extract(plain, "", "de").language()).isNull();
        assertThat(extract(plain, " lang=\"en\"", "ru").language()).isEqualTo("en");
    }
}
