package org.newsclip.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans author strings into person names: strips "By"/"Von" and roles, dates, handles and e-mails, splits "A and B"
 * and "A, B &amp; C", and rejects what is not a person's name. Names keep their script and case.
 */
final class Authors {
    private static final Pattern ALWAYS_SPLIT = Pattern.compile("\\s*(?:[,;|/•·\\n]|\\s&\\s|&amp;|\\s+\\+\\s+)\\s*");
    private static final Pattern WORD_SPLIT = Pattern.compile("(?iu)\\s+(?:and|und|et|y|e|og|en|och|i|и|und von|with|mit)\\s+");
    private static final Pattern NOISE = Pattern.compile("(?iu)\\S+@\\S+|https?://\\S+|www\\.\\S+|\\(.*?\\)|\\[.*?]"
            + "|\\s(?:-|–|—)\\s.*$|\\b(?:updated|aktualisiert|published|veröffentlicht|posted|am|on|le|el)\\b\\s*:?\\s*$");
    private static final Pattern HANDLE = Pattern.compile("^@\\w+$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private Authors() {
    }

    /**
     * The person names in a raw author string.
     *
     * @param raw     the string as the page gives it
     * @param exclude normalised names that are not persons here (site name, publisher)
     */
    static List<String> clean(String raw, Set<String> exclude) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        String s = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        s = cutDate(s);
        s = Vocabulary.BYLINE_PREFIX.matcher(s).replaceFirst("");
        for (String part : ALWAYS_SPLIT.split(s)) {
            for (String name : splitWords(part)) {
                String n = tidy(name);
                if (isName(n, exclude) && !out.contains(n)) out.add(n);
            }
        }
        return out;
    }

    /** Splits on "and"-like words only when both sides look like full names (two words or more). */
    private static List<String> splitWords(String part) {
        String[] pieces = WORD_SPLIT.split(part);
        if (pieces.length < 2) return List.of(part);
        for (String p : pieces) if (p.trim().split("\\s+").length < 2) return List.of(part);
        return List.of(pieces);
    }

    private static String cutDate(String s) {
        DateParser.Found d = DateParser.first(s, false);
        if (d != null && d.start() > 0) s = s.substring(0, d.start());
        else if (d != null) s = s.substring(d.end());
        return s.trim();
    }

    private static String tidy(String name) {
        String n = NOISE.matcher(name).replaceAll(" ");
        n = Vocabulary.BYLINE_PREFIX.matcher(n.trim()).replaceFirst("");
        n = n.replaceAll("^[\\s\\p{Punct}«»“”„‘’]+|[\\s\\p{Punct}«»“”„‘’&&[^.)]]+$", "")
                .replaceAll("\\s+", " ").trim();
        if (n.endsWith(".") && !n.matches(".*\\b\\p{Lu}\\.$")) n = n.substring(0, n.length() - 1).trim();
        return n;
    }

    /** True for something that reads as a person's name, not a role, site, handle or date. */
    static boolean isName(String n, Set<String> exclude) {
        if (n.length() < 2 || n.length() > 60 || !LETTER.matcher(n).find()) return false;
        if (DIGIT.matcher(n).find() || HANDLE.matcher(n).matches() || n.contains("@") || n.contains("://")) return false;
        String lower = n.toLowerCase(Locale.ROOT);
        if (Vocabulary.NOT_NAMES.contains(lower) || exclude.contains(Titles.norm(n))) return false;
        if (lower.matches(".*\\.(com|de|org|net|co\\.uk|fr|at|ch)\\b.*")) return false;
        String[] words = lower.split("[\\s.]+");
        if (words.length > 6) return false;
        boolean allJob = true;
        for (String w : words) if (!Vocabulary.JOB_WORDS.contains(w)) allJob = false;
        return !allJob;
    }

    /** Joins lists keeping the first of each normalised name. */
    static List<String> union(List<String> a, List<String> b) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (List<String> l : List.of(a, b)) {
            for (String n : l) if (seen.add(Titles.norm(n))) out.add(n);
        }
        return out;
    }
}
