package org.newsclip.warc;

import org.brotli.dec.BrotliInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The HTTP response inside a WARC {@code response} record: status line, headers, and the body with its transfer
 * and content encodings undone. Output never grows past the size limit, so a compressed bomb stays small.
 */
final class HttpPayload {
    /** A parsed response; {@code body} is decoded, {@code truncated} when the limit cut it. */
    record Response(int status, Map<String, List<String>> headers, byte[] body, boolean truncated) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
            }
            return null;
        }
    }

    /** Thrown when the body cannot be decoded; the message is a skip reason. */
    static final class DecodeException extends Exception {
        DecodeException(String reason) {
            super(reason, null, false, false);
        }
    }

    private HttpPayload() {
    }

    /**
     * Parses an HTTP response from a block given in two parts, {@code head} followed by {@code body}, split anywhere;
     * null when it is not one. Where the head holds the whole status line and headers and nothing more (as the
     * framer splits a response record), the body array becomes the payload itself, without a copy.
     */
    static Response parse(byte[] head, byte[] body, boolean blockTruncated, int limit) throws DecodeException {
        int end = headEnd(head);
        if (end < 0) return body.length == 0 ? null : parse(concat(head, 0, body), NONE, blockTruncated, limit);
        Response r = parseHead(head, end);
        if (r == null) return null;
        byte[] raw = end == head.length ? body : concat(head, end, body);
        return decodeBody(r.status(), r.headers(), raw, blockTruncated, limit);
    }

    private static final byte[] NONE = new byte[0];

    /** {@code a} from {@code from} on, then {@code b}. */
    private static byte[] concat(byte[] a, int from, byte[] b) {
        byte[] all = Arrays.copyOfRange(a, from, a.length + b.length);
        System.arraycopy(b, 0, all, a.length - from, b.length);
        return all;
    }

    /**
     * Where the headers of the message in {@code b} end (just past the empty line after the first line), or -1 when
     * they do not end in {@code b}.
     */
    static int headEnd(byte[] b) {
        int p = indexOf(b, 0, b.length, (byte) '\n');
        if (p < 0) return -1;
        p++;
        while (true) {
            int e = indexOf(b, p, b.length, (byte) '\n');
            if (e < 0) return -1;
            if (e == p || (e == p + 1 && b[p] == '\r')) return e + 1;
            p = e + 1;
        }
    }

    /** The status and headers of a message whose headers end at {@code len}; null when it is not HTTP. */
    private static Response parseHead(byte[] block, int len) {
        int lineEnd = indexOf(block, 0, len, (byte) '\n');
        if (lineEnd < 0) return null;
        String statusLine = ascii(block, 0, lineEnd).trim();
        int status = parseStatus(statusLine);
        if (status < 0) return null;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int p = lineEnd + 1;
        while (true) {
            int e = indexOf(block, p, len, (byte) '\n');
            if (e < 0) return null; // headers never ended: the block was cut or is no HTTP
            String line = ascii(block, p, e);
            p = e + 1;
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isEmpty()) break;
            int colon = line.indexOf(':');
            if (colon <= 0) continue; // tolerate a broken header line, as browsers do
            headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return new Response(status, headers, NONE, false);
    }

    private static int parseStatus(String line) {
        if (!line.startsWith("HTTP/")) return -1;
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 2 || parts[1].length() != 3) return -1;
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Response decodeBody(int status, Map<String, List<String>> headers, byte[] raw, boolean truncated,
                                       int limit) throws DecodeException {
        Response r = new Response(status, headers, raw, truncated);
        byte[] body = raw;
        String te = lower(r.header("Transfer-Encoding"));
        if (te != null && te.contains("chunked")) {
            byte[] dechunked = Chunked.decode(body);
            // archives often store the body already de-chunked while keeping the header: then use it as it is
            if (dechunked != null) body = dechunked;
        }
        String ce = lower(r.header("Content-Encoding"));
        boolean cut = truncated;
        if (ce != null && !ce.isEmpty() && !ce.equals("identity") && !ce.equals("none")) {
            InputStream decoder = decoder(ce, body);
            if (decoder != null) {
                Bounded out = readBounded(decoder, limit, truncated);
                body = out.bytes;
                cut |= out.cut;
            }
        }
        return new Response(status, headers, body, cut);
    }

    /** A decoder for the encoding, or null when the body is evidently stored decoded already. */
    private static InputStream decoder(String ce, byte[] body) throws DecodeException {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        try {
            switch (ce) {
                case "gzip", "x-gzip":
                    return looksGzip(body) ? new GZIPInputStream(in, 8192) : null;
                case "deflate":
                    // servers send both zlib-wrapped and raw deflate under this name
                    boolean zlib = body.length >= 2 && (body[0] & 0x0f) == 8 && ((body[0] & 0xff) << 8 | (body[1] & 0xff)) % 31 == 0;
                    return new InflaterInputStream(in, new Inflater(!zlib), 8192);
                case "br":
                    return new BrotliInputStream(in);
                default:
                    throw new DecodeException(WarcItem.UNSUPPORTED_ENCODING);
            }
        } catch (IOException e) {
            throw new DecodeException(WarcItem.BAD_ENCODING);
        }
    }

    private static boolean looksGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private record Bounded(byte[] bytes, boolean cut) {
    }

    /**
     * Reads the decoded body up to the limit. When the input was cut, a decoding error at the end is expected and
     * what came before is kept; otherwise it is a {@code bad-encoding} record.
     */
    private static Bounded readBounded(InputStream in, int limit, boolean inputCut) throws DecodeException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try (in) {
            int r;
            while ((r = in.read(buf)) > 0) {
                int keep = Math.min(r, limit - out.size());
                out.write(buf, 0, keep);
                if (keep < r || out.size() >= limit) return new Bounded(out.toByteArray(), true);
            }
        } catch (IOException | RuntimeException e) {
            if (!inputCut || out.size() == 0) throw new DecodeException(WarcItem.BAD_ENCODING);
            return new Bounded(out.toByteArray(), true);
        }
        return new Bounded(out.toByteArray(), false);
    }

    static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) if (b[i] == c) return i;
        return -1;
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
