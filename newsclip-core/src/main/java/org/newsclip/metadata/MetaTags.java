package org.newsclip.metadata;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page's {@code <meta>} tags, {@code <link rel>} elements and microdata properties, each gathered in one pass
 * and looked up by lower-case name.
 */
final class MetaTags {
    /** A meta value with the attribute name it came under, for provenance. */
    record Value(String key, String value) {
        /** The provenance of a meta key: {@code opengraph}, {@code twitter} or {@code meta}. */
        String source() {
            if (key.startsWith("og:") || key.startsWith("article:") || key.startsWith("book:")) return "opengraph";
            if (key.startsWith("twitter:")) return "twitter";
            return "meta";
        }
    }

    private final Map<String, List<String>> meta = new HashMap<>();
    private final List<Value> ordered = new ArrayList<>();
    private final Map<String, List<Element>> links = new HashMap<>();
    private final Map<String, List<Element>> items = new HashMap<>();

    /** The page's index, which resolves the links' URLs. */
    private final PageIndex index;

    private MetaTags(PageIndex index) {
        this.index = index;
    }

    static MetaTags read(PageIndex index) {
        MetaTags t = new MetaTags(index);
        for (Element m : index.tag("meta")) {
            if (m.attributesSize() == 0) continue; // no content
            org.jsoup.nodes.Attributes attrs = m.attributes(); // exact keys: see PageIndex.attr
            String content = attrs.hasKey("content") ? attrs.get("content") : attrs.get("value");
            content = Titles.squash(content);
            if (content.isEmpty()) continue;
            for (String attr : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                String k = attrs.get(attr).trim().toLowerCase(Locale.ROOT);
                if (k.isEmpty()) continue;
                for (String key : words(k)) {
                    t.meta.computeIfAbsent(key, x -> new ArrayList<>()).add(content);
                    t.ordered.add(new Value(key, content));
                }
            }
        }
        for (Element l : index.tag("link")) {
            for (String rel : words(PageIndex.attr(l, "rel").toLowerCase(Locale.ROOT))) {
                if (!rel.isEmpty()) t.links.computeIfAbsent(rel, x -> new ArrayList<>()).add(l);
            }
        }
        for (Element e : index.itemprops()) {
            if (e.tagName().equals("meta")) continue;
            for (String p : words(PageIndex.attr(e, "itemprop").toLowerCase(Locale.ROOT))) {
                t.items.computeIfAbsent(p, x -> new ArrayList<>()).add(e);
            }
        }
        return t;
    }

    /** The whitespace-separated words of an attribute value; most hold one word, which needs no regex split. */
    private static String[] words(String v) {
        for (int i = 0; i < v.length(); i++) if (Character.isWhitespace(v.charAt(i))) return v.split("\\s+");
        return new String[]{v};
    }

    /** The first value under any of the keys, keys tried in order; null when none. */
    Value first(List<String> keys) {
        for (String k : keys) {
            List<String> v = meta.get(k);
            if (v != null) return new Value(k, v.get(0));
        }
        return null;
    }

    Value first(String... keys) {
        return first(List.of(keys));
    }

    /** Every value under the key, in page order. */
    List<String> all(String key) {
        return meta.getOrDefault(key, List.of());
    }

    /** Every meta value in page order, with its key. */
    List<Value> ordered() {
        return ordered;
    }

    /** The {@code <link>} elements with the rel token. */
    List<Element> links(String rel) {
        return links.getOrDefault(rel, List.of());
    }

    /** The first absolute href of a link rel, or null. */
    String linkHref(String rel) {
        for (Element l : links(rel)) {
            String h = index.absUrl(l, "href");
            if (h.isEmpty()) h = l.attr("href").trim();
            if (!h.isEmpty()) return h;
        }
        return null;
    }

    /** Microdata elements (other than meta) with the itemprop. */
    List<Element> items(String prop) {
        return items.getOrDefault(prop, List.of());
    }

    /** The value of a microdata element: content, datetime, href or src attribute, else its text. */
    static String itemValue(Element e) {
        for (String a : new String[]{"content", "datetime", "title"}) {
            if (e.hasAttr(a) && !e.attr(a).isBlank() && (!a.equals("title") || e.tagName().equals("abbr"))) {
                return e.attr(a).trim();
            }
        }
        return e.text().trim();
    }
}
