package org.newsclip;

import org.junit.jupiter.api.Test;
import org.newsclip.io.ArticleJson;
import org.newsclip.model.Article;
import org.newsclip.page.Page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {
    private static final String PAGE = """
            <html lang="en"><head><title>Rates rise again - Example News</title>
            <meta property="og:site_name" content="Example News"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Rates rise again</h1>
            <p>The central bank raised interest rates by half a point on Thursday, the third rise this year.</p>
            <p>Officials said inflation had stayed above the target for eighteen months in a row, and that more
            rises could follow if prices kept climbing through the winter.</p></article>
            <footer>© Example News</footer></body></html>""";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void extractsARecordAndLeavesEmptyFieldsOutOfJson() {
        ExtractionResult r = Newsclip.extract(PAGE, "https://example.org/world/rates");
        assertThat(r.status()).isEqualTo(ExtractionResult.Status.EXTRACTED);
        Article a = r.article();
        assertThat(a.title()).isEqualTo("Rates rise again");
        assertThat(a.text()).contains("third rise this year").doesNotContain("Home").doesNotContain("©");
        assertThat(a.wordCount()).isGreaterThan(30);
        assertThat(a.fingerprint()).hasSize(16);
        assertThat(a.extractor()).startsWith("newsclip/");
        String json = ArticleJson.toLine(a);
        assertThat(json).doesNotContain("\"\"").doesNotContain("null").doesNotContain("[]").doesNotContain("{}");
        assertThat(ArticleJson.fromJson(json)).isEqualTo(a);
    }

    @Test
    void rejectsWhatIsNoPageWithAReason() {
        assertThat(extractor.extract(Page.of(new byte[0], "x")).reason()).isEqualTo("empty");
        assertThat(extractor.extract(Page.of("  \n ".getBytes(StandardCharsets.UTF_8), "x")).reason())
                .isEqualTo("empty");
        byte[] binary = new byte[2000];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 7);
        ExtractionResult bin = extractor.extract(Page.of(binary, "file.bin"));
        assertThat(bin.status()).isEqualTo(ExtractionResult.Status.REJECTED);
        assertThat(bin.reason()).isEqualTo("binary");
        assertThat(bin.describe()).contains("file.bin").contains("binary");
        assertThat(extractor.extract(Page.of("just words".getBytes(StandardCharsets.UTF_8), "t")).reason())
                .isEqualTo("not-html");
    }

    @Test
    void neverModifiesTheCallersBytesAndCutsOversizedPages() {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] copy = bytes.clone();
        ArticleExtractor small = new ArticleExtractor(ExtractionOptions.builder().maxBytes(300).build());
        Article a = small.extract(Page.of(bytes, "https://example.org/")).article();
        assertThat(bytes).isEqualTo(copy);
        assertThat(a.warnings()).anyMatch(w -> w.contains("truncated"));
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        Article expected = extractor.extract(Page.ofHtml(PAGE, "https://example.org/")).article();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> extractor.extract(Page.ofHtml(PAGE, "https://example.org/")).article()));
            }
            for (Future<Article> f : futures) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }
}
