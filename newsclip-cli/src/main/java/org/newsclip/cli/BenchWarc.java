package org.newsclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the benchmark's WARC file from the pages of gold-set folders: one gzip member per {@code response} record,
 * as Common Crawl writes them. A set folder with a {@code cases.jsonl} gives each page its URL; other folders are
 * walked for HTML files.
 */
final class BenchWarc {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A page of the benchmark: its URL and file (pages are read one at a time, never all held). */
    record Page(String url, Path file) {
        byte[] html() throws IOException {
            return Files.readAllBytes(file);
        }
    }

    private BenchWarc() {
    }

    /** The pages of the folders, in order. */
    static List<Page> pages(List<Path> folders) throws IOException {
        List<Page> out = new ArrayList<>();
        for (Path dir : folders) {
            Path cases = dir.resolve("cases.jsonl");
            if (Files.isRegularFile(cases)) fromCases(dir, cases, out);
            else fromFiles(dir, out);
        }
        return out;
    }

    private static void fromCases(Path dir, Path cases, List<Page> out) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                Path html = dir.resolve(n.path("html").asText());
                if (!Files.isRegularFile(html)) continue;
                String url = n.path("url").asText("https://bench.invalid/" + n.path("id").asText());
                out.add(new Page(url, html));
            }
        }
    }

    private static void fromFiles(Path dir, List<Page> out) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(PageFiles::hasPageExtension).sorted().toList()) {
                out.add(new Page("https://bench.invalid/" + dir.relativize(p), p));
            }
        }
    }

    /** Writes the pages as a per-record gzip WARC, {@code copies} times over; returns the bytes of HTML. */
    static long write(List<Page> pages, int copies, Path file) throws IOException {
        long html = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int c = 0; c < copies; c++) {
                for (Page p : pages) {
                    byte[] bytes = p.html();
                    html += bytes.length;
                    GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 64 * 1024);
                    gz.write(record(p.url(), bytes));
                    gz.finish();
                }
            }
        }
        return html;
    }

    static byte[] record(String url, byte[] html) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + html.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url
                + "\r\nWARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID()
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (head.length + html.length) + "\r\n\r\n";
        byte[] w = warc.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[w.length + head.length + html.length + 4];
        System.arraycopy(w, 0, all, 0, w.length);
        System.arraycopy(head, 0, all, w.length, head.length);
        System.arraycopy(html, 0, all, w.length + head.length, html.length);
        all[all.length - 4] = '\r';
        all[all.length - 3] = '\n';
        all[all.length - 2] = '\r';
        all[all.length - 1] = '\n';
        return all;
    }

    /** Lets each gzip member finish without closing the file. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
