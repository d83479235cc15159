package org.newsclip;

import org.newsclip.page.Page;

import java.util.Arrays;
import java.util.List;

/** Cheap checks on raw bytes before any parsing: empty, binary, oversized, not HTML. */
final class PageChecks {
    private static final int SNIFF_BYTES = 4096;

    private PageChecks() {
    }

    /** A rejection reason for bytes that are not a page at all, or null. */
    static String rejectionReason(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES);
        boolean blank = true;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c > ' ') blank = false;
            // NUL and other C0 controls (but tab, CR, LF, FF, ESC for ISO-2022) do not occur in text.
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) control++;
        }
        if (blank && b.length <= SNIFF_BYTES) return "empty";
        if (isUtf16(b)) return null;
        if (control > n / 100 + 1) return "binary";
        return null;
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
    }

    static String describe(String reason) {
        return switch (reason) {
            case "empty" -> "the page has no content";
            case "binary" -> "the bytes are binary data, not a text page";
            default -> null;
        };
    }

    static boolean looksLikeHtml(String html) {
        int limit = Math.min(html.length(), 1 << 20);
        for (int i = 0; i + 1 < limit; i++) {
            if (html.charAt(i) == '<') {
                char c = html.charAt(i + 1);
                if (Character.isLetter(c) || c == '!' || c == '?' || c == '/') return true;
            }
        }
        return false;
    }

    /** The page cut to {@code maxBytes}, with a warning, or the page itself when it fits. */
    static Page truncate(Page page, int maxBytes, List<String> warnings) {
        if (page.bytes().length <= maxBytes) return page;
        warnings.add("page truncated from " + page.bytes().length + " to " + maxBytes + " bytes");
        return new Page(Arrays.copyOf(page.bytes(), maxBytes), page.url(), page.headers(), page.source());
    }
}
