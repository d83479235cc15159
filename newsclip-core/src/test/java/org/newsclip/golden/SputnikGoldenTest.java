package org.newsclip.golden;

import org.junit.jupiter.api.Test;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionResult;
import org.newsclip.model.Article;
import org.newsclip.model.Author;
import org.newsclip.model.Image;
import org.newsclip.model.Related;
import org.newsclip.page.Page;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * End-to-end metadata on two Sputnik pages (htmldate test set, see resources/golden/README.md): every field the
 * pages declare. They declare no JSON-LD, so no publisher e-mail, telephone, legal name or genre.
 */
class SputnikGoldenTest {
    private static final String EN_URL = "https://sputniknews.com/radio_the_critical_hour/202004281079127690-some-us-"
            + "states-begin-lifting-lockdowns-vp-pence-defiantly-tours-clinic-unmasked/";
    private static final String AR_URL = "https://arabic.sputniknews.com/arab_world/202003171044893040-%D9%85%D8%B5%D8"
            + "%B1-%D8%AA%D8%B3%D8%AC%D9%84-30-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%88%D8"
            + "%AD%D8%A7%D9%84%D8%AA%D9%8A-%D9%88%D9%81%D8%A7%D8%A9-%D8%A8%D9%81%D9%8A%D8%B1%D9%88%D8%B3-%D9%83%D9%88"
            + "%D8%B1%D9%88%D9%86%D8%A7/";

    private static Article extract(String file, String url) throws IOException {
        byte[] bytes;
        try (InputStream in = SputnikGoldenTest.class.getResourceAsStream("/golden/" + file)) {
            bytes = in.readAllBytes();
        }
        ExtractionResult r = new ArticleExtractor().extract(Page.of(bytes, url));
        assertThat(r.article()).as(r.describe()).isNotNull();
        return r.article();
    }

    @Test
    void englishPage() throws IOException {
        Article a = extract("1592175395.html", EN_URL);
        assertThat(a.title()).isEqualTo("Some US States Begin Lifting Lockdowns, VP Pence Defiantly Tours Clinic Unmasked");
        assertThat(a.published()).isEqualTo("2020-04-28T22:57:38Z");
        assertThat(a.modified()).isEqualTo("2020-04-29T11:14:24Z");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Wilmer Leon");
        assertThat(a.section()).isEqualTo("The Critical Hour");
        assertThat(a.tags()).startsWith("bailout", "US Federal Reserve Bank", "Voting", "Greg Palast");
        assertThat(a.images()).filteredOn(i -> Image.LEAD.equals(i.role()))
                .extracting(Image::url, Image::width, Image::height)
                .startsWith(tuple("https://cdn1.img.sputniknews.com/images/107839/95/1078399546.jpg", 700, 440))
                .contains(tuple("https://sputniknews.com/sharing_snippet/1079127690.png?1588114658", null, null));
        assertThat(a.text()).contains("Dr. Yolandra Hancock");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.canonicalUrl()).isEqualTo(EN_URL);
        assertThat(a.description()).startsWith("On this episode of The Critical Hour, Dr. Wilmer Leon is joined by");
        assertThat(a.siteName()).isEqualTo("Sputnik International");
        assertThat(a.publisher().name()).isEqualTo("Sputnik International");
        assertThat(a.provenance()).containsEntry("published", "meta").containsEntry("section", "microdata")
                .containsEntry("title", "dom");
    }

    @Test
    void arabicPage() throws IOException {
        Article a = extract("1550981615.html", AR_URL);
        assertThat(a.title()).isEqualTo("مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا");
        assertThat(a.published()).isEqualTo("2020-03-17T17:27:41Z");
        assertThat(a.modified()).isEqualTo("2020-03-17T17:49:09Z");
        assertThat(a.section()).isEqualTo("العالم العربي");
        assertThat(a.keywords()).containsExactly("مصر", "كورونا", "إصابات");
        assertThat(a.tags()).contains("مصر");
        assertThat(a.images()).extracting(Image::url, Image::width, Image::height)
                .startsWith(tuple("https://cdnarabic1.img.sputniknews.com/images/104442/35/1044423504.jpg", 700, 440));
        assertThat(a.text()).isNotBlank();
        assertThat(a.related()).extracting(Related::title)
                .contains("أمريكا تعتزم منح مواطنيها دفعات مالية لمواجهة ضغوط كورونا الاقتصادية");
        assertThat(a.related()).allMatch(r -> r.url().startsWith("https://arabic.sputniknews.com/"));
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.canonicalUrl()).isEqualTo(AR_URL);
        assertThat(a.description()).startsWith("أعلنت وزارة الصحة والسكان المصرية");
        assertThat(a.siteName()).isEqualTo("Sputnik Arabic");
    }
}
