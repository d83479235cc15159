package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The page's simple declared fields: site name, language and locale, canonical URL, description, section, tags,
 * keywords, genre, license and access. Each getter records its provenance.
 */
final class Descriptors {
    private static final java.util.regex.Pattern SUBTAG_END = java.util.regex.Pattern.compile("[-_,;\\s]");
    private static final java.util.regex.Pattern PRIMARY = java.util.regex.Pattern.compile("[a-z]{2,3}");
    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile("(\\.\\.\\.|…)\\s*$");
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("(?s).*&(#x?[0-9a-fA-F]+|[a-zA-Z]+);.*");
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile("[,;]");

    private final Document doc;
    private final MetaTags meta;
    private final JsonLd ld;
    private final JsonNode main;
    private final String url;
    private final Map<String, String> prov;
    private final Regions regions;
    private final PageIndex index;

    Descriptors(Document doc, PageIndex index, MetaTags meta, JsonLd ld, JsonNode main, String url, Map<String, String> prov,
                Regions regions) {
        this.regions = regions;
        this.index = index;
        this.doc = doc;
        this.meta = meta;
        this.ld = ld;
        this.main = main;
        this.url = url;
        this.prov = prov;
    }

    String siteName() {
        MetaTags.Value v = meta.first("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name");
        if (v != null) return note("site_name", v.value(), v.source());
        JsonNode site = ld.firstOfType(Set.of("website"));
        return site == null ? null : note("site_name", JsonLd.str(site.get("name")), "json-ld");
    }

    /** {language (BCP-47 primary subtag, lower case), locale (as the page writes it)}. */
    String[] language(String header) {
        List<Element> htmls = index.tag("html"); // what doc.selectFirst("html") finds, without a search
        Element html = htmls.isEmpty() ? null : htmls.get(0);
        String htmlLang = html == null ? "" : html.attr("lang").trim();
        if (htmlLang.isEmpty() && html != null) htmlLang = html.attr("xml:lang").trim();
        String[][] candidates = {
            {htmlLang, "dom"},
            {value("content-language"), "meta"},
            {value("language"), "meta"},
            {value("dc.language"), "meta"},
            {main == null ? null : JsonLd.nameOrText(main.get("inLanguage")), "json-ld"},
            {value("og:locale"), "opengraph"},
            {header, "meta"}};
        String language = null;
        String locale = value("og:locale");
        for (String[] c : candidates) {
            String p = primary(c[0]);
            if (p == null) continue;
            language = note("language", p, c[1]);
            if (locale == null) locale = c[0].split(",")[0].trim();
            break;
        }
        if (locale != null) note("locale", locale, value("og:locale") != null ? "opengraph" : prov.get("language"));
        return new String[]{language, locale};
    }

    private static String primary(String tag) {
        if (tag == null) return null;
        String p = SUBTAG_END.split(tag.trim())[0].toLowerCase(Locale.ROOT);
        return PRIMARY.matcher(p).matches() && !p.equals("und") && !p.equals("mul") ? p : null;
    }

    String canonical() {
        String c = meta.linkHref("canonical");
        if (c != null) return note("canonical_url", c, "dom");
        MetaTags.Value og = meta.first("og:url");
        if (og != null && og.value().startsWith("http")) return note("canonical_url", og.value(), "opengraph");
        if (main != null) {
            String u = JsonLd.str(main.get("url"));
            JsonNode page = main.get("mainEntityOfPage");
            if (u == null && page != null) u = page.isObject() ? JsonLd.str(page.get("@id")) : JsonLd.str(page);
            if (u != null && u.startsWith("http")) return note("canonical_url", u, "json-ld");
        }
        return null;
    }

    /**
     * The summary the page declares: Dublin Core, OpenGraph, plain meta and Twitter descriptions, then the JSON-LD
     * one. og:description is sometimes a social teaser ("There's no going back from here.") while the plain meta
     * description and the JSON-LD article agree on the real summary: then their text wins.
     */
    String description() {
        MetaTags.Value v = meta.first("dc:description", "dc.description", "dcterms.description", "og:description",
                "description", "twitter:description");
        String j = main == null ? null : JsonLd.str(main.get("description"));
        if (v != null && j != null && v.key().equals("og:description")) {
            String n = Titles.norm(j);
            for (String plain : meta.all("description")) {
                if (Titles.norm(plain).equals(n) && !n.equals(Titles.norm(v.value()))) {
                    return note("description", unescaped(plain), "meta");
                }
            }
        }
        if (v != null && j != null && opensBody(v.value(), j)) return note("description", unescaped(j), "json-ld");
        if (v != null) return note("description", unescaped(v.value()), v.source());
        return j == null ? null : note("description", unescaped(j), "json-ld");
    }

