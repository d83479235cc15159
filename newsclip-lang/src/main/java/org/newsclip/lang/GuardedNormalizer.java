package org.newsclip.lang;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.util.regex.Pattern;

import static org.newsclip.lang.BmpNormalizer.asciiLower;
import static org.newsclip.lang.BmpNormalizer.isRegexSpace;

/**
 * The normalizers of {@link LanguageDetectorFactory#getContextGenerator()}, in its order, each skipped where a
 * quick scan shows that none of its patterns can match the text (a regex pass that matches nothing returns the
 * text unchanged). Each test below is a necessary condition for a match of the normalizer's patterns, so the
 * result is always OpenNLP's. Most texts have no e-mail address, URL, emoji or hashtag: of eleven regex passes
 * over the text, several are spared. In a text without surrogates (nearly all), {@link BmpNormalizer}'s loops
 * stand for the passes whose patterns they write out. Stateless and thread-safe.
 */
final class GuardedNormalizer {
    /** {@code TwitterCharSequenceNormalizer}'s last pattern ("hahaha" to "haha"), as it compiles it. */
    private static final Pattern LAUGH = Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);

    private GuardedNormalizer() {
    }

    static String normalize(CharSequence text) {
        String s = text.toString();
        return hasSurrogate(s) ? viaRegexes(s) : withoutSurrogates(s);
    }

    /** The same passes, those {@link BmpNormalizer} writes out done by its loops. */
    private static String withoutSurrogates(String s) {
        s = BmpNormalizer.emoji(s);
        if (s.contains("http") || s.indexOf('@') >= 0) {
            s = UrlCharSequenceNormalizer.getInstance().normalize(s).toString();
        }
        s = BmpNormalizer.hashesRetweetsFaces(s);
        if (mayLaugh(s)) s = LAUGH.matcher(s).replaceAll("$1$2$1$2");
        s = BmpNormalizer.numbers(s);
        return BmpNormalizer.shrink(s);
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) return true;
        }
        return false;
    }

    private static String viaRegexes(String s) {
        if (mayBeEmoji(s)) s = EmojiCharSequenceNormalizer.getInstance().normalize(s).toString();
        // https?://... and an e-mail address (one '@')
        if (s.contains("http") || s.indexOf('@') >= 0) {
            s = UrlCharSequenceNormalizer.getInstance().normalize(s).toString();
        }
        if (mayBeTwitter(s)) s = TwitterCharSequenceNormalizer.getInstance().normalize(s).toString();
        // \d+ (ASCII digits: no UNICODE_CHARACTER_CLASS)
        if (hasAsciiDigit(s)) s = NumberCharSequenceNormalizer.getInstance().normalize(s).toString();
        if (mayShrink(s)) s = ShrinkCharSequenceNormalizer.getInstance().normalize(s).toString();
        return s;
    }

    /**
     * The emoji pattern {@code [\\uD83C-\\uDBFF\\uDC00-\\uDFFF]+} reads, once its escapes pair up, as the range from
     * U+D83C to U+10FC00, a literal hyphen and U+DFFF: it takes hyphens and everything from U+D83C on.
     */
    private static boolean mayBeEmoji(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c >= '\uD800') return true;
        }
        return false;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /**
     * Whether one of the Twitter normalizer's patterns may match (all but the first case-insensitive, ASCII):
     * {@code [#@]\S+}, {@code \b(rt[ :])+}, {@code [:;x]-?[()dop]}, {@code ([hj])+([aieou])+(\1+\2+)+}.
     */
    static boolean mayBeTwitter(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char l = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
            if (c == '#' || c == '@') return true;
            if (l == 'r' && i + 2 < n && asciiLower(s.charAt(i + 1)) == 't'
                    && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')) return true;
            if (c == ':' || c == ';' || l == 'x') {
                int j = i + 1 < n && s.charAt(i + 1) == '-' ? i + 2 : i + 1;
                if (j < n && "()dop".indexOf(asciiLower(s.charAt(j))) >= 0) return true;
            }
            if (laughsAt(s, i)) return true;
        }
        return false;
    }

    /** Whether the laugh pattern {@code ([hj])+([aieou])+(\1+\2+)+} (case-insensitive) may match. */
    static boolean mayLaugh(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (laughsAt(s, i)) return true;
        }
        return false;
    }

    /**
     * A laugh needs [hj] (the group's last), its run of vowels (the second group ends the run: a shorter one would
     * leave a vowel where the back reference needs [hj]), then one or more of the same [hj] and the run's last
     * vowel again, case aside (ASCII, as the back references compare): "haha", "hihhi", not "hija".
     */
    private static boolean laughsAt(String s, int i) {
        char l = asciiLower(s.charAt(i));
        if (l != 'h' && l != 'j') return false;
        int n = s.length();
        int j = i + 1;
        while (j < n && "aieou".indexOf(asciiLower(s.charAt(j))) >= 0) j++;
        if (j == i + 1) return false;
        char vowel = asciiLower(s.charAt(j - 1));
        int k = j;
        while (k < n && asciiLower(s.charAt(k)) == l) k++;
        return k > j && k < n && asciiLower(s.charAt(k)) == vowel;
    }

    /**
     * Whether the Shrink normalizer may change the text: {@code \s{2,}} (ASCII whitespace), {@code (.)\1{2,}}
     * (case-insensitive: three chars alike in any case; any surrogate pair counts as a maybe), then trim.
     */
    static boolean mayShrink(String s) {
        int n = s.length();
        if (n == 0) return false;
        if (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') return true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) return true;
            if (i + 1 < n && isRegexSpace(c) && isRegexSpace(s.charAt(i + 1))) return true;
            if (i + 2 < n && alike(c, s.charAt(i + 1)) && alike(c, s.charAt(i + 2))) return true;
        }
        return false;
    }

    /** Equal, or equal in some case (wider than the regex's ASCII-only case folding, so never too strict). */
    private static boolean alike(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }
}
