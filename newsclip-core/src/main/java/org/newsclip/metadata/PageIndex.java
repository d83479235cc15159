package org.newsclip.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The elements the metadata rules look at, gathered in one walk of the document: by tag name, and every element
 * with a class, id or naming attribute together with its lower-case hint string and that string's letter mask, and
 * the body's short text nodes that may open a byline. Each rule then scans a short list instead of the whole tree.
 * One instance serves one extraction.
 */
final class PageIndex {
    /** The tag names indexed; {@link #slot} numbers them. */
    private static final int TAGS = 11;
    /** {@link #slot} of {@code <a>}. */
    private static final int A_SLOT = 5;

    private final List<List<Element>> byTag = new ArrayList<>(TAGS);
    private final List<Element> hinted = new ArrayList<>(256);
    /**
     * The hint string of each hinted element once {@link #hint} has built it, else null: most are never read, as
     * their mask already rules out every token of the sets tested, and building them copied a fair share of all
     * the bytes an extraction allocates (class strings with capitals, a class and an id joined).
     */
    private String[] hints = new String[256];
    /** The trimmed class and the id of each hinted element, from which {@link #hint} builds its string. */
    private String[] classes = new String[256];
    private String[] ids = new String[256];
    /** Whether that class and id are ASCII without capitals: their own lower-case forms. */
    private boolean[] plain = new boolean[256];
    /** The {@link Hints#mask} of each hint string, computed once for every token set's test. */
    private int[] masks = new int[256];
    /**
     * Whether each hinted element has a rel, itemprop or data-testid attribute: read here, where the element's
     * attributes are at hand, so that the byline test need not look at most elements' attributes again.
     */
    private boolean[] roleFlags = new boolean[256];
    private final List<Element> itemprops = new ArrayList<>();
    private final List<Element> relLinks = new ArrayList<>();
    private final List<TextNode> leadTexts = new ArrayList<>();
    private final List<TextNode> bodyTexts = new ArrayList<>(512);

    PageIndex(Document doc) {
        for (int i = 0; i < TAGS; i++) byTag.add(new ArrayList<>());
        walk(doc, body(doc));
    }

    /**
     * Visits every element and the body's text nodes in document order, as NodeTraversor would, with a stack of
     * (element, next child) in place of its sibling and parent lookups: about a third cheaper on large pages.
     */
    private void walk(Document doc, Element body) {
        Element[] elements = new Element[64];
        int[] next = new int[64];
        int top = 0;
        boolean inBody = false;
        add(doc);
        elements[top] = doc;
        next[top++] = 0;
        while (top > 0) {
            Element el = elements[top - 1];
            int i = next[top - 1];
            if (i >= el.childNodeSize()) {
                elements[--top] = null;
                if (el == body) inBody = false;
                continue;
            }
            next[top - 1] = i + 1;
            Node child = el.childNode(i);
            if (child instanceof Element e) {
                add(e);
                if (e == body) inBody = true;
                if (top == elements.length) {
                    elements = java.util.Arrays.copyOf(elements, top * 2);
                    next = java.util.Arrays.copyOf(next, top * 2);
                }
                elements[top] = e;
                next[top++] = 0;
            } else if (inBody && child instanceof TextNode t) {
                String whole = t.getWholeText();
                if (whole.length() >= 4) bodyTexts.add(t);
                if (whole.length() <= 400 && TextScans.mayLead(whole)) leadTexts.add(t);
            }
        }
    }

    /** The element {@link Document#body()} returns, found without its side effect of creating a missing one. */
    private static Element body(Document doc) {
        for (Element h = doc.firstElementChild(); h != null; h = h.nextElementSibling()) {
            if (!h.nameIs("html")) continue;
            for (Element b = h.firstElementChild(); b != null; b = b.nextElementSibling()) {
                if (b.nameIs("body") || b.nameIs("frameset")) return b;
            }
            return null;
        }
        return null;
    }