    /**
     * True when the declared description is only the opening of the article's own text (JSON-LD articleBody):
     * a CMS fills the meta tag from the body when nobody wrote a summary, and the article's JSON-LD description
     * is then the written one.
     */
    private boolean opensBody(String description, String ldDescription) {
        String body = JsonLd.str(main.get("articleBody"));
        if (body == null) return false;
        String d = Titles.norm(ELLIPSIS.matcher(description).replaceAll(""));
        // the JSON-LD one must be another text, not the same opening cut shorter
        if (d.length() < 40 || Titles.norm(ldDescription).startsWith(d.substring(0, 40))) return false;
        String start = body.substring(0, Math.min(body.length(), description.length() * 2 + 400));
        return Titles.norm(TAG.matcher(start).replaceAll(" ")).startsWith(d);
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");

    /** Pages that escape twice leave entities in attribute values: decode what is left. */
    private static String unescaped(String s) {
        return ENTITY.matcher(s).matches() ? org.jsoup.parser.Parser.unescapeEntities(s, true) : s;
    }

    String section(String title) {
        MetaTags.Value v = meta.first("article:section", "og:article:section", "section", "parsely-section",
                "article.section", "category");
        if (v != null) return note("section", v.value(), v.source());
        if (main != null) {
            String s = JsonLd.str(main.get("articleSection"));
            if (s != null) return note("section", s, "json-ld");
        }
        for (Element e : meta.items("articlesection")) {
            if (!e.text().isBlank()) return note("section", e.text().trim(), "microdata");
        }
        return breadcrumbSection(title);
    }

    /** The last breadcrumb that is neither home nor the article itself. */
    private String breadcrumbSection(String title) {
        JsonNode crumbs = ld.firstOfType(Set.of("breadcrumblist"));
        if (crumbs == null) return null;
        List<JsonNode> items = JsonLd.list(crumbs.get("itemListElement"));
        String best = null;
        for (int i = 1; i < items.size(); i++) {
            JsonNode it = items.get(i);
            String name = JsonLd.str(it.get("name"));
            if (name == null && it.get("item") != null) name = JsonLd.nameOrText(it.get("item"));
            if (name == null || Titles.norm(name).equals(Titles.norm(title))) continue;
            best = name;
        }
        return best == null ? null : note("section", best, "json-ld");
    }

    List<String> tags() {
        Set<String> out = new LinkedHashSet<>();
        for (String k : new String[]{"article:tag", "og:article:tag"}) {
            for (String v : meta.all(k)) split(v, out);
        }
        String source = out.isEmpty() ? null : "opengraph";
        if (main != null) {
            JsonNode kw = main.get("keywords");
            if (kw != null && kw.isArray()) kw.forEach(n -> split(JsonLd.nameOrText(n), out));
            else split(JsonLd.str(kw), out);
            for (JsonNode a : JsonLd.list(main.get("about"))) {
                String n = JsonLd.nameOrText(a);
                if (n != null && n.length() < 60) out.add(n);
            }
            if (source == null && !out.isEmpty()) source = "json-ld";
        }
        for (Element a : index.relLinks()) {
            String rel = PageIndex.attr(a, "rel");
            if (rel.isEmpty() || !REL_TAG.matcher(rel).find()) continue;
            String t = a.text().trim();
            if (!t.isEmpty() && t.length() < 60) out.add(t);
        }
        if (out.isEmpty()) tagLinks(out);
        if (source == null && !out.isEmpty()) source = "dom";
        if (source != null) prov.put("tags", source);
        return new ArrayList<>(out);
    }

    /** Visible tag lists: two or more links to tag pages under one parent, outside sidebars and navigation. */
    private void tagLinks(Set<String> out) {
        Element group = null;
        List<Element> links = new ArrayList<>();
        for (Element a : index.tag("a")) {
            String href = PageIndex.attr(a, "href");
            if (tagHref(href)) links.add(a);
        }
        for (Element a : links) {
            Element p = a.parent();
            if (group == null) {
                if (p == null || regions.foreign(a) || tagLinksUnder(p, links) < 2) continue;
                group = p;
            }
            if (p != group) continue;
            String t = a.text().trim();
            if (!t.isEmpty() && t.length() < 60) out.add(t);
        }
    }

    private static final java.util.regex.Pattern REL_TAG = java.util.regex.Pattern.compile("(?i)\\btag\\b");

    /**
     * A link to a tag page: a path segment "tag", "tags", "topic(s)", "themen", "keyword(s)", or one starting
     * "schlagw" or "stichw" (German), case aside, followed by a slash. A loop in place of the regex
     * {@code (?i)/(tags?|topics?|themen|schlagw\w*|stichw\w*|keywords?)/}, which every link of a page met: ASCII
     * case only, as that regex's.
     */
    static boolean tagHref(String href) {
        for (int i = href.indexOf('/'); i >= 0; i = href.indexOf('/', i + 1)) {
            int j = i + 1;
            char c = j < href.length() ? (char) (href.charAt(j) | 0x20) : ' '; // every word starts with t, k or s
            if (c != 't' && c != 'k' && c != 's') continue;
            if (segment(href, j, "tag", true) || segment(href, j, "topic", true) || segment(href, j, "themen", false)
                    || segment(href, j, "keyword", true) || stem(href, j, "schlagw") || stem(href, j, "stichw")) {
                return true;
            }
        }
        return false;
    }

    /** The word at {@code j} (its plural "s" allowed where {@code plural}), then a slash. */
    private static boolean segment(String s, int j, String word, boolean plural) {
        if (!startsAscii(s, j, word)) return false;
        int k = j + word.length();
        if (k < s.length() && s.charAt(k) == '/') return true;
        return plural && k + 1 < s.length() && (s.charAt(k) | 0x20) == 's' && s.charAt(k + 1) == '/';
    }

    /** The stem at {@code j}, then ASCII word characters, then a slash. */
    private static boolean stem(String s, int j, String word) {
        if (!startsAscii(s, j, word)) return false;
        int k = j + word.length();
        while (k < s.length() && asciiWord(s.charAt(k))) k++;
        return k < s.length() && s.charAt(k) == '/';
    }

    /** True when {@code s} holds the lower-case ASCII word at {@code j}, ASCII capitals folded. */
    private static boolean startsAscii(String s, int j, String word) {
        if (j + word.length() > s.length()) return false;
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(j + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k)) return false;
        }
        return true;
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** How many of the tag links lie inside the element. */
    private static int tagLinksUnder(Element p, List<Element> links) {
        int n = 0;
        for (Element a : links) {
            for (Element x = a; x != null; x = x.parent()) {
                if (x == p) {
                    if (++n >= 2) return n;
                    break;
                }
            }
        }
        return n;
    }

