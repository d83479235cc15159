package org.newsclip.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Which files in a folder are pages, and how their bytes are read: gunzipped and capped at a size. */
final class PageFiles {
    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".shtml", ".html.gz",
            ".htm.gz");
    private static final List<String> HTML_MARKERS = List.of("<!doctype html", "<html", "<head", "<body", "<meta",
            "<title");
    private static final int SNIFF = 1024;

    private PageFiles() {
    }

    /** Bytes read from an input, and whether there was more than the cap. */
    record Content(byte[] bytes, boolean truncated) {
    }

    /** Whether a file met while walking a folder is a page: by its extension, or sniffed when it has none. */
    static boolean isPage(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return hasPageExtension(file) || !name.contains(".") && sniffsAsHtml(file);
    }

    /** Whether the file's name ends like a page's. */
    static boolean hasPageExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (name.endsWith(ext)) return true;
        }
        return false;
    }

    private static boolean sniffsAsHtml(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        String s = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = s.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (i >= s.length() || s.charAt(i) != '<') return false;
        return HTML_MARKERS.stream().anyMatch(s::contains);
    }

    /**
     * Reads at most {@code max} bytes of a stream, gunzipping it when it starts with the gzip magic bytes. Reading
     * only up to the cap is what keeps a huge (or a gzip-bomb) input from taking the memory of the run.
     */
    static Content read(InputStream raw, int max) throws IOException {
        InputStream in = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) in = new GZIPInputStream(in, 64 * 1024);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
        byte[] buf = new byte[64 * 1024];
        int total = 0;
        while (total < max) {
            int n = in.read(buf, 0, Math.min(buf.length, max - total));
            if (n < 0) return new Content(out.toByteArray(), false);
            out.write(buf, 0, n);
            total += n;
        }
        return new Content(out.toByteArray(), in.read() >= 0);
    }
}