    private void add(Element e) {
        String tag = e.normalName();
        int slot = slot(tag);
        if (slot >= 0) byTag.get(slot).add(e);
        if (e.attributesSize() == 0) return; // most elements: no attributes, nothing more to read
        // web components that render a timestamp (<relative-time datetime>, <local-time datetime>,
        // <faceplate-timeago ts>) stand for a <time> element: custom element names hold a hyphen (tested below)
        // one read per attribute; the HTML parser lower-cases attribute names, so exact keys equal the
        // case-insensitive lookups of Element.className(), Element.id() and Element.hasAttr()
        org.jsoup.nodes.Attributes attrs = e.attributes();
        if (tag.indexOf('-') > 0 && (attrs.hasKey("datetime") || attrs.hasKey("ts"))) byTag.get(slot("time")).add(e);
        String c = attrs.get("class").trim();
        String id = attrs.get("id");
        boolean itemprop = attrs.hasKey("itemprop");
        if (itemprop) itemprops.add(e);
        boolean rel = attrs.hasKey("rel");
        if (rel && slot == A_SLOT) relLinks.add(e);
        boolean roles = itemprop || rel || attrs.hasKey("data-testid");
        if (c.isEmpty() && id.isEmpty() && !roles) return;
        int at = hinted.size();
        if (at == masks.length) {
            masks = java.util.Arrays.copyOf(masks, at * 2);
            roleFlags = java.util.Arrays.copyOf(roleFlags, at * 2);
            hints = java.util.Arrays.copyOf(hints, at * 2);
            classes = java.util.Arrays.copyOf(classes, at * 2);
            ids = java.util.Arrays.copyOf(ids, at * 2);
            plain = java.util.Arrays.copyOf(plain, at * 2);
        }
        roleFlags[at] = roles;
        classes[at] = c;
        ids[at] = id;
        masks[at] = c.isEmpty() && id.isEmpty() ? 0 : maskOf(c, id, at);
        hinted.add(e);
    }

    /** The index of an indexed tag name's list, or -1. */
    private static int slot(String tag) {
        return switch (tag) {
            case "meta" -> 0;
            case "link" -> 1;
            case "script" -> 2;
            case "time" -> 3;
            case "abbr" -> 4;
            case "a" -> 5;
            case "h1" -> 6;
            case "h2" -> 7;
            case "p" -> 8;
            case "byline" -> 9;
            case "html" -> 10;
            default -> -1;
        };
    }

    /**
     * The hint string of a class and an id: "class id" in lower case ({@code toLowerCase(Locale.ROOT)}), or the
     * one of them that is not empty alone. The shorter form spares a copy on most elements (a class, no id, no
     * capitals: the class string itself) and gives every {@link Hints} set the same answers as "class id": no token
     * holds a space, and an end of the string stands where the space stood, which is no letter either.
     */
    static String lower(String c, String id) {
        String s = id.isEmpty() ? c : c.isEmpty() ? id : c + " " + id;
        return s.toLowerCase(Locale.ROOT); // the string itself when it has no capitals
    }

    /**
     * The {@link Hints#mask} of {@link #lower}{@code (c, id)}, without building that string on ASCII text (most
     * class names), where the mask of a capital is its small letter's. Other text is lowered first (a non-ASCII
     * capital may lower to an ASCII letter), and the string is kept at {@code hints[at]}.
     */
    private int maskOf(String c, String id, int at) {
        int m = asciiMask(c);
        int n = m < 0 ? -1 : asciiMask(id);
        if (n >= 0) {
            plain[at] = ((m | n) & CAPITAL) == 0;
            return (m | n) & ~CAPITAL;
        }
        String s = lower(c, id);
        hints[at] = s;
        return Hints.mask(s);
    }

    /** A bit above those of {@link Hints#mask}: set by {@link #asciiMask} where the string holds a capital. */
    private static final int CAPITAL = 1 << 30;

