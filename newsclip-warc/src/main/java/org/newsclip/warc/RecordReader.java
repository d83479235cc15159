package org.newsclip.warc;

import org.newsclip.model.Source;
import org.newsclip.page.Page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Turns one framed WARC record into a page, or says why it holds none. Stateless. */
final class RecordReader {
    private RecordReader() {
    }

    static WarcItem interpret(RecordFramer.Raw raw, Function<RecordFramer.Raw, Source> source, WarcOptions options) {
        String type = raw.field("WARC-Type");
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        long offset = source.apply(raw).warcOffset();
        return switch (t) {
            case "response" -> response(raw, source.apply(raw), options);
            case "resource" -> resource(raw, source.apply(raw));
            default -> new WarcItem.Skipped(t.isEmpty() ? "no-type" : t, offset, target(raw));
        };
    }

    /** The record's target URI, without the angle brackets some writers put around it. */
    static String target(RecordFramer.Raw raw) {
        String u = raw.field("WARC-Target-URI");
        if (u != null && u.startsWith("<") && u.endsWith(">")) u = u.substring(1, u.length() - 1);
        return u;
    }

    /** True for a {@code response} record that holds an HTTP message (the framer splits off its head). */
    static boolean isHttpResponse(Map<String, String> fields) {
        return "response".equalsIgnoreCase(fields.get("WARC-Type")) && isHttp(fields.get("Content-Type"));
    }

    private static boolean isHttp(String contentType) {
        String warcType = HtmlSniffer.mediaType(contentType);
        return warcType.isEmpty() || warcType.equals("application/http");
    }

    private static WarcItem response(RecordFramer.Raw raw, Source src, WarcOptions options) {
        String url = target(raw);
        if (!isHttp(raw.field("Content-Type"))) {
            return new WarcItem.Skipped(WarcItem.BAD_HTTP, src.warcOffset(), url); // dns:, gemini:, ...
        }
        HttpPayload.Response http;
        try {
            http = HttpPayload.parse(raw.head(), raw.body(), raw.truncated(), options.maxPayloadBytes());
        } catch (HttpPayload.DecodeException e) {
            return new WarcItem.Skipped(e.getMessage(), src.warcOffset(), url);
        }
        if (http == null) return new WarcItem.Skipped(WarcItem.BAD_HTTP, src.warcOffset(), url);
        if (!options.keepNon2xx() && (http.status() < 200 || http.status() > 299)) {
            return new WarcItem.Skipped(WarcItem.HTTP_STATUS, src.warcOffset(), url);
        }
        String contentType = http.header("Content-Type");
        return page(http.body(), url, http.headers(), src.withHttp(http.status(), contentType), contentType,
                http.truncated());
    }

    private static WarcItem resource(RecordFramer.Raw raw, Source src) {
        String contentType = raw.field("Content-Type");
        Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
        return page(raw.body(), target(raw), headers, src.withHttp(null, contentType), contentType, raw.truncated());
    }

    private static WarcItem page(byte[] body, String url, Map<String, List<String>> headers, Source src,
                                 String contentType, boolean truncated) {
        if (body.length == 0) return new WarcItem.Skipped(WarcItem.EMPTY, src.warcOffset(), url);
        if (!HtmlSniffer.isHtml(contentType, body)) return new WarcItem.Skipped(WarcItem.NOT_HTML, src.warcOffset(), url);
        return new WarcItem.PageItem(new Page(body, url, headers, src), src.warcOffset(), truncated);
    }
}
