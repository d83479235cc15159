package org.newsclip.warc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts the uncompressed stream into WARC records: version line, header fields, a block of Content-Length bytes,
 * and the CRLF CRLF that ends a record. The block is held up to the payload limit; the rest is skipped, never
 * buffered. When the framing is wrong it says where to look for the next record.
 */
final class RecordFramer {
    private static final byte[] RECORD_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    /**
     * A framed record: its header fields (first value of each, case-insensitive) and its block, in two parts: for an
     * HTTP response, {@code head} holds the status line and headers up to the blank line that ends them and
     * {@code body} the rest (so that the payload needs no copy of its own); for any other record {@code head} is
     * empty and {@code body} is the whole block.
     */
    record Raw(Map<String, String> fields, byte[] head, byte[] body, boolean truncated, WarcInput.Position start,
               WarcInput.Position end) {
        String field(String name) {
            return fields.get(name);
        }
    }

    private static final byte[] NONE = new byte[0];

    /**
     * The framing of the record at {@code start} is wrong; look again for a record from {@code resyncFrom},
     * skipping one byte first when {@code skipOne} (so the same bad bytes are not matched again).
     */
    static final class FramingException extends Exception {
        final WarcInput.Position start;
        final WarcInput.Position resyncFrom;
        final boolean skipOne;

        FramingException(String reason, WarcInput.Position start, WarcInput.Position resyncFrom, boolean skipOne) {
            super(reason, null, false, false);
            this.start = start;
            this.resyncFrom = resyncFrom;
            this.skipOne = skipOne;
        }
    }

    private final WarcInput in;
    private final WarcOptions options;

    RecordFramer(WarcInput in, WarcOptions options) {
        this.in = in;
        this.options = options;
    }

    /** The next record, or null at the end of the input. */
    Raw next() throws IOException, FramingException {
        WarcInput.Position start = in.settle();
        byte[] header = readHeader(start);
        if (header == null) return null;
        Map<String, String> fields = parseFields(header, start);
        WarcInput.Position headerEnd = in.position();
        long length = contentLength(fields.get("Content-Length"), start, headerEnd);
        int keep = (int) Math.min(length, options.maxPayloadBytes());
        byte[] head = RecordReader.isHttpResponse(fields) ? readHttpHead(keep) : NONE;
        byte[] body = new byte[keep - head.length];
        int got = head.length + in.readFully(body, 0, body.length);
        long skipped = length > keep ? in.skip(length - keep) : 0;
        if (got < keep || skipped < length - keep) {
            throw new FramingException("record cut short: the file ends inside its block", start, headerEnd, false);
        }
        checkTrailer(start, headerEnd);
        return new Raw(fields, head, body, length > keep, start, in.settle());
    }

    /**
     * The start of an HTTP message: its first line and the lines after it up to and including the first empty one
     * ({@code \n} or {@code \r\n}, the end of the headers as {@link HttpPayload#parse} reads them), at most
     * {@code max} bytes, fewer where the input ends. Read a byte at a time, as the WARC header is.
     */
    private byte[] readHttpHead(int max) throws IOException {
        byte[] buf = new byte[Math.min(max, 1024)];
        int n = 0;
        int lineStart = -1; // -1 while on the first line, which never ends the headers
        while (n < max) {
            int c = in.read();
            if (c < 0) break;
            if (n == buf.length) buf = java.util.Arrays.copyOf(buf, (int) Math.min(max, 2L * n));
            buf[n++] = (byte) c;
            if (c != '\n') continue;
            int line = n - 1 - lineStart;
            if (lineStart >= 0 && (line == 0 || (line == 1 && buf[lineStart] == '\r'))) break;
            lineStart = n;
        }
        return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
    }

    /** Header bytes up to the blank line, or null at a clean end of input. */
    private byte[] readHeader(WarcInput.Position start) throws IOException, FramingException {
        int max = options.maxHeaderBytes();
        byte[] buf = new byte[512];
        int n = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (n == 0) return null;
                throw new FramingException("file ends inside a record header", start, start, true);
            }
            if (n < RECORD_START.length - 2 && c != RECORD_START[n]) {
                throw new FramingException("no WARC record here (garbage or not a WARC file)", start, start, true);
            }
            if (n == buf.length) {
                if (n >= max) throw new FramingException("record header too long", start, start, true);
                buf = java.util.Arrays.copyOf(buf, Math.min(max, n * 2));
            }
            buf[n++] = (byte) c;
            if (c == '\n' && endsWithBlankLine(buf, n)) return java.util.Arrays.copyOf(buf, n);
        }
    }

    private static boolean endsWithBlankLine(byte[] b, int n) {
        return (n >= 2 && b[n - 2] == '\n') || (n >= 3 && b[n - 2] == '\r' && b[n - 3] == '\n');
    }

    private static Map<String, String> parseFields(byte[] header, WarcInput.Position start) {
        Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String[] lines = new String(header, StandardCharsets.UTF_8).split("\r?\n");
        fields.put("WARC-Version", lines[0].trim());
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) fields.putIfAbsent(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
        }
        return fields;
    }

    private static long contentLength(String value, WarcInput.Position start, WarcInput.Position headerEnd)
            throws FramingException {
        try {
            long n = value == null ? -1 : Long.parseLong(value.trim());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FramingException("missing or bad Content-Length: " + value, start, headerEnd, false);
    }

    /** A record ends with CRLF CRLF; anything else means its Content-Length does not fit its block. */
    private void checkTrailer(WarcInput.Position start, WarcInput.Position headerEnd)
            throws IOException, FramingException {
        byte[] t = new byte[4];
        int got = in.readFully(t, 0, 4);
        if (got == 0) return; // a file that ends right after the block has lost only its trailer
        if (got < 4 || t[0] != '\r' || t[1] != '\n' || t[2] != '\r' || t[3] != '\n') {
            throw new FramingException("Content-Length does not match the record (no CRLF CRLF after the block)",
                    start, headerEnd, false);
        }
    }

    /**
     * Reads on from the current position to the next line that begins a WARC record and stops in front of it;
     * false when the input ends first.
     */
    boolean scanToRecord() throws IOException {
        WarcInput.Position candidate = null;
        int matched = 0;
        boolean lineStart = true;
        while (true) {
            if (matched == 0 && lineStart) candidate = in.position();
            int c = in.read();
            if (c < 0) return false;
            if (matched > 0 || lineStart) {
                if (c == RECORD_START[matched]) {
                    matched++;
                    lineStart = false;
                    if (matched == RECORD_START.length) {
                        in.seek(candidate);
                        return true;
                    }
                    continue;
                }
                matched = 0;
            }
            lineStart = c == '\n';
        }
    }
}
