package org.newsclip.warc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 chunked transfer coding. */
final class Chunked {
    private Chunked() {
    }

    /**
     * Joins the chunks of a chunked body, or returns null when the bytes are not chunked (so the caller can use them
     * as they are). A body cut inside a chunk keeps the chunks before and the part of that chunk that is there.
     */
    static byte[] decode(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int p = 0;
        boolean first = true;
        while (p < b.length) {
            int eol = HttpPayload.indexOf(b, p, Math.min(b.length, p + 256), (byte) '\n');
            if (eol < 0) return first ? null : out.toByteArray();
            long size = chunkSize(new String(b, p, eol - p, StandardCharsets.ISO_8859_1));
            if (size < 0) return first ? null : out.toByteArray();
            first = false;
            p = eol + 1;
            if (size == 0) break;
            int n = (int) Math.min(size, b.length - p);
            out.write(b, p, n);
            p += n;
            if (p < b.length && b[p] == '\r') p++;
            if (p < b.length && b[p] == '\n') p++;
        }
        return out.toByteArray();
    }

    private static long chunkSize(String line) {
        String s = line.trim();
        int semi = s.indexOf(';');
        if (semi >= 0) s = s.substring(0, semi).trim();
        if (s.isEmpty() || s.length() > 15) return -1;
        try {
            return Long.parseLong(s, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
