package org.newsclip.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.ExtractionResult;
import org.newsclip.metadata.Metadata;
import org.newsclip.model.Article;
import org.newsclip.model.Image;
import org.newsclip.page.Page;
import org.newsclip.render.MarkdownRenderer;
import org.newsclip.render.TextRenderer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every case folder under {@code content-cases/} (see the README there). */
class ContentCasesTest {
    private static final String DEFAULT_URL = "https://example.com/news/2024/05/story";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(ContentCasesTest.class.getResource("/content-cases").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static int count(String text, String snippet) {
        int n = 0;
        for (int i = text.indexOf(snippet); i >= 0; i = text.indexOf(snippet, i + 1)) n++;
        return n;
    }

    /** What one case produced. */
    private record Output(String text, String markdown, String pageType, List<String> images) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsCase(String name) throws Exception {
        Path dir = Path.of(getClass().getResource("/content-cases/" + name).toURI());
        byte[] html = Files.readAllBytes(dir.resolve("source.html"));
        JsonNode exp = JSON.readTree(dir.resolve("expected.json").toFile());
        String url = exp.path("url").asText(DEFAULT_URL);
        ExtractionOptions options = options(exp.path("options"));
        Output out = exp.has("metadata") ? contentOnly(html, url, exp.get("metadata"), options)
                : wholePipeline(html, url, options);

        for (JsonNode w : exp.path("with")) assertThat(out.text()).as("text of %s", name).contains(w.asText());
        for (JsonNode w : exp.path("without")) {
            assertThat(out.text()).as("text of %s", name).doesNotContain(w.asText());
        }
        for (JsonNode o : exp.path("once")) assertThat(count(out.text(), o.asText())).as("copies in %s", name).isEqualTo(1);
        for (JsonNode o : exp.path("twice")) assertThat(count(out.text(), o.asText())).as("copies in %s", name).isEqualTo(2);
        for (JsonNode m : exp.path("markdown")) {
            assertThat(out.markdown()).as("markdown of %s", name).contains(m.asText());
        }
        for (JsonNode m : exp.path("markdownWithout")) {
            assertThat(out.markdown()).as("markdown of %s", name).doesNotContain(m.asText());
        }
        for (JsonNode i : exp.path("images")) assertThat(out.images()).as("images of %s", name).contains(i.asText());
        if (exp.has("pageType")) assertThat(out.pageType()).as("page type of %s", name).isEqualTo(exp.get("pageType").asText());
        assertThat(out.text()).as("text of %s", name).isNotBlank();
    }

    private static Output wholePipeline(byte[] html, String url, ExtractionOptions options) {
        ExtractionResult r = new ArticleExtractor(options).extract(Page.of(html, url));
        Article a = r.article();
        assertThat(a).as(r.describe()).isNotNull();
        List<String> images = new ArrayList<>();
        for (Image i : a.images()) images.add(i.url());
        return new Output(a.text() == null ? "" : a.text(), a.markdown() == null ? "" : a.markdown(), a.pageType(),
                images);
    }

    private static Output contentOnly(byte[] html, String url, JsonNode m, ExtractionOptions options) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), url);
        Metadata meta = new Metadata(null, m.path("title").asText(null), null, null, null, null, null, null, null,
                null, null, null, null, null, m.path("schemaType").asText(null), null, null, null, null,
                m.path("articleBody").asText(null), null, null, null);
        Body body = new ContentExtractor().extract(doc, new ContentContext(url, meta, options));
        List<String> images = body.images().stream().map(Image::url).toList();
        return new Output(new TextRenderer().render(body.root()), new MarkdownRenderer().render(body.root()),
                body.pageType(), images);
    }

    private static ExtractionOptions options(JsonNode o) {
        ExtractionOptions.Builder b = ExtractionOptions.builder();
        if (o.has("includeComments")) b.includeComments(o.get("includeComments").asBoolean());
        if (o.has("includeLinks")) b.includeLinks(o.get("includeLinks").asBoolean());
        if (o.has("includeImages")) b.includeImages(o.get("includeImages").asBoolean());
        if (o.has("favorPrecision")) b.favorPrecision(o.get("favorPrecision").asBoolean());
        return b.build();
    }
}
