package org.newsclip.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text normalisations of the scoring rules in {@code datasets/README.md}, ported from {@code score.py}.
 *
 * <p>Python's {@code \w} on {@code str} is "alphabetic or numeric or underscore": Unicode categories L* and N*
 * plus {@code _}. Java's {@code \w} under {@link Pattern#UNICODE_CHARACTER_CLASS} also takes combining marks
 * (Mn, Mc, Me), all connector punctuation and the join controls, which would glue Hindi or Thai words together
 * where Python splits them; so the class is spelled out here instead. Likewise Python's {@code \s} also matches
 * the separators U+001C–U+001F, which Java's Unicode {@code \s} does not.
 */
public final class TextRules {
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";
    private static final Pattern WORD = Pattern.compile(WORD_CHAR + "+");
    private static final String SPACE = "[\\s\\x1c-\\x1f]";
    private static final Pattern SPACES = Pattern.compile(SPACE + "+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD_OR_UNDERSCORE = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile(SPACE + "*(?:;|,|(?<!" + WORD_CHAR + ")and(?!"
            + WORD_CHAR + ")|&|\\n)" + SPACE + "*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private TextRules() {
    }

    /** The word tokens of a text: maximal runs of Unicode letters, numbers and underscores, case kept. */
    public static List<String> tokens(String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Whitespace runs turned into one space, then trimmed (for the snippet test). */
    public static String wsNorm(String text) {
        if (text == null) return "";
        return trimSpaces(SPACES.matcher(text).replaceAll(" "));
    }

    /** NFKC, case folding, runs of non-word characters and underscores to one space, trimmed. */
    public static String normText(String s) {
        if (s == null) return "";
        String folded = caseFold(Normalizer.normalize(s, Normalizer.Form.NFKC));
        return trimSpaces(NON_WORD_OR_UNDERSCORE.matcher(folded).replaceAll(" "));
    }

    /** Close to Python's {@code str.casefold()}: upper then lower case maps ß to ss and ς to σ as it does. */
    static String caseFold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * The normalised set of author names. A string is split on {@code ; , and & newline}; a list is taken item by
     * item (an object item by its {@code name}); a leading "by " is dropped.
     */
    public static Set<String> authorSet(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return Set.of();
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode v : value) items.add(v.isObject() ? v.path("name").asText("") : asPythonStr(v));
        } else {
            Collections.addAll(items, AUTHOR_SEPARATORS.split(asPythonStr(value), -1));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String item : items) {
            String n = normText(item);
            if (n.startsWith("by ")) n = n.substring(3);
            if (!n.isEmpty()) names.add(n);
        }
        return names;
    }

    /** The first {@code YYYY-MM-DD}-like date in a string as {@code YYYY-MM-DD}, or "" (as {@code norm_date}). */
    public static String normDate(String s) {
        if (s == null) return "";
        Matcher m = DATE.matcher(s);
        if (!m.find()) return "";
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return "";
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d);
    }

    /** The primary language subtag, lower case ({@code en-US} → {@code en}), or "". */
    public static String primaryLanguage(String tag) {
        if (tag == null) return "";
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && t.charAt(cut) != '-' && t.charAt(cut) != '_') cut++;
        return t.substring(0, cut);
    }

    /** A JSON value as Python's {@code str()} would show a scalar (strings unquoted, null as ""). */
    static String asPythonStr(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "";
        if (v.isBoolean()) return v.asBoolean() ? "True" : "False";
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static String trimSpaces(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == ' ') a++;
        while (b > a && s.charAt(b - 1) == ' ') b--;
        return s.substring(a, b);
    }
}
