package org.newsclip.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DOM cleaning helpers for the content extractor: one pass that drops junk elements and resolves lazy images and
 * {@code <template>} / {@code <noscript>} content, and one pass that drops page chrome named by class, id or role.
 * Stateless and thread-safe.
 */
public final class DomCleaner {

    /** What the chrome pass found: the comment sections it set aside (detached, in page order). */
    public record Removed(List<Element> comments) {
    }

    /**
     * First pass: removes {@link Vocabulary#JUNK_TAGS}, HTML comments and hidden elements, resolves lazy images,
     * unwraps {@code <template>} and image-only {@code <noscript>}.
     *
     * @return the number of non-blank characters left under {@code root}
     */
    public int prepare(Element root) {
        List<Hidden> hidden = new ArrayList<>();
        int total = prepareNode(root, hidden);
        for (Hidden h : hidden) {
            // client-rendered pages ship the whole article in a hidden node: keep a hidden node that big
            if (h.chars * 2 < total) {
                h.element.remove();
                total -= h.chars;
            }
        }
        return total;
    }

    private record Hidden(Element element, int chars) {
    }

    private int prepareNode(Element e, List<Hidden> hidden) {
        int chars = 0;
        List<Node> children = new ArrayList<>(e.childNodes());
        for (Node n : children) {
            if (n instanceof TextNode t) {
                chars += countChars(t.getWholeText());
            } else if (n instanceof Element c) {
                chars += prepareElement(c, hidden);
            } else {
                n.remove(); // comments, doctype fragments
            }
        }
        return chars;
    }

    private int prepareElement(Element c, List<Hidden> hidden) {
        String name = c.normalName();
        if (name.equals("noscript")) return noscript(c);
        if (Vocabulary.JUNK_TAGS.contains(name)) {
            c.remove();
            return 0;
        }
        if (name.equals("img")) {
            resolveLazyImage(c);
            return 0;
        }
        int chars = prepareNode(c, hidden);
        if (isHidden(c)) hidden.add(new Hidden(c, chars));
        if (name.equals("template")) c.unwrap(); // client-side rendered content still belongs to the page
        return chars;
    }

    /** A {@code <noscript>} that holds the real image of a lazy one is kept; others (JS warnings) go. */
    private int noscript(Element ns) {
        Element img = ns.selectFirst("img");
        if (img == null && ns.childrenSize() == 0 && ns.wholeText().contains("<img")) {
            // parsed as raw text: read the markup it holds
            img = Jsoup.parseBodyFragment(ns.wholeText(), ns.baseUri()).selectFirst("img");
            if (img != null) {
                ns.empty();
                ns.appendChild(img);
            }
        }
        if (img == null) {
            ns.remove();
            return 0;
        }
        Element prev = ns.previousElementSibling();
        Element lazy = prev == null ? null : prev.nameIs("img") ? prev : prev.selectFirst("img");
        if (lazy != null) {
            resolveLazyImage(lazy);
            if (!usableSrc(lazy.attr("src"))) lazy.attr("src", img.attr("src"));
            ns.remove();
            return 0;
        }
        resolveLazyImage(img);
        ns.unwrap();
        return 0;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equals(e.attr("aria-hidden")) && e.childNodeSize() < 3) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Moves the real URL of a lazy-loaded image into {@code src}. */
    static void resolveLazyImage(Element img) {
        if (usableSrc(img.attr("src")) && !img.hasAttr("data-src")) return;
        for (String attr : Vocabulary.LAZY_SRC_ATTRIBUTES) {
            String v = img.attr(attr).strip();
            if (v.isEmpty()) continue;
            String url = attr.endsWith("srcset") ? largestFromSrcset(v) : v;
            if (usableSrc(url)) {
                img.attr("src", url);
                return;
            }
        }
    }

    private static boolean usableSrc(String src) {
        return !src.isBlank() && !Vocabulary.PLACEHOLDER_SRC.matcher(src).find();
    }

    private static String largestFromSrcset(String srcset) {
        String best = "";
        double bestW = -1;
        for (String part : srcset.split(",\\s+")) {
            String[] bits = part.strip().split("\\s+");
            if (bits.length == 0 || bits[0].isEmpty()) continue;
            double w = 0;
            if (bits.length > 1) {
                try {
                    w = Double.parseDouble(bits[1].replaceAll("[^0-9.]", ""));
                } catch (NumberFormatException ignored) {
                    w = 0;
                }
            }
            if (w > bestW) {
                bestW = w;
                best = bits[0];
            }
        }
        return best;
    }

    /**
     * Second pass: removes chrome elements (by tag, role, class or id) unless they hold more than {@code maxShare}
     * of the page's text (a guard against wrappers named "has-sidebar" and the like). Comment sections are detached
     * and returned rather than dropped.
     */
    public Removed removeChrome(Element root, int totalChars, double maxShare, ClassNames names) {
        List<Element> comments = new ArrayList<>();
        removeChrome(root, (int) (totalChars * maxShare), comments, names);
        return new Removed(comments);
    }

    private void removeChrome(Element e, int maxChars, List<Element> comments, ClassNames names) {
        for (int i = e.childrenSize() - 1; i >= 0; i--) {
            Element c = e.child(i);
            int f = names.flags(c);
            boolean named = (f & ClassNames.STRONG_POSITIVE) == 0;
            boolean comment = named && (f & ClassNames.COMMENTS) != 0;
            boolean chrome = Vocabulary.CHROME_TAGS.contains(c.normalName())
                    || (c.hasAttr("role") && Vocabulary.CHROME_ROLES.contains(c.attr("role")))
                    || (named && (f & ClassNames.STRONG_BOILERPLATE) != 0);
            if ((chrome || comment) && (textChars(c) <= maxChars || isSidebar(c) && !holdsArticle(c))) {
                if (comment && c.childrenSize() > 0) comments.add(0, c);
                c.remove();
            } else {
                removeChrome(c, maxChars, comments, names);
            }
        }
    }

    /** An aside by tag or role: chrome however big, unless it wraps the article. */
    private static boolean isSidebar(Element e) {
        return e.nameIs("aside") || "complementary".equals(e.attr("role"));
    }

    /** True if a big chrome-named element wraps the article itself (a "has-sidebar" layout wrapper). */
    private static boolean holdsArticle(Element e) {
        return e.selectFirst("main, h1, [itemprop=articleBody], [role=main]") != null;
    }

    /** The element's class and id, space separated ("" when it has neither). */
    public static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) return id;
        if (id.isEmpty()) return cls;
        return cls + " " + id;
    }

    /** Non-blank characters of the text under an element (no string is built). */
    public static int textChars(Element e) {
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) n += countChars(t.getWholeText());
            else if (c instanceof Element ce) n += textChars(ce);
        }
        return n;
    }

    static int countChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u00a0') n++;
        }
        return n;
    }
}
