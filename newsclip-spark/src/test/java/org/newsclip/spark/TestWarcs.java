package org.newsclip.spark;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Tiny WARC files written by the tests with jwarc's WarcWriter. */
final class TestWarcs {
    private final WarcWriter writer;
    private final FileChannel channel;

    private TestWarcs(Path file, boolean gzip) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    static TestWarcs create(Path file, boolean gzip) throws IOException {
        return new TestWarcs(file, gzip);
    }

    /** An article page in the given language, with a title and a few paragraphs. */
    static String article(String lang, String title, int paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"" + lang + "\"><head><title>" + title
                + "</title></head><body><article><h1>" + title + "</h1>");
        for (int i = 1; i <= paragraphs; i++) {
            b.append("<p>Paragraph ").append(i).append(" of the story called ").append(title)
                    .append(", long enough to count as body text in any extractor worth the name.</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    TestWarcs response(String url, Instant date, int status, String contentType, String body) throws IOException {
        return response(url, date, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    TestWarcs response(String url, Instant date, int status, String contentType, byte[] payload) throws IOException {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + payload.length + "\r\n\r\n";
        byte[] http = concat(head.getBytes(StandardCharsets.US_ASCII), payload);
        writer.write(new WarcResponse.Builder(url).date(date).body(MediaType.HTTP_RESPONSE, http).build());
        return this;
    }

    TestWarcs html(String url, Instant date, String body) throws IOException {
        return response(url, date, 200, "text/html; charset=utf-8", body);
    }

    TestWarcs request(String url, Instant date) throws IOException {
        byte[] http = ("GET / HTTP/1.1\r\nHost: " + java.net.URI.create(url).getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        writer.write(new WarcRequest.Builder(url).date(date).body(MediaType.HTTP_REQUEST, http).build());
        return this;
    }

    void close() throws IOException {
        writer.close();
        channel.close();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
