package org.newsclip.metadata;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsclip.model.Author;
import org.newsclip.model.Image;
import org.newsclip.page.Page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Golden tests over small hand-made pages, one per JSON-LD shape. */
class JsonLdPagesTest {
    private final MetadataExtractor extractor = new MetadataExtractor();

    private Metadata extract(String name, String url) throws IOException {
        String html;
        try (InputStream in = getClass().getResourceAsStream("/metadata/pages/" + name)) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document doc = Jsoup.parse(html, url);
        String before = doc.outerHtml();
        Metadata m = extractor.extract(doc, Page.ofHtml(html, url));
        assertThat(doc.outerHtml()).as("the document is not modified").isEqualTo(before);
        return m;
    }

    @Test
    void graphWithReferences() throws IOException {
        Metadata m = extract("graph.html", "https://valley.example/rain/");
        assertThat(m.title()).isEqualTo("Rain Returns To The Valley");
        assertThat(m.schemaType()).isEqualTo("NewsArticle");
        assertThat(m.authors()).containsExactly(new Author("Ann Lee", "https://valley.example/author/ann-lee/"));
        assertThat(m.published()).isEqualTo("2024-03-02T08:15:00+00:00");
        assertThat(m.modified()).as("modified before published is dropped").isNull();
        assertThat(m.publisher().name()).isEqualTo("The Valley Post");
        assertThat(m.publisher().legalName()).isEqualTo("Valley Media Ltd");
        assertThat(m.publisher().email()).isEqualTo("desk@valley.example");
        assertThat(m.publisher().telephone()).isEqualTo("+44 20 0000 0000");
        assertThat(m.publisher().logo().width()).isEqualTo(600);
        assertThat(m.images()).extracting(Image::url, Image::width, Image::height, Image::caption, Image::role)
                .containsExactly(tuple("https://valley.example/img/rain.jpg", 1200, 800, "Rain over the hills", "lead"));
        assertThat(m.section()).isEqualTo("Weather");
        assertThat(m.tags()).containsExactly("rain", "weather");
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.locale()).isEqualTo("en_GB");
        assertThat(m.siteName()).isEqualTo("The Valley Post");
        assertThat(m.genre()).isEqualTo("News");
        assertThat(m.access()).isEqualTo("paywalled");
        assertThat(m.canonicalUrl()).isEqualTo("https://valley.example/rain/");
        assertThat(m.articleBody()).isEqualTo("The rain came back on Saturday.");
        assertThat(m.provenance()).containsEntry("authors", "json-ld").containsEntry("published", "json-ld")
                .containsEntry("title", "dom");
    }

    @Test
    void brokenJsonIsRepairedAndOrganisationsAreNotAuthors() throws IOException {
        Metadata m = extract("broken.html", "https://riverside.example/bridge");
        assertThat(m.schemaType()).isEqualTo("ReportageNewsArticle");
        assertThat(m.title()).isEqualTo("Council Approves New Bridge");
        assertThat(m.description()).contains("an entity").doesNotContain("&amp;");
        assertThat(m.authors()).extracting(Author::name).containsExactly("Jane Doe", "John Smith");
        assertThat(m.published()).isEqualTo("2023-11-08");
        assertThat(m.warnings()).anyMatch(w -> w.contains("JSON-LD"));
    }

    @Test
    void nestedMainEntityWithImageVariants() throws IOException {
        Metadata m = extract("nested.html", "https://stadt.example/bruecke");
        assertThat(m.schemaType()).isEqualTo("BlogPosting");
        assertThat(m.authors()).extracting(Author::name).containsExactly("Heike Muster", "Karl Beispiel");
        assertThat(m.published()).isEqualTo("2022-01-21T10:00:00+01:00");
        assertThat(m.section()).isEqualTo("Lokales");
        assertThat(m.images()).extracting(Image::url, Image::width, Image::height).containsExactly(
                tuple("https://stadt.example/a.jpg", 1920, 1080),
                tuple("https://stadt.example/c.jpg", null, null),
                tuple("https://stadt.example/b.jpg", 1920, 1920));
        assertThat(m.related()).extracting(r -> r.url()).containsExactly("https://stadt.example/alte-bruecke");
        assertThat(m.keywords()).containsExactly("Brücke", "Stadt");
        assertThat(m.language()).isEqualTo("de");
    }

    @Test
    void unreadableJsonLdFallsBackToMeta() throws IOException {
        Metadata m = extract("unreadable.html", "https://garden.example/p");
        assertThat(m.warnings()).contains("JSON-LD unreadable");
        assertThat(m.authors()).extracting(Author::name).containsExactly("Mia Gardener");
        assertThat(m.published()).isEqualTo("2021-05-04T10:00:00Z");
        assertThat(m.provenance()).containsEntry("published", "opengraph").containsEntry("authors", "meta");
    }
}
