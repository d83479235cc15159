package org.newsclip.warc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides whether a payload is HTML: first by its declared media type, then by its first bytes, the way browsers
 * sniff a resource that declares no type or a generic one.
 */
final class HtmlSniffer {
    private static final int SNIFF_BYTES = 1024;
    private static final String[] HTML_STARTS = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
            "<script", "<div", "<p>", "<p ", "<h1", "<table", "<a ", "<br", "<iframe", "<font", "<b>", "<style",
            "<link", "<!--"};

    private HtmlSniffer() {
    }

    /** True when the bytes should go to the HTML extractor. */
    static boolean isHtml(String contentType, byte[] body) {
        if (startsBinary(body)) return false;
        String type = mediaType(contentType);
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) return true;
        if (!isGeneric(type)) return false;
        return looksHtml(body);
    }

    /** The bare media type, lower case, without parameters; "" when none. */
    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semi = contentType.indexOf(';');
        String t = (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(Locale.ROOT);
        return t;
    }

    /** Types that say nothing definite, so the bytes decide. */
    private static boolean isGeneric(String type) {
        return type.isEmpty() || type.equals("application/octet-stream") || type.equals("text/plain")
                || type.equals("unknown/unknown") || type.equals("application/unknown") || type.equals("*/*")
                || type.equals("text/xml") || type.equals("application/xml") || !type.contains("/");
    }

    private static boolean startsBinary(byte[] b) {
        return startsWith(b, "%PDF-") || startsWith(b, "\u0089PNG") || startsWith(b, "GIF8")
                || (b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8)
                || startsWith(b, "PK\u0003\u0004") || (b.length > 1 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b)
                || startsWith(b, "RIFF") || startsWith(b, "\u0000\u0000\u0001\u0000");
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((b[i] & 0xff) != magic.charAt(i)) return false;
        return true;
    }

    /** Skips a byte-order mark and white space, then looks for a tag that HTML begins with. */
    static boolean looksHtml(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES);
        String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        head = head.replaceFirst("^(\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)", "").stripLeading();
        if (head.startsWith("<?xml")) return head.contains("<html") || head.contains("xhtml");
        for (String s : HTML_STARTS) if (head.startsWith(s)) return true;
        return false;
    }
}
