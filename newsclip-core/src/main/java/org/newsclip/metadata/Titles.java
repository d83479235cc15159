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
    /**
     * {@link #SEPARATOR} without its last branch (a dash glued to CJK text): the same splits wherever that branch
     * cannot match, and far cheaper, as that branch looks up the script of the character before each position.
     */
    static final Pattern SEPARATOR_LATIN = Pattern.compile("\\s+[|\\-–—·•»«:/~*]{1,2}\\s+|\\s*[|»«｜]\\s*"
            + "|\\s+::\\s+");
    /** Every character that some branch of {@link #SEPARATOR} must match. */
    private static final String SEPARATOR_CHARS = "|-–—·•»«:/~*｜_－";
    private static final Pattern PIPE = Pattern.compile("\\s*[|»«｜]\\s*|\\s+::\\s+|\\s+[·•]\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CJK_SENTENCE = Pattern.compile(".*[，。！？、].*");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s|\\-–—·•»«:/~*]+|[\\s|\\-–—·•»«:/~*]+$");

    private Titles() {
    }

    /** The normal form used for comparisons: NFKC, case folded, runs of non-word characters as one space. */
    static String norm(String s) {
        if (s == null) return "";
        // ASCII text is its own NFKC form (no ASCII character decomposes): most titles and names skip the normaliser
        String n = (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        // a loop, not a regex replace: this runs on every title, segment and name candidate of a page
        StringBuilder sb = new StringBuilder(n.length());
        boolean gap = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                if (gap && sb.length() > 0) sb.append(' ');
                gap = false;
                sb.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** A word character as Unicode regexes define {@code \w}, less the underscore. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        if (Character.isAlphabetic(cp) || cp == 0x200C || cp == 0x200D) return true;
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Picks the headline; see {@link #choose(List, List, List, List, String, String)}. */
    static Choice choose(List<String> h1s, List<String> h2s, List<Choice> declared, String docTitle,
                         String siteName) {
        return choose(h1s, List.of(), h2s, declared, docTitle, siteName, true);
    }

    /**
     * Picks the headline as the article shows it, by agreement between sources rather than by a fixed order:
     * a visible {@code <h1>} that agrees with a declared title or the {@code <title>}; else the visible
     * headline when the declared titles are a rewrite of it (SEO and social titles often differ from the
     * headline printed on the page); else a second-level heading or a declared title that agrees with
     * another source, in its longest agreed form without the site name.
     *
     * @param h1s      texts of the first {@code <h1>} elements outside foreign regions, in page order
     * @param boxedH1s texts of {@code <h1>} elements inside regions that look foreign by their class names
     *                 (layout boxes such as "two-col-sidebar"): used only when a declared title confirms them
     * @param h2s      texts of the first {@code <h2>} elements outside foreign regions
     * @param declared declared titles with their sources (JSON-LD headline, og:title, twitter:title), best first
     * @param docTitle the {@code <title>} text, or null
     * @param siteName the site's name if known, for stripping
     */
    static Choice choose(List<String> h1s, List<String> boxedH1s, List<String> h2s, List<Choice> declared,
                         String docTitle, String siteName, boolean article) {
        Forms forms = new Forms(siteName);
        String site = norm(siteName);
        List<String> known = known(declared, docTitle, siteName, forms);
        String fullTitle = norm(docTitle);
        for (String h : h1s) {
            String n = norm(h);
            if (n.isEmpty() || n.equals(site)) continue;
            if (known.contains(n) || prefixOf(n, fullTitle)) return new Choice(h, "dom");
        }
        // a boxed heading must repeat a whole declared title, or the <title> less its last part: a menu's
        // heading may name the site or book
        List<String> parts = segments(docTitle);
        String titleHead = parts.size() < 2 ? "" : norm(cutLast(squash(docTitle), parts));
        for (String h : boxedH1s) {
            String n = norm(h);
            if (n.isEmpty() || n.equals(site)) continue;
            if (n.equals(titleHead) && n.split(" ").length >= 3) return new Choice(h, "dom");
            for (Choice c : declared) {
                if (n.equals(norm(c.title())) || n.equals(norm(forms.strip(c.title())))) return new Choice(h, "dom");
            }
        }
        String lead = article ? leadHeadline(h1s, declared, docTitle, siteName, forms) : null;
        if (lead != null) return new Choice(lead, "dom");
        for (String h : h2s) {
            String n = norm(h);
            if (!n.isEmpty() && !n.equals(site) && known.contains(n)) return new Choice(h, "dom");
        }
        Choice agreed = agreedDeclared(declared, docTitle, forms);
        if (agreed != null) return agreed;
        for (String h : h1s) {
            for (Choice c : declared) if (prefixOf(norm(h), norm(c.title()))) return new Choice(h, "dom");
        }
        // no agreement: the visible headline is what the article shows, when it reads like one
        if (!h1s.isEmpty() && !norm(h1s.get(0)).equals(site) && norm(h1s.get(0)).split(" ").length >= 2) {
            return new Choice(h1s.get(0), "dom");
        }
        if (!declared.isEmpty()) return new Choice(strip(declared.get(0).title(), siteName), declared.get(0).source());
        if (docTitle != null && !docTitle.isBlank()) return new Choice(forms.strip(docTitle), "meta");
        return h1s.isEmpty() ? null : new Choice(h1s.get(0), "dom");
    }

    /**
     * A declared title that another source confirms. Forms that only lose the site name are tried before the
     * heuristically shortened ones, so that "Dress -- STOLEN!!!" or "Minecraft 1.8 - The Bountiful Update"
     * keep their second part when og:title and the {@code <title>} both carry it.
     */
    private static Choice agreedDeclared(List<Choice> declared, String docTitle, Forms forms) {
        String fullTitle = norm(docTitle);
        List<String> titleForms = new ArrayList<>();
        if (docTitle != null) {
            titleForms.add(fullTitle);
            titleForms.add(norm(forms.stripSite(docTitle)));
            for (String x : segments(docTitle)) titleForms.add(norm(x));
        }
        for (Choice c : declared) {
            // the whole declared title, when the <title> adds a site name to it: "Dress -- STOLEN!!!" is the
            // headline of "Dress -- STOLEN!!! | TMZ.com". A part after " | " is a section or site name.
            String form = forms.stripSite(c.title());
            String n = norm(form);
            if (n.isEmpty() || PIPE.matcher(form).find() || fullTitle.length() <= n.length()) continue;
            if (fullTitle.startsWith(n + " ") || fullTitle.endsWith(" " + n)) return new Choice(form, c.source());
        }
        for (Choice c : declared) {
            String form = forms.strip(c.title());
            String n = norm(form);
            if (n.isEmpty()) continue;
            for (Choice o : declared) {
                if (o != c && norm(forms.strip(o.title())).equals(n)) return new Choice(form, c.source());
            }
            if (titleForms.contains(n)) return new Choice(form, c.source());
        }
        return null;
    }

    /**
     * The first visible {@code <h1>} when it reads as this page's headline although no declared title repeats
     * it word for word: it has two words or more, is not the site's name or a part of it, and shares a
     * significant word with the declared titles or the {@code <title>} (so a section label or blog name that
     * has nothing to do with them is not taken).
     */
    private static String leadHeadline(List<String> h1s, List<Choice> declared, String docTitle, String siteName,
                                       Forms forms) {
        if (h1s.isEmpty()) return null;
        String h = h1s.get(0);
        String n = norm(h);
        boolean cjk = isCjk(n);
        if (cjk ? n.length() < 6 : n.split(" ").length < 2) return null;
        String site = norm(siteName);
        String titleSite = norm(edgeSite(docTitle));
        if (!site.isEmpty() && containsAllWords(site, n) || !titleSite.isEmpty() && containsAllWords(titleSite, n)) {
            return null;
        }
        List<String> others = new ArrayList<>();
        for (Choice c : declared) others.add(norm(forms.strip(c.title())));
        if (docTitle != null) others.add(norm(forms.strip(docTitle)));
        others.remove("");
        // "Thread: <title>", "<title> (latimes.com) 87": the heading holds the declared title plus page
        // furniture, or the declared title extends it; the agreement rules below settle those
        for (String o : others) if (containsWords(n, o) || containsWords(o, n)) return null;
        for (String o : others) if (sharesWord(n, o, cjk)) return h;
        return null;
    }

    /** The short edge part of a title that names the site ("Headline | Site", "Site - Headline"), or null. */
    private static String edgeSite(String docTitle) {
        List<String> parts = segments(docTitle);
        if (parts.size() < 2) return null;
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        if (last.length() < first.length() && SPACES.split(last).length <= 4) return last;
        if (first.length() < last.length() && SPACES.split(first).length <= 4) return first;
        return null;
    }

    /** True when {@code part}'s words occur in {@code whole} as one run ("a b" in "x a b y"). */
    private static boolean containsWords(String whole, String part) {
        if (part.isEmpty() || whole.length() < part.length()) return false;
        int i = (" " + whole + " ").indexOf(" " + part + " ");
        return i >= 0;
    }

    private static boolean containsAllWords(String container, String words) {
        List<String> c = List.of(container.split(" "));
        for (String w : words.split(" ")) if (!c.contains(w)) return false;
        return true;
    }

    /** True when two normalised titles share a word of four letters or more (two characters in CJK text). */
    private static boolean sharesWord(String a, String b, boolean cjk) {
        if (b.isEmpty()) return false;
        if (cjk || isCjk(b)) {
            for (int i = 0; i + 2 <= a.length(); i++) {
                String bigram = a.substring(i, i + 2);
                if (bigram.indexOf(' ') < 0 && b.contains(bigram)) return true;
            }
            return false;
        }
        List<String> words = List.of(b.split(" "));
        for (String w : a.split(" ")) if (w.length() >= 4 && words.contains(w)) return true;
        return false;
    }

    private static boolean isCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) return true;
        }
        return false;
    }

    /**
     * The normalised titles a heading may agree with: the declared ones (whole and stripped), the whole
     * {@code <title>} and its parts; never the site name, nor the short edge part of the {@code <title>} that
     * names the site (a blog-name heading must not pass for the headline).
     */
    private static List<String> known(List<Choice> declared, String docTitle, String siteName, Forms forms) {
        List<String> known = new ArrayList<>();
        for (Choice c : declared) {
            known.add(norm(c.title()));
            known.add(norm(forms.stripSite(c.title())));
            known.add(norm(forms.strip(c.title())));
        }
        if (docTitle != null) {
            known.add(norm(docTitle));
            known.add(norm(forms.stripSite(docTitle)));
            known.add(norm(forms.strip(docTitle)));
            for (String x : segments(docTitle)) known.add(norm(x));
            List<String> parts = segments(docTitle);
            String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
            // "Headline | Blog Name": the short last part names the site (a first part may be the headline)
            if (parts.size() > 1 && last.length() <= parts.get(0).length() && SPACES.split(last).length <= 4) {
                known.removeIf(norm(last)::equals);
            }
        }
        known.remove("");
        known.removeIf(norm(siteName)::equals);
        return known;
    }

    /**
     * {@link #strip} and {@link #stripSite} of the titles of one choice, each worked out once: the agreement rules
     * ask for the same forms of the same few titles many times over.
     */
    private static final class Forms {
        private final String siteName;
        private final java.util.Map<String, String> stripped = new java.util.HashMap<>();
        private final java.util.Map<String, String> siteStripped = new java.util.HashMap<>();

        Forms(String siteName) {
            this.siteName = siteName;
        }

        String strip(String title) {
            return title == null ? null : stripped.computeIfAbsent(title, t -> Titles.strip(t, siteName));
        }

        String stripSite(String title) {
            return title == null ? null : siteStripped.computeIfAbsent(title, t -> Titles.stripSite(t, siteName));
        }
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
        if (norm(first).equals(h) || h.startsWith(norm(first))) return SPACES.split(last).length <= 4 ? last : null;
        if (norm(last).equals(h)) return SPACES.split(first).length <= 4 ? first : null;
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
        String t = title.trim();
        if (!hasAny(t, SEPARATOR_CHARS)) {
            if (!t.isBlank()) out.add(t); // no branch of the pattern can match: one part
            return out;
        }
        if (cjkDash(t)) {
            for (String s : SEPARATOR.split(t)) if (!s.isBlank()) out.add(s.trim());
        } else {
            TitleSeparators.split(t, out); // SEPARATOR_LATIN's split, read without the regex
        }
        return out;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * True when a dash of the CJK branch of {@link #SEPARATOR} follows a non-ASCII character: only then can that
     * branch match (the characters its look-behind accepts are all non-ASCII).
     */
    private static boolean cjkDash(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '-' || c == '_' || c == '－' || c == '—') && s.charAt(i - 1) >= 0x80) return true;
        }
        return false;
    }

    /**
     * Removes a site name prefix or suffix: the part equal to the site name, else the shorter edge parts when the
     * main part is clearly longer.
     */
    static String strip(String title, String siteName) {
        if (title == null) return null;
        String t = cutCjkSuffix(SPACES.matcher(title).replaceAll(" ").trim());
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

    /**
     * Removes only an edge part that names the site (equal to, or part of, the known site name); the rest of
     * the title stays as written.
     */
    static String stripSite(String title, String siteName) {
        if (title == null) return null;
        String t = squash(title);
        List<String> parts = segments(t);
        String site = norm(siteName);
        if (parts.size() < 2 || site.isEmpty()) return t;
        String first = norm(parts.get(0));
        String last = norm(parts.get(parts.size() - 1));
        if (last.equals(site) || site.contains(last) && last.length() > 3) return cutLast(t, parts);
        if (first.equals(site) || site.contains(first) && first.length() > 3) return cutFirst(t, parts);
        return t;
    }

    /** "見出し：サイト名": a CJK title whose last colon part is short and not a sentence is a site suffix. */
    private static String cutCjkSuffix(String t) {
        int i = Math.max(t.lastIndexOf('：'), t.lastIndexOf(':'));
        if (i < 8 || t.length() - i > 25) return t;
        String tail = t.substring(i + 1);
        boolean cjk = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (!cjk || tail.isBlank() || CJK_SENTENCE.matcher(tail).matches()) return t;
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
            if (SPACES.split(p).length > 4) break;
            out = trimSeparators(out.substring(0, out.lastIndexOf(p)));
        }
        return out;
    }

    private static String trimSeparators(String s) {
        return EDGE_SEPARATORS.matcher(s).replaceAll("");
    }
}
