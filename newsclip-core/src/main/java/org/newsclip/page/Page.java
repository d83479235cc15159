package org.newsclip.page;

import org.newsclip.model.Source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fetched page as it arrived: its bytes, its URL, the HTTP headers where known, and where it came from. The
 * extractor never writes to {@code bytes}; callers must not either once the page is handed over.
 *
 * @param headers HTTP response headers; names are matched case-insensitively
 */
public record Page(byte[] bytes, String url, Map<String, List<String>> headers, Source source) {

    public Page {
        if (bytes == null) throw new IllegalArgumentException("page bytes are null");
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) headers.forEach((k, v) -> { if (k != null && v != null) h.put(k, List.copyOf(v)); });
        headers = java.util.Collections.unmodifiableMap(h);
        if (source == null) source = Source.of(url == null ? "string" : "http", url);
    }

    public static Page of(byte[] bytes, String url) {
        return new Page(bytes, url, Map.of(), null);
    }

    /** A page from text already decoded (the charset decision is then {@code given}). */
    public static Page ofHtml(String html, String url) {
        Map<String, List<String>> h = Map.of("Content-Type", List.of("text/html; charset=UTF-8"));
        return new Page(html.getBytes(StandardCharsets.UTF_8), url, h, Source.of("string", url));
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