    /**
     * The {@link Hints#mask} of the lower-cased ASCII string, with {@link #CAPITAL} where it holds a capital, or -1
     * when it holds a character beyond ASCII.
     */
    private static int asciiMask(String s) {
        int m = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch > 127) return -1;
            m |= ASCII_BITS[ch];
            if (ch >= 'A' && ch <= 'Z') m |= CAPITAL;
        }
        return m;
    }

    /** {@link Hints#bit} of each ASCII character lower-cased. */
    private static final int[] ASCII_BITS = new int[128];

    static {
        for (char ch = 0; ch < 128; ch++) ASCII_BITS[ch] = Hints.bit(Character.toLowerCase(ch));
    }

    /**
     * The attribute's value by its exact lower-case name: what {@link Element#attr} reads, as the HTML parser
     * lower-cases attribute names, without its case-insensitive search (and without creating an empty attribute
     * set on an element that has none).
     */
    static String attr(Element e, String key) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(key);
    }

    /** The base URI {@link #absUrl} last resolved against, as the element gave it, and that URI parsed (or null). */
    private String base;
    private java.net.URL baseUrl;

    /**
     * What {@code e.absUrl(key)} answers, with the base URI parsed once per page instead of once per link. jsoup's
     * absUrl calls {@code StringUtil.resolve(String, String)}, which strips control characters from both (a regex
     * pass that matches at every character), parses the base and calls {@code StringUtil.resolve(URL, String)},
     * which strips the link again; that last call is made here on the base parsed once. Where the base does not
     * parse or resolving fails, jsoup's own call answers, so the answer is always jsoup's.
     */
    String absUrl(Element e, String key) {
        if (e.attributesSize() == 0 || !e.attributes().hasKeyIgnoreCase(key)) return "";
        String b = e.baseUri();
        if (!b.equals(base)) {
            base = b;
            baseUrl = parse(withoutControlChars(b));
        }
        if (baseUrl == null) return e.absUrl(key);
        try {
            return org.jsoup.internal.StringUtil.resolve(baseUrl, e.attributes().getIgnoreCase(key)).toExternalForm();
        } catch (java.net.MalformedURLException ex) {
            return e.absUrl(key);
        }
    }

    private static java.net.URL parse(String url) {
        try {
            return new java.net.URL(url);
        } catch (java.net.MalformedURLException ex) {
            return null;
        }
    }

    /** The string without its characters U+0000 to U+001F, as jsoup strips them before resolving a URL. */
    static String withoutControlChars(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= ' ') i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) if (s.charAt(i) >= ' ') sb.append(s.charAt(i));
        return sb.toString();
    }

    /** The elements with the (lower-case) tag name, in document order. */
    List<Element> tag(String name) {
        int slot = slot(name);
        return slot < 0 ? Collections.emptyList() : byTag.get(slot);
    }

    /** Elements with a class, id, rel, itemprop or data-testid attribute, in document order. */
    List<Element> hinted() {
        return hinted;
    }

    /** The lower-case "class id" string of {@code hinted().get(i)} (see {@link #lower}), built when first asked. */
    String hint(int i) {
        String h = hints[i];
        if (h == null) {
            String c = classes[i];
            String id = ids[i];
            h = c.isEmpty() && id.isEmpty() ? "" : lower(c, id);
            hints[i] = h;
        }
        return h;
    }

    /**
     * The body's text nodes of at most 400 characters whose first character could start a byline ("By", "von",
     * "Text:"), in document order: gathered here so that the byline fallback needs no walk of its own.
     */
    List<TextNode> leadTexts() {
        return leadTexts;
    }

    /**
     * The body's text nodes of at least 4 characters, in document order: the texts that may hold a date's four
     * digits, kept so that the text date rule reads them without a walk of its own.
     */
    List<TextNode> bodyTexts() {
        return bodyTexts;
    }

    /**
     * The lower-cased class of {@code hinted().get(i)} ({@code toLowerCase(Locale.ROOT)}: the string itself when it
     * has no capitals, as most class names have none). With {@link #lowerId} it answers every token set as the
     * joined {@link #hint} does (no token holds a space), without joining the two.
     */
    String lowerClass(int i) {
        return plain[i] ? classes[i] : classes[i].toLowerCase(Locale.ROOT);
    }

    /** The lower-cased id of {@code hinted().get(i)} (see {@link #lowerClass}). */
    String lowerId(int i) {
        return plain[i] ? ids[i] : ids[i].toLowerCase(Locale.ROOT);
    }

    /** The {@link Hints#mask} of {@code hint(i)}. */
    int mask(int i) {
        return masks[i];
    }

    /** True when {@code hinted().get(i)} has a rel, itemprop or data-testid attribute. */
    boolean roles(int i) {
        return roleFlags[i];
    }

    /**
     * The {@code <a>} elements with a rel attribute, in document order: the few links whose rel the tag rule reads,
     * found here where the attributes are read anyway, so that it need not look up a rel on every link.
     */
    List<Element> relLinks() {
        return relLinks;
    }

    /** Elements with an itemprop attribute, in document order. */
    List<Element> itemprops() {
        return itemprops;
    }
}
