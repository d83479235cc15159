package org.newsclip.lang;

/**
 * The regex passes of OpenNLP's normalizers written out as plain loops, for texts without surrogates (the
 * caller checks): one pass per regex, in OpenNLP's order, each giving the string its {@code replaceAll} gives.
 * Without surrogates every code point is one char, which is what makes these loops exact (see each pass for how
 * it reads the pattern); a text with one goes through the regexes. Detection runs on most pages of a set that
 * declares no language, and the regexes cost a third of it. Stateless and thread-safe.
 */
final class BmpNormalizer {
    private BmpNormalizer() {
    }

    /**
     * {@code EmojiCharSequenceNormalizer}: {@code [\uD83C-\uDBFF\uDC00-\uDFFF]+} to a space. The class reads as
     * the range U+D83C to U+10FC00 (the escapes pair up), a hyphen and U+DFFF; without surrogates that is a hyphen
     * or a char from U+E000 on.
     */
    static String emoji(String s) {
        return runsToSpace(s, EMOJI_CLASS, 1);
    }

    private static boolean isEmojiClass(char c) {
        return c == '-' || c >= '\uE000';
    }

    /**
     * {@code TwitterCharSequenceNormalizer}'s first three passes: {@code [#@]\S+}, then {@code \b(rt[ :])+} and
     * {@code [:;x]-?[()dop]} (both case-insensitive, ASCII only), each match to a space. Its fourth pass (laughs,
     * with back references) is left to the regex.
     */
    static String hashesRetweetsFaces(String s) {
        return faces(retweets(hashes(s)));
    }

    /** {@code [#@]\S+}: a mark and the run of non-blanks after it ({@code \s}: ASCII white space). */
    static String hashes(String s) {
        return matchesToSpace(s, HASH);
    }

    private static int hashEnd(String s, int i) {
        int n = s.length();
        if (i + 1 >= n) return -1;
        char c = s.charAt(i);
        if ((c != '#' && c != '@') || isRegexSpace(s.charAt(i + 1))) return -1;
        int end = i + 2;
        while (end < n && !isRegexSpace(s.charAt(end))) end++;
        return end;
    }

    /**
     * {@code \b(rt[ :])+}: where "rt" follows no word character (the regex's {@code \b} before a letter), the run
     * of "rt " and "rt:" pieces.
     */
    static String retweets(String s) {
        return matchesToSpace(s, RETWEET);
    }

    private static int retweetEnd(String s, int i) {
        int n = s.length();
        if (i + 2 >= n || !isRetweet(s, i) || (i > 0 && isWordBefore(s, i))) return -1;
        int end = i + 3;
        while (end + 2 < n && isRetweet(s, end)) end += 3;
        return end;
    }

    private static boolean isRetweet(String s, int i) {
        char r = s.charAt(i);
        char t = s.charAt(i + 1);
        char c = s.charAt(i + 2);
        return (r == 'r' || r == 'R') && (t == 't' || t == 'T') && (c == ' ' || c == ':');
    }

    /**
     * Whether the char before {@code i} counts as a word character for the JDK's {@code \b}: a letter, digit or
     * underscore, or a non-spacing mark that follows a letter or digit (marks in between).
     */
    private static boolean isWordBefore(String s, int i) {
        char c = s.charAt(i - 1);
        if (c == '_' || Character.isLetterOrDigit(c)) return true;
        if (Character.getType(c) != Character.NON_SPACING_MARK) return false;
        for (int x = i - 1; x >= 0; x--) {
            char b = s.charAt(x);
            if (Character.isLetterOrDigit(b)) return true;
            if (Character.getType(b) != Character.NON_SPACING_MARK) return false;
        }
        return false;
    }

    /** {@code [:;x]-?[()dop]}, case-insensitive (ASCII). */
    static String faces(String s) {
        return matchesToSpace(s, FACE);
    }

    private static int faceEnd(String s, int i) {
        int n = s.length();
        if (i + 1 >= n) return -1;
        char c = s.charAt(i);
        if (c != ':' && c != ';' && c != 'x' && c != 'X') return -1;
        int mouth = s.charAt(i + 1) == '-' ? i + 2 : i + 1;
        return mouth < n && isMouth(s.charAt(mouth)) ? mouth + 1 : -1;
    }

