package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.newsclip.html.ClassNames;
import org.newsclip.html.DomCleaner;
import org.newsclip.html.Vocabulary;

/**
 * The teaser-card rule: CMS templates (TYPO3, Government Site Builder, Drupal and many German, Austrian and Swiss
 * newsroom themes) name the card that advertises another page a "teaser" ({@code c-teaser}, {@code e-teaser},
 * {@code teaser-block}, a {@code <pp-inline-teaser>} component): a heading, a line of summary and a link away. Set
 * inside or beside a story, such a card passes the link-density test, since its summary is plain text, yet is not
 * part of the story. The same word in "teaser-text" names the story's own standfirst: a lead name wins.
 */
final class TeaserCards {
    /** A card is small: a longer "teaser" element is a region (a story's own box, a list page's body). */
    static final int MAX_CHARS = 600;
    /** How deep a card is searched for its link. */
    private static final int MAX_DEPTH = 8;
    /** How many wrappers above a card are looked at for the cells of a grid (card, its inner box, its cell). */
    private static final int GRID_LEVELS = 3;

    private TeaserCards() {
    }

    /**
     * True if {@code e}, with {@code chars} characters of text, is a single teaser card: named so (or a custom element
     * named so), short, linking to another page, and not one of a grid of cards.
     */
    static boolean isCard(Element e, ClassNames names, int chars) {
        int flags = names.flags(e);
        if (chars == 0 || chars > MAX_CHARS) return false;
        if ((flags & Vocabulary.LEAD) != 0) return false;
        if (!named(e, flags) || !linksAway(e, 0)) return false;
        // the page's own header module (headline and standfirst) is no card
        if (DomCleaner.anyDescendant(e, k -> k.nameIs("h1"))) return false;
        // a run of cards is a grid: on a service or listing page (AEM's "teaser" component) the page's own content
        Element a = e;
        for (int i = 0; i <= GRID_LEVELS && a != null; i++, a = a.parent()) {
            if (inRun(a, names)) return false;
        }
        return true;
    }

    private static boolean named(Element e, int flags) {
        return (flags & Vocabulary.TEASER) != 0 || e.normalName().indexOf('-') > 0 && e.normalName().contains("teaser");
    }

    /**
     * True if the element just before or after {@code e} is also named a teaser, or is a cell of the same grid (the
     * same non-empty class: "grid-col-6" beside "grid-col-6").
     */
    private static boolean inRun(Element e, ClassNames names) {
        return alike(e, e.previousElementSibling(), names) || alike(e, e.nextElementSibling(), names);
    }

    private static boolean alike(Element e, Element sibling, ClassNames names) {
        if (sibling == null) return false;
        if (named(sibling, names.flags(sibling))) return true;
        String c = e.className();
        return !c.isEmpty() && c.equals(sibling.className());
    }

    /** True if {@code e} or an element under it carries an {@code href} to another page (any tag: web components). */
    private static boolean linksAway(Element e, int depth) {
        String href = e.attr("href");
        if (!href.isEmpty() && href.charAt(0) != '#' && !href.startsWith("javascript:")) return true;
        if (depth >= MAX_DEPTH) return false;
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if (linksAway(k, depth + 1)) return true;
        }
        return false;
    }
}
