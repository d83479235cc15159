package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.newsclip.html.ClassNames;
import org.newsclip.html.DomCleaner;

/**
 * Chooses the content container from the scored tree: the best-scoring element, then corrected by what the page
 * names as its article body ({@code itemprop=articleBody}, "entry-content" and the like). A named body above the
 * winner wins when it is not mostly links (the scoring undervalues link-rich posts); a named body inside the
 * winner wins when it holds nearly all of the winner's text (the winner dragged in a header or a byline), or when it
 * is the page's only one and holds at least half of it (the winner dragged in the template's boxes around it).
 */
final class Candidates {
    /** A named body above the winner is taken if at most this share of its text is links. */
    private static final double NAMED_MAX_LINK_DENSITY = 0.65;
    /** ... and if the winner holds less than this share of its text (else the rest is a header or a byline). */
    private static final double NAMED_FRAGMENT_SHARE = 0.6;
    /** ... and if the teaser lists in it, outside the winner, scored less than this share of the winner. */
    private static final double TEASERS_BESIDE_MAX_SHARE = 0.5;
    /** A named body inside the winner is taken if it holds at least this share of the winner's text. */
    private static final double NAMED_MIN_SHARE = 0.8;
    /** The one named body inside the winner is taken if it holds this share of the winner's text outside links ... */
    private static final double SOLE_MIN_SHARE = 0.5;
    /** ... and no other named body outside it holds this share (a part of a split story body). */
    private static final double NAMED_PART_SHARE = 0.1;

    /** A page is scattered when its best container holds less than this share of its text ... */
    private static final double SCATTERED_SHARE = 0.2;
    /** ... and the page has at least this many characters. */
    private static final int SCATTERED_MIN_CHARS = 300;
    /** ... or, when no block scores above zero, more than this share of its text is links. */
    private static final double SCATTERED_LINK_DENSITY = 0.5;
    /** A child of the winner that holds this share of its score is the content (see {@link #dominant}) ... */
    private static final double DOMINANT_SCORE_SHARE = 0.9;
    /** ... if at most this many characters come before it in the winner. */
    private static final int DOMINANT_MAX_BEFORE = 150;
    /** Widening descends into a child that holds at least this share of its parent's text. */
    private static final double WIDEN_SHARE = 0.8;

    private Candidates() {
    }

    static Element choose(TextStats stats, Element body, ClassNames names, java.util.List<String> titles) {
        Element best = stats.best();
        TextStats.Stat s = best == null ? null : stats.stat(best);
        if (s == null || s.score() <= 0) best = body;
        else best = dominant(best, stats);
        Element named = namedAncestor(best, body, names);
        if (named != null) {
            TextStats.Stat n = stats.stat(named);
            TextStats.Stat b = stats.stat(best);
            boolean fragment = n != null && (b == null || b.chars() < NAMED_FRAGMENT_SHARE * n.chars());
            if (fragment && n.linkDensity() <= NAMED_MAX_LINK_DENSITY && (b == null || !holdsTeasersBeside(n, b))) {
                return named;
            }
        }
        Element inner = namedInside(best, stats, names);
        if (inner != null) return inner;
        Element beside = namedBesideHeadline(best, body, titles, stats, names);
        return beside != null ? beside : best;
    }

    /**
     * True if teaser lists lie in the named element but outside the winner: the named element is a region of the
     * page that holds the story and the teasers that the scoring left out (a "main-content" wrapper), not the story.
     * Unless the teasers would have outweighed half of the story: then they may be the content of a listing page
     * that opens with an introduction.
     */
    private static boolean holdsTeasersBeside(TextStats.Stat named, TextStats.Stat best) {
        double beside = named.taken() - best.taken();
        return beside > 0 && beside < TEASERS_BESIDE_MAX_SHARE * best.score();
    }

    /** A named body beside the headline is taken over a winner elsewhere if it holds at least this much prose ... */
    private static final int NAMED_MIN_PROSE = 80;
    /** ... and if the winner reads like teasers: at least this share of its text is links (prose has almost none). */
    private static final double TEASER_LINK_DENSITY = 0.1;

    /**
     * The page's one named body when the winner, a block of teasers, lies apart from it and from the headline, while
     * the headline and the named body sit in one story container: a short post (a paragraph and a few links) loses
     * the scoring to a sidebar of promos, but the page says where its story is.
     */
    private static Element namedBesideHeadline(Element best, Element body, java.util.List<String> titles,
                                               TextStats stats, ClassNames names) {
        TextStats.Stat b = stats.stat(best);
        if (best == body || b == null || b.linkDensity() < TEASER_LINK_DENSITY) return null;
        Element h1 = Titles.headline(body, titles); // looked for only here: most pages never get this far
        if (h1 == null || within(h1, best)) return null;
        Element named = null;
        for (Element e : body.getElementsByAttribute("class")) {
            if (!isNamedBody(e, names) || named != null && within(e, named)) continue;
            if (named != null) return null; // more than one: teasers, not the story
            named = e;
        }
        if (named == null || within(best, named) || within(named, best)) return null;
        TextStats.Stat n = stats.stat(named);
        if (n == null || n.chars() - n.linkChars() < NAMED_MIN_PROSE) return null;
        Element story = commonAncestor(h1, named);
        return story != null && story != body && !within(best, story) ? named : null;
    }

