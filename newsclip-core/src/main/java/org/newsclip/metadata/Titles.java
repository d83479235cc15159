package org.newsclip.metadata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses the headline among {@code <h1>}, og:title, twitter:title, JSON-LD headline and {@code <title>} by
 * agreement, and strips site names that pages add before or after it.
 */
final class Titles {

    /** The text with each run of whitespace made one space, trimmed; a plain loop, no pattern. */
    static String squash(String s) {
        if (isSquashed(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSquashed(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) return false;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(s.charAt(i - 1)))) return false;
        }
        return true;
    }
    /** A chosen title and the source that gave it. */
    record Choice(String title, String source) {
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«:/~*]{1,2}\\s+|\\s*[|»«｜]\\s*|\\s+::\\s+"
            + "|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}！？。」』）])[-_－—](?=\\S)");
    private static final Pattern NON_WORD = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);

    private Titles() {
    }

    /** The normal form used for comparisons: NFKC, case folded, runs of non-word characters as one space. */
    static String norm(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(n).replaceAll(" ").trim();
    }

    /**
     * Picks the headline.
     *
     * @param h1s      texts of the first {@code <h1>} elements, in page order
     * @param declared declared titles with their sources (JSON-LD headline, og:title, twitter:title), best first
     * @param docTitle the {@code <title>} text, or null
     * @param siteName the site's name if known, for stripping
     */
    static Choice choose(List<String> h1s, List<String> h2s, List<Choice> declared, String docTitle,
                         String siteName) {
        String site = norm(siteName);
        List<String> known = known(declared, docTitle, siteName);
        String fullTitle = norm(docTitle);
        for (List<String> headings : List.of(h1s, h2s)) {
            for (String h : headings) {
                String n = norm(h);
                if (n.isEmpty() || n.equals(site)) continue;
                if (known.contains(n) || headings == h1s && prefixOf(n, fullTitle)) return new Choice(h, "dom");
            }
        }
        List<String> segments = segments(docTitle);
        for (Choice c : declared) {
            String stripped = strip(c.title(), siteName);
            for (Choice o : declared) {
                if (o != c && norm(strip(o.title(), siteName)).equals(norm(stripped))) {
                    return new Choice(stripped, c.source());
                }
            }
            if (segments.stream().anyMatch(x -> norm(x).equals(norm(stripped)))
                    || fullTitle.equals(norm(stripped))) return new Choice(stripped, c.source());
        }
        for (String h : h1s) {
            for (Choice c : declared) if (prefixOf(norm(h), norm(c.title()))) return new Choice(h, "dom");
        }
        // no agreement: the visible headline is what the article shows, when it reads like one
        if (!h1s.isEmpty() && !norm(h1s.get(0)).equals(site) && norm(h1s.get(0)).split(" ").length >= 2) {
            return new Choice(h1s.get(0), "dom");
        }
        if (!declared.isEmpty()) return new Choice(strip(declared.get(0).title(), siteName), declared.get(0).source());
        if (docTitle != null && !docTitle.isBlank()) return new Choice(strip(docTitle, siteName), "meta");
        return h1s.isEmpty() ? null : new Choice(h1s.get(0), "dom");
    }

    /**
     * The normalised titles a heading may agree with: the declared ones (whole and stripped), the whole
     * {@code <title>} and its parts; never the site name.
     */
    private static List<String> known(List<Choice> declared, String docTitle, String siteName) {
        List<String> known = new ArrayList<>();
        for (Choice c : declared) {
            known.add(norm(c.title()));
            known.add(norm(strip(c.title(), siteName)));
        }
        if (docTitle != null) {
            known.add(norm(docTitle));
            known.add(norm(strip(docTitle, siteName)));
            for (String x : segments(docTitle)) known.add(norm(x));
        }
        known.remove("");
        known.remove(norm(siteName));
        return known;
    }

    /**
     * The site name a {@code <title>} carries as its last (or first) short part, or null: "Headline - Site".
     */
    static String siteFromTitle(String docTitle, String headline) {
        List<String> parts = segments(docTitle);
        if (parts.size() < 2 || headline == null) return null;
        String h = norm(headline);
        String last = parts.get(parts.size() - 1);
        String first = parts.get(0);
        if (norm(first).equals(h) || h.startsWith(norm(first))) return last.split("\\s+").length <= 4 ? last : null;
        if (norm(last).equals(h)) return first.split("\\s+").length <= 4 ? first : null;
        return null;
    }

    /** True when {@code a} starts {@code b} followed by a separator-made boundary, or equals it. */
    private static boolean prefixOf(String a, String b) {
        if (a.length() < 10 || b.length() <= a.length()) return a.equals(b) && !a.isEmpty();
        return (b.startsWith(a) || b.endsWith(a)) && a.split(" ").length >= 3;
    }

    /** The parts of a title split at separators such as " | " and " - ". */
    static List<String> segments(String title) {
        List<String> out = new ArrayList<>();
        if (title == null) return out;
        for (String s : SEPARATOR.split(title.trim())) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    /**
     * Removes a site name prefix or suffix: the part equal to the site name, else the shorter edge parts when the
     * main part is clearly longer.
     */
    static String strip(String title, String siteName) {
        if (title == null) return null;
        String t = cutCjkSuffix(title.replaceAll("\\s+", " ").trim());
        List<String> parts = segments(t);
        if (parts.size() < 2) return t;
        String site = norm(siteName);
        if (!site.isEmpty()) {
            String first = norm(parts.get(0));
            String last = norm(parts.get(parts.size() - 1));
            if (last.equals(site) || site.contains(last) && last.length() > 3) return cutLast(t, parts);
            if (first.equals(site) || site.contains(first) && first.length() > 3) return cutFirst(t, parts);
        }
        String longest = parts.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse(t);
        boolean cjk = longest.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (!cjk && norm(longest).split(" ").length < 3 && longest.length() < 16) return t;
        // keep the main part: a suffix chain like "Headline | Section | Site" loses its short tail
        String head = parts.get(0);
        if (head.equals(longest)) return head;
        if (head.length() * 2 > longest.length()) return cutLastShort(t, parts);
        return longest;
    }

    /** "見出し：サイト名": a CJK title whose last colon part is short and not a sentence is a site suffix. */
    private static String cutCjkSuffix(String t) {
        int i = Math.max(t.lastIndexOf('：'), t.lastIndexOf(':'));
        if (i < 8 || t.length() - i > 25) return t;
        String tail = t.substring(i + 1);
        boolean cjk = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (!cjk || tail.isBlank() || tail.matches(".*[，。！？、].*")) return t;
        return t.substring(0, i).trim();
    }

    private static String cutLast(String t, List<String> parts) {
        String last = parts.get(parts.size() - 1);
        int i = t.lastIndexOf(last);
        return trimSeparators(t.substring(0, i));
    }

    private static String cutFirst(String t, List<String> parts) {
        String first = parts.get(0);
        return trimSeparators(t.substring(t.indexOf(first) + first.length()));
    }

    /** Drops trailing parts shorter than the head while they look like site or section names (few words). */
    private static String cutLastShort(String t, List<String> parts) {
        String out = t;
        for (int i = parts.size() - 1; i > 0; i--) {
            String p = parts.get(i);
            if (p.split("\\s+").length > 4) break;
            out = trimSeparators(out.substring(0, out.lastIndexOf(p)));
        }
        return out;
    }

    private static String trimSeparators(String s) {
        return s.replaceAll("^[\\s|\\-–—·•»«:/~*]+|[\\s|\\-–—·•»«:/~*]+$", "");
    }
}