    List<String> keywords() {
        Set<String> out = new LinkedHashSet<>();
        for (String k : new String[]{"news_keywords", "keywords"}) for (String v : meta.all(k)) split(v, out);
        if (!out.isEmpty()) prov.put("keywords", "meta");
        return new ArrayList<>(out);
    }

    private static void split(String v, Set<String> out) {
        if (v == null) return;
        for (String s : COMMA.split(v)) {
            String t = s.trim();
            if (!t.isEmpty() && t.length() < 80) out.add(t);
        }
    }

    String genre() {
        return main == null ? null : note("genre", JsonLd.nameOrText(main.get("genre")), "json-ld");
    }

    String license() {
        String l = meta.linkHref("license");
        if (l != null) return note("license", l, "dom");
        return main == null ? null : note("license", JsonLd.nameOrText(main.get("license")), "json-ld");
    }

    /** {@code free} or {@code paywalled} as declared by isAccessibleForFree or a content-tier marker. */
    String access() {
        if (main != null) {
            String free = JsonLd.str(main.get("isAccessibleForFree"));
            for (JsonNode part : JsonLd.list(main.get("hasPart"))) {
                if (part.isObject() && "false".equalsIgnoreCase(JsonLd.str(part.get("isAccessibleForFree")))) {
                    free = "false";
                }
            }
            if (free != null) {
                return note("access", free.equalsIgnoreCase("false") || free.equalsIgnoreCase("no") ? "paywalled"
                        : "free", "json-ld");
            }
        }
        MetaTags.Value tier = meta.first("article:content_tier", "content_tier", "paywall");
        if (tier == null) return null;
        String t = tier.value().toLowerCase(Locale.ROOT);
        return note("access", t.equals("free") || t.equals("false") ? "free" : "paywalled", tier.source());
    }

    private String value(String key) {
        MetaTags.Value v = meta.first(key);
        return v == null ? null : v.value();
    }

    private String note(String field, String value, String source) {
        if (value == null || value.isBlank()) return null;
        prov.put(field, source);
        return value.trim();
    }
}