    /** The patterns of {@link #matchesToSpace}. */
    private static final int HASH = 0;
    private static final int RETWEET = 1;
    private static final int FACE = 2;

    /**
     * Each match of the pattern, leftmost first and none overlapping, to one space: the loop of {@code replaceAll}
     * with {@code " "}. (A pattern number, not a function object, for the reason given at {@link #runsToSpace}.)
     */
    private static String matchesToSpace(String s, int pattern) {
        StringBuilder out = null;
        int done = 0;
        for (int i = 0; i < s.length(); i++) {
            int end = switch (pattern) {
                case HASH -> hashEnd(s, i);
                case RETWEET -> retweetEnd(s, i);
                default -> faceEnd(s, i);
            };
            if (end < 0) continue;
            out = append(out, s, done, i).append(' ');
            done = end;
            i = end - 1;
        }
        return finish(out, s, done);
    }

    private static boolean isMouth(char c) {
        return "()dopDOP".indexOf(c) >= 0;
    }

    /** {@code NumberCharSequenceNormalizer}: {@code \d+} (ASCII digits) to a space. */
    static String numbers(String s) {
        return runsToSpace(s, DIGIT, 1);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@code ShrinkCharSequenceNormalizer}: {@code \s{2,}} to a space, then {@code (.)\1{2,}} (case-insensitive:
     * ASCII letters match either case) to two of the run's first char, then {@code trim()}.
     */
    static String shrink(String s) {
        return repeats(spaces(s)).trim();
    }

    /** {@code \s{2,}}: two or more ASCII white-space chars to one space. */
    static String spaces(String s) {
        return runsToSpace(s, SPACE, 2);
    }

    /** The char classes of {@link #runsToSpace}. */
    private static final int EMOJI_CLASS = 0;
    private static final int DIGIT = 1;
    private static final int SPACE = 2;

    /**
     * Each maximal run of at least {@code min} chars of the class to one space: {@code X+} or {@code X{2,}}
     * written out. (A class number, not a predicate object: one call site with three predicates would not inline.)
     */
    private static String runsToSpace(String s, int cls, int min) {
        StringBuilder out = null;
        int n = s.length();
        int done = 0;
        for (int i = 0; i < n; i++) {
            if (!in(cls, s.charAt(i))) continue;
            int end = i + 1;
            while (end < n && in(cls, s.charAt(end))) end++;
            if (end - i >= min) {
                out = append(out, s, done, i).append(' ');
                done = end;
            }
            i = end - 1;
        }
        return finish(out, s, done);
    }

    private static boolean in(int cls, char c) {
        return switch (cls) {
            case EMOJI_CLASS -> isEmojiClass(c);
            case DIGIT -> isDigit(c);
            default -> isRegexSpace(c);
        };
    }

    /**
     * {@code (.)\1{2,}}: a char other than a line terminator ({@code .}), and two or more that equal it up to ASCII
     * case (the back reference's case-insensitive test), to the first char twice.
     */
    static String repeats(String s) {
        StringBuilder out = null;
        int n = s.length();
        int done = 0;
        for (int i = 0; i + 2 < n; i++) {
            char c = s.charAt(i);
            if (isLineTerminator(c)) continue;
            char folded = asciiLower(c);
            int end = i + 1;
            while (end < n && asciiLower(s.charAt(end)) == folded) end++;
            if (end - i < 3) continue;
            out = append(out, s, done, i).append(c).append(c);
            done = end;
            i = end - 1;
        }
        return finish(out, s, done);
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }

    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static StringBuilder append(StringBuilder out, String s, int from, int to) {
        if (out == null) out = new StringBuilder(s.length());
        return out.append(s, from, to);
    }

    /** The rewritten text, or {@code s} itself where nothing matched. */
    private static String finish(StringBuilder out, String s, int done) {
        return out == null ? s : out.append(s, done, s.length()).toString();
    }
}
