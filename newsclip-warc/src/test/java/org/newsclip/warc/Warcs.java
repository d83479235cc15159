package org.newsclip.warc;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC files for the tests with jwarc's writer, the way crawlers write them. */
final class Warcs {
    static final Instant DATE = Instant.parse("2024-03-01T12:00:00Z");
    static final MediaType HTTP_RESPONSE = MediaType.parse("application/http;msgtype=response");

    private Warcs() {
    }

    static String html(String title) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><p>"
                + title + " body text.</p></article></body></html>";
    }

    /** Raw HTTP response bytes: status line, the given header lines, a blank line, the body. */
    static byte[] http(int status, String headerLines, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "HTTP/1.1 " + status + " X\r\n" + headerLines + "\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] htmlHttp(String title) {
        byte[] body = html(title).getBytes(StandardCharsets.UTF_8);
        return http(200, "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n", body);
    }

    static WarcResponse response(String url, byte[] httpBytes) {
        return new WarcResponse.Builder(url).recordId(id(url)).date(DATE).body(HTTP_RESPONSE, httpBytes).build();
    }

    static WarcResponse page(String url, String title) {
        return response(url, htmlHttp(title));
    }

    static WarcResource resource(String url, String type, byte[] body) {
        return new WarcResource.Builder(java.net.URI.create(url)).recordId(id(url)).date(DATE)
                .body(MediaType.parse(type), body).build();
    }

    /**
     * A record id derived from the URL: jwarc's default is a random UUID, which makes the compressed bytes, and so
     * the outcome of the tests that cut or damage gzip members, differ from run to run.
     */
    static java.net.URI id(String url) {
        return java.net.URI.create("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the records; returns the offset of each record in the file, then the file size. */
    static List<Long> write(Path file, WarcCompression compression, WarcRecord... records) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter w = new WarcWriter(ch, compression)) {
            for (WarcRecord r : records) {
                offsets.add(w.position());
                w.write(r);
            }
            offsets.add(w.position());
        }
        return offsets;
    }

    /** Writes the records as a plain WARC, then gzips the whole file as one member. */
    static void writeWholeGzip(Path file, WarcRecord... records) throws IOException {
        Path plain = file.resolveSibling(file.getFileName() + ".plain");
        write(plain, WarcCompression.NONE, records);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            Files.copy(plain, out);
        }
        Files.delete(plain);
    }

    static List<WarcItem> readAll(Path file) throws IOException {
        return readAll(file, WarcOptions.defaults());
    }

    static List<WarcItem> readAll(Path file, WarcOptions options) throws IOException {
        try (WarcPageReader r = WarcPageReader.open(file, options)) {
            List<WarcItem> items = new ArrayList<>();
            r.forEachRemaining(items::add);
            return items;
        }
    }

    static List<String> urls(List<WarcItem> items) {
        List<String> urls = new ArrayList<>();
        for (WarcItem i : items) if (i instanceof WarcItem.PageItem p) urls.add(p.page().url());
        return urls;
    }

    static List<WarcItem.Corrupt> corrupt(List<WarcItem> items) {
        List<WarcItem.Corrupt> c = new ArrayList<>();
        for (WarcItem i : items) if (i instanceof WarcItem.Corrupt x) c.add(x);
        return c;
    }

    /** A brotli stream holding {@code data} in one uncompressed meta-block (RFC 7932), since Java has no encoder. */
    static byte[] brotliStored(byte[] data) {
        if (data.length == 0 || data.length > 65536) throw new IllegalArgumentException();
        int v = ((data.length - 1) << 4) | (1 << 20); // WBITS=16 (bit 0), ISLAST=0, MNIBBLES=4, MLEN-1, ISUNCOMPRESSED
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
        out.write((v >> 16) & 0xff);
        out.writeBytes(data);
        out.write(0x03); // ISLAST=1, ISLASTEMPTY=1
        return out.toByteArray();
    }
}