    /**
     * The winner's child that holds nearly all of its score, and so on down: the story's own block. The rest of the
     * winner is then a little header before it (headline, byline) and boxes after or beside it whose short prose
     * scores a little above zero (an author box, a partner ad, opening hours, a column of notes): enough to lift the
     * winner above the story block, not enough to be story. Not when the rest lies mostly before the block: an intro
     * above the body is story.
     */
    private static Element dominant(Element best, TextStats stats) {
        while (true) {
            TextStats.Stat b = stats.stat(best);
            Element next = null;
            int before = 0;
            for (Element k = best.firstElementChild(); k != null && before <= DOMINANT_MAX_BEFORE;
                 k = k.nextElementSibling()) {
                TextStats.Stat ks = stats.stat(k);
                if (ks != null && ks.score() >= DOMINANT_SCORE_SHARE * b.score()) {
                    if (b.chars() - before - ks.chars() > before) next = k; // more comes after it than before
                    break;
                }
                before += ks != null ? ks.chars() : TextStats.chars(k);
            }
            if (next == null) return best;
            best = next;
        }
    }

    /** True if {@code e} is {@code container} or inside it. */
    private static boolean within(Element e, Element container) {
        return e == container || DomCleaner.isInside(e, container);
    }

    private static Element commonAncestor(Element a, Element b) {
        java.util.Set<Element> up = new java.util.HashSet<>(a.parents());
        up.add(a);
        for (Element p = b; p != null; p = p.parent()) if (up.contains(p)) return p;
        return null;
    }

    /**
     * True if the best container holds only a small share of the page's text: the page is not one block of prose
     * but many small units (product cards, listing rows, schedule tables, posts), which the per-unit cost of the
     * scoring undervalues; its content is the region that holds them all.
     */
    static boolean isScattered(TextStats stats, Element container, Element body, boolean declaredArticle) {
        TextStats.Stat b = stats.stat(body);
        TextStats.Stat c = stats.stat(container);
        if (b == null || b.chars() < SCATTERED_MIN_CHARS) return false;
        if (c == null || plain(c) < SCATTERED_SHARE * plain(b)) return true;
        // no block scored above zero and most text is links: a page of link tiles and cards
        if (container == body) return b.linkDensity() > SCATTERED_LINK_DENSITY;
        // a declared story beside a big sidebar of link lists is not scattered: there only text outside links counts
        return !declaredArticle && c.chars() < SCATTERED_SHARE * b.chars();
    }

    private static int plain(TextStats.Stat s) {
        return s.chars() - s.linkChars();
    }

    /** The deepest element, from the body down, that still holds nearly all of the page's text. */
    static Element widen(TextStats stats, Element body) {
        Element e = body;
        while (true) {
            TextStats.Stat s = stats.stat(e);
            Element next = null;
            for (Element k = e.firstElementChild(); k != null && s != null; k = k.nextElementSibling()) {
                TextStats.Stat ks = stats.stat(k);
                if (ks != null && ks.chars() >= WIDEN_SHARE * s.chars()) {
                    next = k;
                    break;
                }
            }
            if (next == null) return e;
            e = next;
        }
    }

    static boolean isNamedBody(Element e, ClassNames names) {
        String itemprop = e.attr("itemprop");
        return itemprop.equalsIgnoreCase("articleBody") || names.is(e, ClassNames.STRONG_POSITIVE);
    }

    private static Element namedAncestor(Element best, Element body, ClassNames names) {
        for (Element p = best.parent(); p != null && p != body; p = p.parent()) {
            if (isNamedBody(p, names)) return p;
        }
        return null;
    }

    /**
     * A named body inside the winner: the deepest one that holds nearly all of the winner's text (the winner dragged
     * in a header or a byline), else the page's one named body of any size inside the winner when it holds at least
     * half of its text outside links (link lists beside it, which the scoring holds cheap already, do not count).
     * A story template marks its body once; the rest of a winner that holds it is the template around it
     * (testimonials, offers, a "top ten" box, author and newsletter boxes), whose prose scores like the story's.
     * Several named bodies of some size are parts of one story (a split body) or a stream of posts: then the winner
     * stands.
     */
    private static Element namedInside(Element best, TextStats stats, ClassNames names) {
        TextStats.Stat b = stats.stat(best);
        if (b == null || b.chars() == 0) return null;
        Element found = null;
        Element sole = null;
        int outer = 0; // named bodies of some size that lie in no other one
        for (Element e : best.getElementsByAttribute("class")) { // document order: an element before its children
            if (e == best || !isNamedBody(e, names)) continue;
            TextStats.Stat s = stats.stat(e);
            if (s == null) continue;
            if (s.chars() >= NAMED_MIN_SHARE * b.chars()) found = e; // keep the deepest one
            if (s.chars() >= NAMED_PART_SHARE * b.chars() && (sole == null || !within(e, sole))) {
                outer++;
                sole = e;
            }
        }
        if (found != null) return found;
        return outer == 1 && plain(stats.stat(sole)) >= SOLE_MIN_SHARE * plain(b) ? sole : null;
    }
}
