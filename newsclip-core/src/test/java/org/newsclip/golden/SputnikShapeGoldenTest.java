package org.newsclip.golden;

import org.junit.jupiter.api.Test;
import org.newsclip.ArticleExtractor;
import org.newsclip.model.Article;
import org.newsclip.model.Image;
import org.newsclip.page.Page;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every field a Sputnik-style JSON-LD article declares comes out filled (page: golden/sputnik-shape.html). */
class SputnikShapeGoldenTest {
    private static final String URL = "https://sputnikglobe.com/20230916/kremlin-comments-1113400000.html";

    @Test
    void everyDeclaredFieldIsFilled() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/golden/sputnik-shape.html")) {
            bytes = in.readAllBytes();
        }
        Article a = new ArticleExtractor().extract(Page.of(bytes, URL)).article();

        assertThat(a.title()).isEqualTo("Kremlin Comments on Kim Jong Un Visit");
        assertThat(a.published()).startsWith("2023-09-16T10:12");
        assertThat(a.modified()).startsWith("2023-09-16T11:30");
        assertThat(a.section()).isEqualTo("world");
        assertThat(a.tags()).contains("kim jong un", "russia", "north korea");
        assertThat(a.keywords()).contains("kim jong un", "vladimir putin");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.locale()).isEqualTo("en_EN");
        assertThat(a.siteName()).isEqualTo("Sputnik International");
        assertThat(a.genre()).isEqualTo("News");
        assertThat(a.canonicalUrl()).isEqualTo(URL);
        assertThat(a.description()).isEqualTo("The Kremlin said the talks were productive.");
        assertThat(a.publisher().name()).isEqualTo("Sputnik International");
        assertThat(a.publisher().legalName()).isEqualTo("MIA Rossiya Segodnya");
        assertThat(a.publisher().email()).isEqualTo("feedback@sputniknews.com");
        assertThat(a.publisher().telephone()).isEqualTo("+7 495 645 6601");
        assertThat(a.publisher().logo().width()).isEqualTo(140);
        assertThat(a.images()).filteredOn(i -> Image.LEAD.equals(i.role()))
                .extracting(Image::width, Image::height)
                .contains(tuple(1920, 1080), tuple(1920, 1440), tuple(1920, 1920));
        assertThat(a.related()).extracting(r -> r.url())
                .contains("https://sputnikglobe.com/20230915/putin-kim-talks-1113390000.html");
        assertThat(a.authors()).as("an organisation is the publisher, not an author").isEmpty();
        assertThat(a.text()).contains("talks between the two leaders had been productive")
                .doesNotContain("Home").doesNotContain("© 2023");
        assertThat(a.provenance()).containsEntry("genre", "json-ld").containsKey("images");
    }
}
