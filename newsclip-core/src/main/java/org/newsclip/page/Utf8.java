package org.newsclip.page;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes well-formed UTF-8, several times faster than JDK 17's {@code new String(bytes, UTF_8)} on the pages this
 * project meets. Nearly every page holds some character above U+00FF (a curly quote, a dash); from there on the JDK
 * decodes byte by byte into an array sized for the worst case and then copies it to its true length. Pages are
 * mostly markup, that is runs of ASCII: here those runs are found eight bytes at a time and widened to chars by the
 * JDK's vectorised Latin-1 inflation ({@code String.getChars}); only the multi-byte sequences are decoded one by one.
 *
 * <p>Malformed input gives {@code null}: the caller then decodes with the JDK, whose replacement characters this class
 * does not imitate. On well-formed input the text is the JDK's, char for char (the decoding is a function; Utf8Test
 * pins the two together). Stateless and thread-safe.
 */
final class Utf8 {
    /** ASCII runs at least this long are widened by {@code getChars}; shorter ones by a plain loop (call overhead). */
    private static final int BULK = 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /** The text of {@code b[from..]}, or null if those bytes are not well-formed UTF-8. */
    static String decode(byte[] b, int from) {
        int n = b.length;
        int i = asciiPrefix(b, from);
        if (i == n) return new String(b, from, n - from, StandardCharsets.ISO_8859_1); // ASCII: the same chars
        // the bytes as Latin-1 chars, index for index: an ASCII run of it is that run decoded
        String latin = new String(b, StandardCharsets.ISO_8859_1);
        char[] out = new char[n - from];
        latin.getChars(from, i, out, 0);
        int o = i - from;
        while (i < n) {
            if (b[i] >= 0) {
                int end = asciiPrefix(b, i + 1);
                if (end - i >= BULK) {
                    latin.getChars(i, end, out, o);
                    o += end - i;
                } else {
                    for (int k = i; k < end; k++) out[o++] = (char) b[k];
                }
                i = end;
                continue;
            }
            int chars = sequence(b, i, out, o);
            if (chars == 0) return null;
            o += chars;
            i += chars == 2 ? 4 : lead(b[i]) >= 0xE0 ? 3 : 2;
        }
        return new String(out, 0, o);
    }

    private static int lead(byte x) {
        return x & 0xff;
    }

    /**
     * Decodes the multi-byte sequence starting at {@code b[i]} into {@code out[o..]}: the number of chars written (1,
     * or 2 for a surrogate pair), or 0 where the sequence is malformed (a stray continuation byte, a truncated
     * sequence, an overlong form, a UTF-16 surrogate, a code point above U+10FFFF).
     */
    private static int sequence(byte[] b, int i, char[] out, int o) {
        int c = lead(b[i]);
        int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        if (n < 0 || i + n >= b.length) return 0;
        for (int k = 1; k <= n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) return 0;
        }
        int c1 = b[i + 1] & 0x3F;
        if (n == 1) {
            out[o] = (char) (((c & 0x1F) << 6) | c1);
            return 1;
        }
        int raw1 = lead(b[i + 1]);
        if ((c == 0xE0 && raw1 < 0xA0) || (c == 0xED && raw1 > 0x9F) || (c == 0xF0 && raw1 < 0x90)
                || (c == 0xF4 && raw1 > 0x8F)) return 0;
        int c2 = b[i + 2] & 0x3F;
        if (n == 2) {
            out[o] = (char) (((c & 0x0F) << 12) | (c1 << 6) | c2);
            return 1;
        }
        int cp = ((c & 0x07) << 18) | (c1 << 12) | (c2 << 6) | (b[i + 3] & 0x3F);
        out[o] = Character.highSurrogate(cp);
        out[o + 1] = Character.lowSurrogate(cp);
        return 2;
    }

    /**
     * The index of the first byte from {@code from} on with its high bit set ({@code b.length} if none): eight
     * bytes at a time, as one long whose eight high bits are tested together.
     */
    static int asciiPrefix(byte[] b, int from) {
        int i = from;
        for (int end = b.length - 7; i < end; i += 8) {
            if (((long) LONGS.get(b, i) & 0x8080808080808080L) != 0) break;
        }
        while (i < b.length && b[i] >= 0) i++;
        return i;
    }
}
