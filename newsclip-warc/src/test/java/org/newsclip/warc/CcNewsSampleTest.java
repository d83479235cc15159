package org.newsclip.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;
import org.newsclip.ArticleExtractor;
import org.newsclip.model.Article;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsclip.warc.Warcs.*;

/**
 * A small file shaped like a CC-NEWS WARC (warcinfo, then request/response pairs per fetched URL, with a revisit
 * and a PDF among them, per-record gzip, Common Crawl's header fields), read end to end into Articles.
 */
class CcNewsSampleTest {
    @TempDir
    Path dir;

    private static final String STORY = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Harbour bridge reopens after repairs | The Daily Example</title>
            <meta property="og:title" content="Harbour bridge reopens after repairs">
            <meta name="author" content="Jane Reporter">
            <meta property="article:published_time" content="2024-02-29T08:00:00Z">
            </head><body><header><nav><a href="/">Home</a></nav></header>
            <article><h1>Harbour bridge reopens after repairs</h1>
            <p>The harbour bridge reopened to traffic on Thursday after eight months of repairs to its deck.</p>
            <p>Engineers replaced the worn bearings and resurfaced the road, the council said in a statement.</p>
            </article><footer>Copyright The Daily Example</footer></body></html>
            """;

    private static WarcResponse ccResponse(String url, String contentType, byte[] body) {
        byte[] http = http(200, "Content-Type: " + contentType + "\r\nX-Crawler-Content-Encoding: gzip\r\n"
                + "Content-Length: " + body.length + "\r\n", body);
        return new WarcResponse.Builder(url).date(DATE).body(HTTP_RESPONSE, http)
                .addHeader("WARC-IP-Address", "192.0.2.1")
                .addHeader("WARC-Identified-Payload-Type", contentType.split(";")[0]).build();
    }

    private static WarcRequest ccRequest(String url) throws IOException {
        return new WarcRequest.Builder(URI.create(url)).date(DATE)
                .body(new HttpRequest.Builder("GET", URI.create(url).getPath()).addHeader("User-Agent", "CCBot/2.0")
                        .build()).build();
    }

    @Test
    void readsACcNewsShapedFileIntoArticles() throws IOException {
        String a = "https://daily.example/2024/02/29/harbour-bridge";
        String b = "https://daily.example/2024/02/29/council-budget";
        WarcResponse first = ccResponse(a, "text/html; charset=UTF-8", STORY.getBytes(StandardCharsets.UTF_8));
        WarcRecord[] records = {
                new Warcinfo.Builder().date(DATE).filename("CC-NEWS-20240229080000-00001.warc.gz")
                        .fields(Map.of("isPartOf", List.of("CC-NEWS"), "software", List.of("test"))).build(),
                ccRequest(a), first,
                ccRequest(b), ccResponse(b, "text/html", STORY.replace("Harbour bridge reopens", "Council sets budget")
                        .getBytes(StandardCharsets.UTF_8)),
                ccRequest("https://daily.example/report.pdf"),
                ccResponse("https://daily.example/report.pdf", "application/pdf", "%PDF-1.5\n...".getBytes()),
                new WarcRevisit.Builder(URI.create(a + "?amp"), URI.create(
                        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(DATE)
                        .refersTo(first.id(), first.targetURI(), DATE).build(),
        };
        Path f = dir.resolve("CC-NEWS-20240229080000-00001.warc.gz");
        List<Long> offsets = write(f, WarcCompression.GZIP, records);

        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> articles = new ArrayList<>();
        try (WarcPageReader r = WarcPageReader.open(f)) {
            r.forEachRemaining(item -> {
                if (item instanceof WarcItem.PageItem p) articles.add(extractor.extract(p.page()).article());
            });
            assertThat(r.stats().pages()).isEqualTo(2);
            assertThat(r.stats().skipped()).containsEntry("request", 3L).containsEntry("warcinfo", 1L)
                    .containsEntry("revisit", 1L).containsEntry(WarcItem.NOT_HTML, 1L);
        }
        assertThat(articles).extracting(Article::url).containsExactly(a, b);
        Article first0 = articles.get(0);
        assertThat(first0.text()).contains("eight months of repairs");
        assertThat(first0.source().warcFile()).isEqualTo(f.getFileName().toString());
        assertThat(first0.source().warcOffset()).isEqualTo(offsets.get(2));
        assertThat(first0.source().warcLength()).isEqualTo(offsets.get(3) - offsets.get(2));
        assertThat(first0.source().httpStatus()).isEqualTo(200);
        assertThat(first0.source().charset()).isEqualToIgnoringCase("UTF-8");
    }
}
