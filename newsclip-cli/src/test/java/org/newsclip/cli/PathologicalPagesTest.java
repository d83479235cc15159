package org.newsclip.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.ExtractionResult;
import org.newsclip.model.Source;
import org.newsclip.page.Page;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated pathological pages through the real {@link ArticleExtractor} in the pipeline: none may hang the run or
 * take its memory. Each ends extracted, rejected, or failed with a reason; the page after them still comes through.
 */
class PathologicalPagesTest {

    private static SourceItem item(String name, String html) {
        Page p = new Page(html.getBytes(StandardCharsets.UTF_8), "https://patho.example/" + name, Map.of(),
                Source.of("string", name));
        return SourceItem.page(name, p, List.of());
    }

    static String deepNesting(int depth) {
        return "<html><body>" + "<div>".repeat(depth) + "deep text" + "</div>".repeat(depth) + "</body></html>";
    }

    static String hugeTextNode(int bytes) {
        return "<html><head><title>Huge</title></head><body><article><p>" + "word ".repeat(bytes / 5)
                + "</p></article></body></html>";
    }

    static String manyElements(int n) {
        return "<html><body><article>" + "<span>x</span>".repeat(n) + "</article></body></html>";
    }

    static String unclosedTables(int n) {
        return "<html><body>" + "<table><tr><td>".repeat(n) + "cell" + "</body></html>";
    }

    @Test
    @Timeout(180)
    void pathologicalPagesNeitherHangNorExhaustMemory() throws Exception {
        List<SourceItem> items = new ArrayList<>(List.of(
                item("deep-100000", deepNesting(100_000)),
                item("text-4mb", hugeTextNode(4 << 20)),
                item("elements-1m", manyElements(1_000_000)),
                item("tables-20000", unclosedTables(20_000)),
                item("after", ExtractCommandTest.page("After the storm"))));
        ArticleExtractor extractor = new ArticleExtractor(ExtractionOptions.defaults());
        List<String> outcomes = new ArrayList<>();
        List<ExtractionResult> results = new ArrayList<>();
        new ExtractPipeline(extractor::extract, 2, 1L << 30, Duration.ofSeconds(60))
                .run(ExtractPipelineTest.source(items), (item, r) -> {
                    results.add(r);
                    outcomes.add(item.name() + ": " + r.status() + (r.reason() == null ? "" : " " + r.reason()
                            + (r.detail() == null ? "" : " (" + r.detail() + ")")));
                });
        System.out.println("pathological pages: " + outcomes);
        assertThat(outcomes).hasSize(5);
        assertThat(results.get(4).isExtracted()).isTrue();
        for (ExtractionResult r : results) {
            // the extractor must cope with these pages on its own: a time-out or an overflow here is a finding
            assertThat(r.reason()).as(r.input()).isNotIn("timeout", "stack-overflow", "out-of-memory", "error");
        }
    }
}
