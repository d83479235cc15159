package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.newsclip.html.DomCleaner;

/**
 * Where a date element stands relative to the page's story: in the headline's own item or beside it, in a teaser of
 * another story (a card linked elsewhere, an {@code <article>} beside the headline's), in the masthead. The date rules
 * of {@link Dates} ask these to tell the article's own dates from those of the stories and boxes around it.
 */
final class DatePlaces {
    private DatePlaces() {
    }

    /**
     * True when the element's nearest item (an {@code itemscope} ancestor other than the body) holds the headline:
     * its dates are the article's own, wherever its template sets them ({@code <aside class="meta">}).
     */
    static boolean ownItem(Element e, Element headline) {
        if (headline == null) return false;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (!a.hasAttr("itemscope")) continue;
            if (a.nameIs("body") || a.nameIs("html")) return false;
            return DomCleaner.isInside(headline, a);
        }
        return false;
    }

    /**
     * True for an element outside any item that follows the headline within the headline's own block (its parent or
     * grandparent): a template that marks up a date without an item ({@code <div class="header"><h3>…</h3></div>
     * <div class="footer"><time itemprop="datePublished">}) sets the article's date there, whatever its box's class.
     */
    static boolean besideHeadline(Element e, Element headline) {
        if (headline == null || itemDepth(e, 1) > 0 || !Regions.after(e, headline)) return false;
        Element box = headline.parent();
        for (int i = 0; i < 2 && box != null && !box.nameIs("body"); i++, box = box.parent()) {
            if (DomCleaner.isInside(e, box)) return true;
        }
        return false;
    }

    /** How many items enclose the element (ancestors with {@code itemscope}), counted up to {@code max}. */
    static int itemDepth(Element e, int max) {
        int n = 0;
        for (Element a = e.parent(); a != null && n < max; a = a.parent()) if (a.hasAttr("itemscope")) n++;
        return n;
    }

    /**
     * True when the element sits in a link to another page: a teaser card wrapped in one {@code <a>} (picture,
     * headline, date) lists another story, whose date it shows. A date linked to the page itself (a permalink, as
     * blog themes set it in the byline) is the page's own.
     */
    static boolean linksElsewhere(Element e, String page) {
        Element a = e.parent();
        for (int i = 0; i < 6 && a != null && !a.nameIs("a"); i++) a = a.parent();
        if (a == null || !a.nameIs("a")) return false;
        String href = a.attr("href").trim();
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:")) return false;
        String abs = a.absUrl("href");
        return !pageKey(abs.isEmpty() ? href : abs).equals(pageKey(page));
    }

    /** A URL without scheme, "www.", query, fragment and trailing slash: two links to one page compare equal. */
    static String pageKey(String url) {
        if (url == null) return "";
        String s = url;
        int q = s.indexOf('?');
        if (q >= 0) s = s.substring(0, q);
        q = s.indexOf('#');
        if (q >= 0) s = s.substring(0, q);
        int scheme = s.indexOf("://");
        if (scheme >= 0) s = s.substring(scheme + 3);
        if (s.startsWith("www.")) s = s.substring(4);
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * True when the element stands in an {@code <article>} beside the headline's own (not inside it): a teaser of
     * another story in a list of them ("Trending topics"), whose date is that story's.
     */
    static boolean otherStory(Element e, Element story) {
        if (story == null) return false;
        Element a = enclosingArticle(e);
        return a != null && a != story && !DomCleaner.isInside(a, story);
    }

    /** The nearest {@code <article>} ancestor of the element, or null. */
    static Element enclosingArticle(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) if (a.nameIs("article")) return a;
        return null;
    }

    /** True when the element or one of its few nearest ancestors is the site's masthead. */
    static boolean inMasthead(Element e) {
        Element a = e;
        for (int i = 0; i < 4 && a != null && !a.nameIs("body"); i++, a = a.parent()) {
            if (Vocabulary.MASTHEAD.on(a)) return true;
        }
        return false;
    }
}
