package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsclip.model.Related;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Related-article links the page declares: JSON-LD relatedLink / isRelatedTo / mentions of articles,
 * {@code link rel=related}, og:see_also, and visible "related" blocks whose links look like article URLs.
 */
final class RelatedLinks {
    private static final int MAX = 20;
    /** An article-like path: a long slug, or a numeric id or date. */
    static final Pattern ARTICLE_PATH = Pattern.compile("(?i)/[^/?#]*\\w+-\\w+-\\w+[^/?#]*/?(?:[?#].*)?$|/\\d{5,}|/(19|20)\\d{2}/");

    private RelatedLinks() {
    }

    static List<Related> find(PageIndex index, JsonNode main, MetaTags meta, String pageUrl) {
        Map<String, Related> out = new LinkedHashMap<>();
        if (main != null) {
            for (JsonNode n : JsonLd.list(main.get("relatedLink"))) add(out, JsonLd.str(n), null, pageUrl);
            for (String k : new String[]{"isRelatedTo", "mentions", "citation"}) {
                for (JsonNode n : JsonLd.list(main.get(k))) {
                    if (n.isObject() && JsonLd.hasType(n, Vocabulary.ARTICLE_TYPES)) {
                        String title = JsonLd.str(n.get("headline"));
                        add(out, JsonLd.str(n.get("url")), title == null ? JsonLd.str(n.get("name")) : title, pageUrl);
                    }
                }
            }
        }
        for (Element l : meta.links("related")) add(out, index.absUrl(l, "href"), l.attr("title"), pageUrl);
        for (String v : meta.all("og:see_also")) add(out, v, null, pageUrl);
        if (out.isEmpty()) fromBlocks(index, out, pageUrl);
        return new ArrayList<>(out.values());
    }

    /** Links of blocks whose class or id says "related", kept when the URL looks like an article. */
    private static void fromBlocks(PageIndex index, Map<String, Related> out, String pageUrl) {
        Element done = null;
        int blocks = 0;
        for (Element block : Vocabulary.RELATED_BLOCK.select(index, 200)) {
            if (blocks > 12) break; // past the cap nothing more is read
            if (done != null && org.newsclip.html.DomCleaner.isInside(block, done) || ++blocks > 12) continue;
            done = block;
            for (Element a : block.getElementsByTag("a")) {
                String text = org.newsclip.html.ElementText.of(a); // trimmed, as text() is
                if (words(text) < 3) continue; // before absUrl: most links are short labels
                String href = index.absUrl(a, "href");
                if (!articlePath(href)) continue;
                add(out, href, text, pageUrl);
                if (out.size() >= MAX) return;
            }
            if (out.size() >= 3) return;
        }
    }

    /**
     * The number of words in a trimmed text, as {@code text.split("\\s+").length} counts them (an empty text
     * counts as one there, which no caller tells from none): runs of characters other than the regex's
     * whitespace {@code [ \t\n\x0B\f\r]}.
     */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    /**
     * Whether {@link #ARTICLE_PATH} finds a match in the URL, without the regex on printable ASCII (nearly every
     * resolved URL), where its branches read plainly: a path segment (up to the next '/', '?' or '#') holding three
     * word-character runs joined by single hyphens ("a-b-c"), that is followed by the end, by '/' and the end, or by
     * a query or fragment (after an optional '/'); or '/' and five digits; or "/19dd/" or "/20dd/". Any other
     * character (a line terminator changes what '.' and '$' match) leaves the answer to the regex.
     */
    static boolean articlePath(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') return ARTICLE_PATH.matcher(s).find();
        }
        for (int p = s.indexOf('/'); p >= 0; p = s.indexOf('/', p + 1)) {
            if (digits(s, p + 1) >= 5) return true;
            if (p + 5 < n && s.charAt(p + 5) == '/' && digits(s, p + 1) >= 4
                    && (s.startsWith("19", p + 1) || s.startsWith("20", p + 1))) return true;
            int q = p + 1;
            while (q < n && s.charAt(q) != '/' && s.charAt(q) != '?' && s.charAt(q) != '#') q++;
            if (threeWords(s, p + 1, q) && endsPath(s, q)) return true;
        }
        return false;
    }

    /** How many ASCII digits follow from {@code i}. */
    private static int digits(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        return j - i;
    }

    /** Whether {@code s[from, to)} holds {@code \w+-\w+-\w+}. */
    private static boolean threeWords(String s, int from, int to) {
        int runs = 0; // word runs joined by single hyphens so far
        boolean inRun = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
                if (!inRun && ++runs >= 3) return true;
                inRun = true;
            } else {
                if (c != '-' || !inRun) runs = 0; // a hyphen continues the chain only right after a word run
                inRun = false;
            }
        }
        return false;
    }

    /** Whether {@code /?(?:[?#].*)?$} matches at {@code q} in printable ASCII. */
    private static boolean endsPath(String s, int q) {
        if (q < s.length() && s.charAt(q) == '/') q++;
        return q == s.length() || s.charAt(q) == '?' || s.charAt(q) == '#';
    }


    private static void add(Map<String, Related> out, String url, String title, String pageUrl) {
        if (url == null || url.isBlank() || out.size() >= MAX) return;
        String u = Images.absolute(url.trim(), pageUrl);
        if (!u.startsWith("http") || u.equals(pageUrl)) return;
        String t = title == null || title.isBlank() ? null : title.trim();
        out.putIfAbsent(u, new Related(u, t));
    }
}
