package org.newsclip.cli;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** WARC files written by the tests with jwarc's writer, shaped like CC-NEWS files. */
final class TestWarcs {
    static final Instant DATE = Instant.parse("2024-03-01T12:00:00Z");
    static final MediaType HTTP_RESPONSE = MediaType.parse("application/http;msgtype=response");

    private TestWarcs() {
    }

    static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    static WarcResponse response(String url, int status, String contentType, String body) {
        return new WarcResponse.Builder(url).date(DATE)
                .body(HTTP_RESPONSE, http(status, contentType, body.getBytes(StandardCharsets.UTF_8)))
                .addHeader("WARC-IP-Address", "192.0.2.1").build();
    }

    static WarcResponse page(String url, String title) {
        return response(url, 200, "text/html; charset=UTF-8", ExtractCommandTest.page(title));
    }

    static WarcRequest request(String url) throws IOException {
        return new WarcRequest.Builder(URI.create(url)).date(DATE)
                .body(new HttpRequest.Builder("GET", URI.create(url).getPath()).addHeader("User-Agent", "CCBot/2.0")
                        .build()).build();
    }

    /**
     * A CC-NEWS-shaped file: warcinfo, then request/response pairs, with a PDF, a 404, a revisit and an empty page
     * among them. Pages: {@code pages} articles titled "Story i".
     */
    static List<WarcRecord> ccNews(String host, int pages) throws IOException {
        List<WarcRecord> r = new ArrayList<>();
        r.add(new Warcinfo.Builder().date(DATE).filename("CC-NEWS-test.warc.gz")
                .fields(Map.of("isPartOf", List.of("CC-NEWS"))).build());
        WarcResponse first = null;
        for (int i = 0; i < pages; i++) {
            String url = "https://" + host + "/story/" + i;
            r.add(request(url));
            WarcResponse p = page(url, "Story " + i + " from " + host);
            if (first == null) first = p;
            r.add(p);
            if (i == 1) {
                r.add(response("https://" + host + "/report.pdf", 200, "application/pdf", "%PDF-1.5\n..."));
                r.add(response("https://" + host + "/gone", 404, "text/html", "<html><body>gone</body></html>"));
                r.add(new WarcRevisit.Builder(URI.create(url + "?amp"), URI.create(
                        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(DATE)
                        .refersTo(first.id(), first.targetURI(), DATE).build());
                r.add(response("https://" + host + "/empty", 200, "text/html", ""));
            }
        }
        return r;
    }

    /** Writes the records; returns the offset of each record, then the file size. */
    static List<Long> write(Path file, WarcCompression compression, List<? extends WarcRecord> records)
            throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter w = new WarcWriter(ch, compression)) {
            for (WarcRecord rec : records) {
                offsets.add(w.position());
                w.write(rec);
            }
            offsets.add(w.position());
        }
        return offsets;
    }

    /** Pages only: {@code n} articles, for the big runs. */
    static void pages(Path file, String host, int n) throws IOException {
        List<WarcRecord> r = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            for (int i = 0; i < n; i++) {
                String url = "https://" + host + "/p/" + i;
                if (i % 10 == 0) w.write(request(url));
                w.write(page(url, "Story " + i + " of " + host));
            }
        }
    }
}
