package org.newsclip.output;

import org.newsclip.model.Article;
import org.newsclip.model.Author;
import org.newsclip.model.Image;
import org.newsclip.model.Publisher;
import org.newsclip.model.Related;
import org.newsclip.model.Source;

import java.util.List;

/** Articles for the writer tests: one with every field, one nearly empty, one in between. */
final class Samples {
    private Samples() {
    }

    static Article full() {
        Source src = Source.of("warc", "/data/CC-NEWS-1.warc.gz")
                .withWarc("CC-NEWS-1.warc.gz", 1234567890123L, 4567, "2024-03-01T12:00:00Z", "<urn:uuid:1>")
                .withHttp(200, "text/html; charset=utf-8").withCharset("UTF-8", "http", 9000);
        return Article.builder().url("https://n.example/a").canonicalUrl("https://n.example/a?c")
                .title("Tïtle — “quoted”").description("Desc").text("Para one.\n\nPara two ✓.")
                .authors(List.of(new Author("Jane Doe", "https://n.example/jane"), Author.of("John Roe")))
                .published("2024-02-29T08:00:00+01:00").modified("2024-03-01").language("en").locale("en_GB")
                .siteName("The Example").section("World").tags(List.of("bridges", "harbour"))
                .keywords(List.of("infrastructure")).pageType("article").genre("news")
                .images(List.of(new Image("https://n.example/i.jpg", 1200, 800, "A bridge", "Photo: X", Image.LEAD),
                        new Image("https://n.example/j.jpg", null, null, null, null, Image.BODY)))
                .publisher(new Publisher("Example Media", "https://n.example", null, null, "Example Media Ltd",
                        new Image("https://n.example/logo.png", 60, 60, null, null, null)))
                .wordCount(6).related(List.of(new Related("https://n.example/b", "B")))
                .license("https://creativecommons.org/licenses/by/4.0/").access("free")
                .source(src).fingerprint("0123456789abcdef").markdown("# T").html("<p>x</p>")
                .warnings(List.of("w1")).extractor("newsclip 0.1.0").build();
    }

    static Article sparse() {
        return Article.builder().url("https://n.example/empty").build();
    }

    static Article middle(int i) {
        return Article.builder().url("https://n.example/" + i).title("Title " + i)
                .text(("Sentence " + i + ". ").repeat(50)).wordCount(100)
                .authors(List.of(Author.of("A" + i))).tags(List.of()).build();
    }
}
