package org.newsclip.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsclip.warc.Warcs.*;

class PayloadDecodingTest {
    private static final String HTML = html("Encoded");
    private static final byte[] BODY = HTML.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private WarcItem one(String headers, byte[] body) throws IOException {
        return one(headers, body, WarcOptions.defaults());
    }

    private WarcItem one(String headers, byte[] body, WarcOptions options) throws IOException {
        Path f = dir.resolve("one.warc");
        write(f, WarcCompression.NONE, response("https://x.example/p", http(200, headers, body)),
                page("https://x.example/after", "After"));
        List<WarcItem> items = readAll(f, options);
        assertThat(items).hasSize(2);
        assertThat(urls(items)).endsWith("https://x.example/after");
        return items.get(0);
    }

    private static String text(WarcItem item) {
        assertThat(item).isInstanceOf(WarcItem.PageItem.class);
        return new String(((WarcItem.PageItem) item).page().bytes(), StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] b, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(6, raw))) {
            d.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] chunked(byte[] b, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < b.length; i += size) {
            int n = Math.min(size, b.length - i);
            out.writeBytes((Integer.toHexString(n) + ";ext=1\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void chunkedTransferIsJoined() throws IOException {
        assertThat(text(one("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked(BODY, 7))))
                .isEqualTo(HTML);
    }

    @Test
    void chunkedHeaderOverAnAlreadyJoinedBodyKeepsTheBody() throws IOException {
        assertThat(text(one("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", BODY))).isEqualTo(HTML);
    }

    @Test
    void gzipDeflateAndBrotliAreDecoded() throws IOException {
        assertThat(text(one("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzip(BODY)))).isEqualTo(HTML);
        assertThat(text(one("Content-Type: text/html\r\nContent-Encoding: deflate\r\n", deflate(BODY, false))))
                .isEqualTo(HTML);
        assertThat(text(one("Content-Type: text/html\r\nContent-Encoding: deflate\r\n", deflate(BODY, true))))
                .isEqualTo(HTML);
        assertThat(text(one("Content-Type: text/html\r\nContent-Encoding: br\r\n", brotliStored(BODY))))
                .isEqualTo(HTML);
    }

    @Test
    void chunkedAndGzipTogether() throws IOException {
        String h = "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n";
        assertThat(text(one(h, chunked(gzip(BODY), 10)))).isEqualTo(HTML);
    }

    @Test
    void gzipHeaderOverAPlainBodyKeepsTheBody() throws IOException {
        assertThat(text(one("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", BODY))).isEqualTo(HTML);
    }

    @Test
    void unknownOrBrokenEncodingsAreSkipped() throws IOException {
        WarcItem zstd = one("Content-Type: text/html\r\nContent-Encoding: zstd\r\n", BODY);
        assertThat(((WarcItem.Skipped) zstd).reason()).isEqualTo(WarcItem.UNSUPPORTED_ENCODING);
        byte[] broken = gzip(BODY);
        for (int i = 12; i < broken.length - 8; i++) broken[i] = (byte) 0xff;
        WarcItem bad = one("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", broken);
        assertThat(((WarcItem.Skipped) bad).reason()).isEqualTo(WarcItem.BAD_ENCODING);
    }

    @Test
    void nonHtmlIsSkippedByTypeThenBySniffing() throws IOException {
        assertThat(((WarcItem.Skipped) one("Content-Type: image/png\r\n", BODY)).reason()).isEqualTo(WarcItem.NOT_HTML);
        assertThat(((WarcItem.Skipped) one("Content-Type: text/html\r\n", "%PDF-1.7 x".getBytes()))
                .reason()).isEqualTo(WarcItem.NOT_HTML);
        assertThat(((WarcItem.Skipped) one("Content-Type: application/octet-stream\r\n", "just words".getBytes()))
                .reason()).isEqualTo(WarcItem.NOT_HTML);
        assertThat(text(one("Content-Type: application/octet-stream\r\n", ("\ufeff  " + HTML).getBytes(StandardCharsets.UTF_8))))
                .endsWith("</html>");
        assertThat(text(one("", BODY))).isEqualTo(HTML);
        assertThat(((WarcItem.Skipped) one("Content-Type: text/html\r\n", new byte[0])).reason()).isEqualTo(WarcItem.EMPTY);
    }

    @Test
    void oversizedPayloadIsCutAndFlagged() throws IOException {
        String big = "<html><body>" + "<p>word word word</p>".repeat(5000) + "</body></html>";
        WarcItem item = one("Content-Type: text/html\r\n", big.getBytes(StandardCharsets.UTF_8),
                WarcOptions.defaults().maxPayloadBytes(16 * 1024));
        WarcItem.PageItem p = (WarcItem.PageItem) item;
        assertThat(p.truncated()).isTrue();
        assertThat(p.page().bytes().length).isLessThanOrEqualTo(16 * 1024).isGreaterThan(15 * 1024);
    }

    @Test
    void decompressionBombStopsAtTheLimit() throws IOException {
        byte[] huge = new byte[20 << 20];
        System.arraycopy(BODY, 0, huge, 0, BODY.length);
        WarcItem item = one("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzip(huge),
                WarcOptions.defaults().maxPayloadBytes(64 * 1024));
        WarcItem.PageItem p = (WarcItem.PageItem) item;
        assertThat(p.truncated()).isTrue();
        assertThat(p.page().bytes()).hasSize(64 * 1024);
    }
}
