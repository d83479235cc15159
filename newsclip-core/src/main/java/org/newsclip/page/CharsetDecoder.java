package org.newsclip.page;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. The charset is decided in the order browsers use: byte-order mark, HTTP
 * {@code Content-Type}, a {@code <meta>} prescan of the first bytes, a statistical detector, then UTF-8. Stateless
 * and thread-safe.
 */
public final class CharsetDecoder {
    private static final int PRESCAN_BYTES = 4096;
    private static final int DETECT_BYTES = 65536;
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    public DecodedPage decode(Page page) {
        byte[] b = page.bytes();
        List<String> warnings = new ArrayList<>();
        Charset bom = bomCharset(b);
        if (bom != null) {
            String html = bom == StandardCharsets.UTF_8 ? utf8(b, 3) : new String(b, 2, b.length - 2, bom);
            return new DecodedPage(html, bom.name(), "bom", warnings);
        }
        Charset http = charsetFrom(page.header("Content-Type"));
        if (http != null) return decodeDeclared(b, http, "http", warnings);
        Charset meta = prescanMeta(b);
        if (meta != null) return decodeDeclared(b, meta, "meta", warnings);
        String utf8 = Utf8.decode(b, 0);
        if (utf8 != null) return new DecodedPage(utf8, "UTF-8", "detector", warnings);
        Charset detected = detect(b);
        if (detected != null) return new DecodedPage(new String(b, detected), detected.name(), "detector", warnings);
        return new DecodedPage(new String(b, StandardCharsets.UTF_8), "UTF-8", "default", warnings);
    }

    /**
     * Pages often declare one charset while serving UTF-8 (templates copied between sites, archives that re-encode);
     * non-ASCII bytes that form valid UTF-8 throughout are almost never meant as Latin-1 or GBK, so the bytes win.
     */
    private DecodedPage decodeDeclared(byte[] b, Charset declared, String how, List<String> warnings) {
        boolean utf8 = declared.equals(StandardCharsets.UTF_8);
        if (!utf8 && !declared.name().startsWith("UTF-16") && hasMultiByteUtf8(b)) {
            String text = Utf8.decode(b, 0); // null unless the bytes are well-formed UTF-8
            if (text != null) {
                warnings.add("charset conflict: " + how + " declares " + declared.name() + " but the bytes are UTF-8");
                return new DecodedPage(text, "UTF-8", "detector", warnings);
            }
        }
        return new DecodedPage(utf8 ? utf8(b, 0) : new String(b, declared), declared.name(), how, warnings);
    }

    /** {@code b[from..]} decoded as UTF-8: by {@link Utf8} where well-formed, else by the JDK (replacement chars). */
    private static String utf8(byte[] b, int from) {
        String text = Utf8.decode(b, from);
        return text != null ? text : new String(b, from, b.length - from, StandardCharsets.UTF_8);
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** The charset named in a Content-Type value, or null when absent or unknown. */
    public static Charset charsetFrom(String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : null;
    }

    static Charset prescanMeta(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        // the regex is asked only from where a "<meta" opens (the leftmost match can start nowhere before it): its
        // own scan tried every position of the 4 KB, which cost more than decoding most of the page
        for (int at = metaOpening(head, 0); at >= 0 && meta.find(at); at = metaOpening(head, meta.end())) {
            Matcher m = CHARSET.matcher(meta.group());
            if (m.find()) {
                Charset c = lookup(m.group(1));
                if (c != null) return c;
            }
        }
        return null;
    }

    /** The first "&lt;meta" at or after {@code from}, ASCII case-insensitive (as the pattern's), or -1. */
    static int metaOpening(String s, int from) {
        for (int i = s.indexOf('<', from); i >= 0 && i + 4 < s.length(); i = s.indexOf('<', i + 1)) {
            // c | 0x20 folds exactly the ASCII capital to its small letter, and nothing else onto a letter
            if ((s.charAt(i + 1) | 0x20) == 'm' && (s.charAt(i + 2) | 0x20) == 'e' && (s.charAt(i + 3) | 0x20) == 't'
                    && (s.charAt(i + 4) | 0x20) == 'a') {
                return i;
            }
        }
        return -1;
    }

    static Charset lookup(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 / UTF-8 in every browser, whatever the page says.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        } else if (n.equals("utf8") || n.equals("unicode") || n.equals("utf-16")) {
            n = "utf-8";
        } else if (n.equals("gb2312") || n.equals("gbk")) {
            n = "gb18030";
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean hasMultiByteUtf8(byte[] b) {
        return Utf8.asciiPrefix(b, 0) < b.length;
    }

    private static Charset detect(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, DETECT_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : lookup(name);
    }
}
