package org.newsclip.dedupe;

import java.util.Arrays;
import java.util.Locale;

/**
 * Word segmentation that works across scripts: runs of letters and digits are words, and each character of a
 * script written without spaces (Han, Hiragana, Katakana, Thai…) counts as a word of its own.
 */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        if (text == null) return 0;
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspaced(cp)) {
                n++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) n++;
                inWord = true;
            } else if (!(inWord && Character.getType(cp) == Character.NON_SPACING_MARK)) {
                inWord = false;
            }
        }
        return n;
    }

    static long[] tokenHashes(String text) {
        if (text == null) return new long[0];
        long[] out = new long[64];
        int n = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            boolean unspaced = isUnspaced(cp);
            if (Character.isLetterOrDigit(cp) && !unspaced) {
                word.appendCodePoint(cp);
                continue;
            }
            if (n + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
            if (word.length() > 0) {
                out[n++] = SimHash.fnv(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (unspaced) out[n++] = SimHash.fnv(new String(Character.toChars(cp)));
        }
        return Arrays.copyOf(out, n);
    }

    static boolean isUnspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }
}
