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
import org.newsclip.model.Source;
import org.newsclip.page.Page;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsclip.warc.Warcs.*;

class WarcPageReaderTest {
    @TempDir
    Path dir;

    private WarcRecord[] mixed() throws IOException {
        WarcResponse first = page("https://news.example/a", "First");
        return new WarcRecord[]{
                new Warcinfo.Builder().date(DATE).filename("mixed.warc").fields(Map.of("software", List.of("t"))).build(),
                new WarcRequest.Builder(URI.create("https://news.example/a")).date(DATE)
                        .body(new HttpRequest.Builder("GET", "/a").build()).build(),
                first,
                new WarcRevisit.Builder(URI.create("https://news.example/a2"), URI.create(
                        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(DATE)
                        .refersTo(first.id(), first.targetURI(), DATE).build(),
                response("https://news.example/doc.pdf", http(200, "Content-Type: application/pdf\r\n",
                        "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII))),
                resource("https://news.example/b", "text/html; charset=windows-1252",
                        "<html><body><p>caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1)),
                new org.netpreserve.jwarc.WarcMetadata.Builder().date(DATE).targetURI(URI.create("https://news.example/a"))
                        .body(org.netpreserve.jwarc.MediaType.parse("application/warc-fields"), "k: v\r\n".getBytes()).build(),
                response("https://news.example/gone", http(404, "Content-Type: text/html\r\n", html("gone").getBytes())),
        };
    }

    @Test
    void plainWarcGivesPagesAndCountsTheRest() throws IOException {
        Path f = dir.resolve("mixed.warc");
        List<Long> offsets = write(f, WarcCompression.NONE, mixed());
        checkMixed(f, offsets);
    }

    @Test
    void perRecordGzipGivesMemberOffsets() throws IOException {
        Path f = dir.resolve("mixed.warc.gz");
        List<Long> offsets = write(f, WarcCompression.GZIP, mixed());
        checkMixed(f, offsets);
    }

    private void checkMixed(Path f, List<Long> offsets) throws IOException {
        try (WarcPageReader r = WarcPageReader.open(f)) {
            List<WarcItem> items = r.stream().toList();
            assertThat(items).hasSize(8);
            assertThat(urls(items)).containsExactly("https://news.example/a", "https://news.example/b");
            WarcItem.PageItem a = (WarcItem.PageItem) items.get(2);
            Source s = a.page().source();
            assertThat(s.kind()).isEqualTo("warc");
            assertThat(s.warcFile()).isEqualTo(f.getFileName().toString());
            assertThat(s.warcOffset()).isEqualTo(offsets.get(2)).isEqualTo(a.offset());
            assertThat(s.warcLength()).isEqualTo(offsets.get(3) - offsets.get(2));
            assertThat(s.warcDate()).isEqualTo("2024-03-01T12:00:00Z");
            assertThat(s.warcRecordId()).startsWith("<urn:uuid:");
            assertThat(s.httpStatus()).isEqualTo(200);
            assertThat(s.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(a.page().header("content-type")).isEqualTo("text/html; charset=utf-8");
            assertThat(new String(a.page().bytes(), StandardCharsets.UTF_8)).isEqualTo(html("First"));
            assertThat(a.truncated()).isFalse();

            Page b = ((WarcItem.PageItem) items.get(5)).page();
            assertThat(b.header("Content-Type")).isEqualToIgnoringWhitespace("text/html; charset=windows-1252");
            assertThat(b.source().httpStatus()).isNull();
            assertThat(b.source().warcOffset()).isEqualTo(offsets.get(5));

            WarcStats st = r.stats();
            assertThat(st.records()).isEqualTo(8);
            assertThat(st.pages()).isEqualTo(2);
            assertThat(st.corrupt()).isZero();
            assertThat(st.skipped()).containsEntry("warcinfo", 1L).containsEntry("request", 1L)
                    .containsEntry("revisit", 1L).containsEntry("metadata", 1L)
                    .containsEntry(WarcItem.NOT_HTML, 1L).containsEntry(WarcItem.HTTP_STATUS, 1L);
            assertThat(st.skippedTotal()).isEqualTo(6);
            assertThat(st.bytes()).isEqualTo(offsets.get(offsets.size() - 1));
            assertThat(((WarcItem.Skipped) items.get(4)).offset()).isEqualTo(offsets.get(4));
        }
    }

    @Test
    void wholeFileGzipIsReadWithUncompressedOffsets() throws IOException {
        Path plain = dir.resolve("x.warc");
        List<Long> offsets = write(plain, WarcCompression.NONE, mixed());
        Path f = dir.resolve("whole.warc.gz");
        writeWholeGzip(f, mixed());
        List<WarcItem> items = readAll(f);
        assertThat(urls(items)).containsExactly("https://news.example/a", "https://news.example/b");
        // the same records at the same uncompressed places as in the plain file
        assertThat(items.get(2).offset()).isEqualTo(offsets.get(2));
        assertThat(items.get(5).offset()).isEqualTo(offsets.get(5));
        assertThat(corrupt(items)).isEmpty();
    }

    @Test
    void keepNon2xxReturnsErrorPages() throws IOException {
        Path f = dir.resolve("e.warc");
        write(f, WarcCompression.NONE, mixed());
        List<WarcItem> items = readAll(f, WarcOptions.defaults().keepNon2xx(true));
        assertThat(urls(items)).contains("https://news.example/gone");
    }

    @Test
    void emptyFileHasNoItems() throws IOException {
        Path f = dir.resolve("empty.warc");
        java.nio.file.Files.write(f, new byte[0]);
        assertThat(readAll(f)).isEmpty();
    }
}
