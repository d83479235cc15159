package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsclip.model.Author;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article's authors: JSON-LD author objects, arrays and references; author meta tags; rel=author links,
 * microdata and visible bylines. Organisations are never returned as authors.
 */
final class AuthorFinder {
    /** The authors found and the source that gave them. */
    record Found(List<Author> authors, String source, String organisation) {
    }

    private static final String BYLINE_SELECTOR = "[rel~=author],[itemprop~=author],[class~=(?i)byline|author|autor"
            + "|verfasser|writer|journalist|contributor|auteur],[id~=(?i)byline|author]";

    private final Set<String> exclude;

    /** @param exclude normalised names that are organisations here (site name, publisher) */
    AuthorFinder(Set<String> exclude) {
        this.exclude = exclude;
    }

    Found find(JsonLd ld, JsonNode main, MetaTags meta, Document doc, Element headline) {
        Map<String, Author> people = new LinkedHashMap<>();
        String org = null;
        if (main != null) {
            JsonNode a = main.has("author") ? main.get("author") : main.get("creator");
            for (JsonNode n : JsonLd.list(a)) {
                JsonNode r = ld.resolve(n);
                if (r.isObject() && JsonLd.hasType(r, Vocabulary.ORG_TYPES)) {
                    if (org == null) org = JsonLd.str(r.get("name"));
                    continue;
                }
                addAll(people, r.isObject() ? JsonLd.str(r.get("name")) : JsonLd.str(r), profile(r));
            }
        }
        if (!people.isEmpty()) return new Found(new ArrayList<>(people.values()), "json-ld", org);
        String metaSource = fromMeta(meta, people);
        if (!people.isEmpty()) return new Found(new ArrayList<>(people.values()), metaSource, org);
        fromDom(doc, headline, people);
        return new Found(new ArrayList<>(people.values()), people.isEmpty() ? null : "dom", org);
    }

    private String fromMeta(MetaTags meta, Map<String, Author> people) {
        for (String key : Vocabulary.AUTHOR_META) {
            for (String v : meta.all(key)) {
                if (v.startsWith("http")) continue;
                addAll(people, v, null);
            }
            if (!people.isEmpty()) return key.startsWith("article:") || key.startsWith("og:") ? "opengraph" : "meta";
        }
        return null;
    }

    /** The first byline-like element (outside foreign regions) that yields names; rel=author links give URLs. */
    private void fromDom(Document doc, Element headline, Map<String, Author> people) {
        Element first = null;
        int seen = 0;
        for (Element e : doc.select(BYLINE_SELECTOR)) {
            if (++seen > 200) break;
            if (e.tagName().equals("body") || e.tagName().equals("html") || e.tagName().equals("meta")
                    || e.tagName().equals("link")) continue;
            if (Regions.foreign(e)) continue;
            if (first != null && !first.equals(e.parent()) && !first.equals(e) && !isInside(e, first)) {
                if (!people.isEmpty()) return;
            }
            Element nameEl = e.selectFirst("[itemprop=name]");
            String text = nameEl != null ? nameEl.text() : e.text();
            if (text.length() > 160) continue;
            String url = e.tagName().equals("a") ? e.absUrl("href") : null;
            if (url == null) {
                Element a = e.selectFirst("a[href]");
                if (a != null && a.text().length() > 2) url = a.absUrl("href");
            }
            int before = people.size();
            addAll(people, text, url == null || url.isEmpty() ? null : url);
            if (people.size() > before && first == null) first = e;
        }
    }

    private static boolean isInside(Element e, Element container) {
        for (Element a = e.parent(); a != null; a = a.parent()) if (a.equals(container)) return true;
        return false;
    }

    private void addAll(Map<String, Author> people, String raw, String url) {
        List<String> names = Authors.clean(raw, exclude);
        for (String n : names) {
            people.putIfAbsent(Titles.norm(n), new Author(n, names.size() == 1 ? url : null));
        }
    }

    private static String profile(JsonNode n) {
        if (n == null || !n.isObject()) return null;
        String u = JsonLd.str(n.get("url"));
        if (u == null) u = JsonLd.str(n.get("sameAs"));
        if (u == null) {
            String id = JsonLd.str(n.get("@id"));
            if (id != null && id.startsWith("http") && !id.contains("#")) u = id;
        }
        return u;
    }
}
