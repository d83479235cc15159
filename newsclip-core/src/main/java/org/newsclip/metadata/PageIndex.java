package org.newsclip.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The elements the metadata rules look at, gathered in one walk of the document: by tag name, and every element
 * with a class, id or naming attribute together with its lower-case hint string. Each rule then scans a short list
 * instead of the whole tree. One instance serves one extraction.
 */
final class PageIndex {
    private static final java.util.Set<String> TAGS = java.util.Set.of("meta", "link", "script", "time", "abbr",
            "a", "h1", "h2", "p", "byline");

    private final Map<String, List<Element>> byTag = new HashMap<>();
    private final List<Element> hinted = new ArrayList<>();
    private final List<String> hints = new ArrayList<>();
    private final List<Element> itemprops = new ArrayList<>();

    PageIndex(Document doc) {
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) add(e);
        }, doc);
    }

    private void add(Element e) {
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
            List<Element> list = byTag.get(tag);
            if (list == null) byTag.put(tag, list = new ArrayList<>());
            list.add(e);
        }
        if (e.attributesSize() == 0) return; // most elements: no attributes, nothing more to read
        // web components that render a timestamp (<relative-time datetime>, <local-time datetime>,
        // <faceplate-timeago ts>) stand for a <time> element: custom element names hold a hyphen
        if (tag.indexOf('-') > 0 && DateParser.stampHolder(e)) byTag.computeIfAbsent("time", k -> new ArrayList<>()).add(e);
        // one read per attribute; the HTML parser lower-cases attribute names, so exact keys equal the
        // case-insensitive lookups of Element.className() and Element.id()
        org.jsoup.nodes.Attributes attrs = e.attributes();
        String c = attrs.get("class").trim();
        String id = attrs.get("id");
        boolean itemprop = attrs.hasKey("itemprop");
        if (itemprop) itemprops.add(e);
        if (c.isEmpty() && id.isEmpty() && !itemprop && !attrs.hasKey("rel") && !attrs.hasKey("data-testid")) return;
        hinted.add(e);
        hints.add(c.isEmpty() && id.isEmpty() ? "" : lower(c, id));
    }

    /** "class id" in lower case, copying only when a character needs it. */
    private static String lower(String c, String id) {
        String s = c + " " + id;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z' || ch > 127) return s.toLowerCase(Locale.ROOT);
        }
        return s;
    }

    /** The elements with the (lower-case) tag name, in document order. */
    List<Element> tag(String name) {
        return byTag.getOrDefault(name, Collections.emptyList());
    }

    /** Elements with a class, id, rel, itemprop or data-testid attribute, in document order. */
    List<Element> hinted() {
        return hinted;
    }

    /** The lower-case "class id" string of {@code hinted().get(i)}. */
    String hint(int i) {
        return hints.get(i);
    }

    /** Elements with an itemprop attribute, in document order. */
    List<Element> itemprops() {
        return itemprops;
    }
}
