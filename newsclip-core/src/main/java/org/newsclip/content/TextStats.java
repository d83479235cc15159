package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsclip.html.DomCleaner;
import org.newsclip.html.Vocabulary;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text statistics of every block element, computed in one bottom-up pass, and the best content container.
 *
 * <p>Each paragraph-like unit (a run of inline content inside a block) earns its non-link characters (half for a
 * short unit without sentence punctuation) and pays for its link characters and a fixed cost per unit, so that
 * menus and link lists score below zero and prose scores high. An element's score is the sum over the units below
 * it; the element with the highest score is the smallest container that holds the prose and as little chrome as
 * possible (a tree form of the maximum-subsequence idea). Characters, not words, so CJK and RTL text score alike.
 *
 * <p>Lists of teasers (headline links with their excerpts: "related stories", "latest news", a recommendation
 * stream) earn nothing: their excerpts read like prose, and a long stream of them beside a short story would
 * otherwise outscore it, or pull the page region that holds both into the content. On a listing page the teasers
 * are the content; there the best text outside them lies inside one of them, and they get their score back.
 */
final class TextStats {
    /**
     * Per-element figures: characters, characters inside links, score, paragraph-like units, sentence punctuation
     * outside links; the shape of the units that no teaser list under the element has taken, and the score that
     * those teaser lists gave up.
     */
    record Stat(int chars, int linkChars, double score, int units, int punct, Shape shape, double taken) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final double LINK_COST = 1.5;
    private static final double UNIT_COST = 10;
    private static final double CELL_COST = 2;
    /** A teaser has one or at most this many link units (a headline link, a section link as its kicker) ... */
    private static final int TEASER_MAX_LINK_UNITS = 2;
    /** ... one to this many other units (kicker, byline, date, excerpt) ... */
    private static final int TEASER_MAX_TEXT_UNITS = 4;
    /** ... at most this many characters outside links (an excerpt is a sentence or two) ... */
    private static final int TEASER_MAX_PLAIN = 500;
    /** ... of which at most this many come before its first link (a kicker, a date). */
    private static final int TEASER_MAX_LEAD = 60;
    /** A teaser list has at least this many teasers, two of them with an excerpt ... */
    private static final int TEASER_LIST_MIN = 3;
    /** ... which hold at least half of its units. */
    private static final int TEASER_LIST_SHARE_TENTHS = 5;

    private final Map<Element, Stat> stats = new IdentityHashMap<>();
    private Element best;
    private double bestScore = Double.NEGATIVE_INFINITY;
    /** The best element had no teaser list given up its score (see {@link #untake}). */
    private Element rawBest;
    private double rawBestScore = Double.NEGATIVE_INFINITY;
    /** The teaser lists found, innermost first; null while there are none. */
    private List<Element> teaserLists;

    private final boolean linksAsText;

    private TextStats(boolean linksAsText) {
        this.linksAsText = linksAsText;
    }

    static TextStats of(Element root) {
        return of(root, false);
    }

    /**
     * @param linksAsText score link text like any text (listing pages, whose content is links)
     */
    static TextStats of(Element root, boolean linksAsText) {
        TextStats t = new TextStats(linksAsText);
        t.block(root, false);
        if (t.teaserLists != null && t.inTeaserList(t.best)) t.untake();
        return t;
    }

    Element best() {
        return best;
    }

    Stat stat(Element e) {
        return stats.get(e);
    }

    /** Running totals of an inline run or a whole subtree. */
    private static final class Acc {
        int chars;
        int links;
        int punct;
        double score;
        int units;
        // the shape of the units that no teaser list below has taken (see Shape)
        int openUnits;
        int linkUnits;
        int plain;
        int lead;
        boolean linkSeen;
        // direct children that read as one teaser each, and their units
        int items;
        int bareLinks;
        int itemUnits;
        double taken;

        void add(Shape s) {
            openUnits += s.units;
            linkUnits += s.linkUnits;
            plain += s.plain;
            if (!linkSeen) lead += s.lead;
            if (s.linkUnits > 0) linkSeen = true;
            if (s.isTeaser()) {
                items++;
                itemUnits += s.units;
            } else if (s.units == 1 && s.linkUnits == 1) {
                bareLinks++; // a teaser without an excerpt
                itemUnits++;
            }
        }
    }

    /**
     * The units under an element that no teaser list under it has taken: how many, how many of them are link units
     * (mostly link text, as a headline link is), the characters outside links in the others, and those of them that
     * come before the first link unit.
     */
    record Shape(int units, int linkUnits, int plain, int lead) {
        static final Shape NONE = new Shape(0, 0, 0, 0);

        /**
         * One teaser: a headline link with a short excerpt after it, and at most a kicker, a byline or a date before
         * it. A card that ends in a "learn more" link has its text before the link: that is a feature, not a teaser.
         */
        boolean isTeaser() {
            int text = units - linkUnits;
            return linkUnits >= 1 && linkUnits <= TEASER_MAX_LINK_UNITS && text >= 1 && text <= TEASER_MAX_TEXT_UNITS
                    && plain <= TEASER_MAX_PLAIN && lead <= TEASER_MAX_LEAD;
        }
    }

    /**
     * @param card true inside a link that wraps blocks (a teaser card, a tile): all its text is link text, as it
     *             is for a link inside a block, so that a grid of cards scores and prunes like a list of links
     */
    private Stat block(Element e, boolean card) {
        Acc total = new Acc();
        Acc run = new Acc();
        String name = e.normalName();
        double unitCost = name.equals("td") || name.equals("th") ? CELL_COST : UNIT_COST;
        for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) { // no childNodes() copy
            Node n = e.childNode(ci);
            if (n instanceof TextNode t) {
                text(t.getWholeText(), run, card);
            } else if (n instanceof Element c) {
                if (BlockBuilder.isBlockish(c)) {
                    closeRun(run, total, unitCost);
                    // an unclosed <a name> can wrap a whole page: only a real link makes a card
                    Stat s = block(c, card || c.nameIs("a") && c.hasAttr("href"));
                    total.chars += s.chars;
                    total.links += s.linkChars;
                    total.punct += s.punct;
                    total.score += s.score;
                    total.taken += s.taken;
                    total.units += s.units;
                    total.add(s.shape);
                } else {
                    inline(c, run, card || c.nameIs("a"));
                }
            }
        }
        closeRun(run, total, unitCost);
        Shape shape = total.openUnits == 0 ? Shape.NONE
                : new Shape(total.openUnits, total.linkUnits, total.plain, total.lead);
        double score = total.score;
        double taken = total.taken;
        if (!linksAsText && isTeaserList(total)) {
            // excerpts read like prose, so a stream of teasers can outscore the story beside it: it earns nothing,
            // and its units are taken, so that the blocks around it are judged without them
            taken += Math.max(score, 0);
            score = Math.min(score, 0);
            shape = Shape.NONE;
            if (teaserLists == null) teaserLists = new ArrayList<>();
            teaserLists.add(e);
        }
        Stat s = new Stat(total.chars, total.links, score, total.units, total.punct, shape, taken);
        stats.put(e, s);
        if (s.score > bestScore) {
            bestScore = s.score;
            best = e;
        }
        if (score + taken > rawBestScore) {
            rawBestScore = score + taken;
            rawBest = e;
        }
        return s;
    }

    /** True if {@code e} is or lies inside one of the teaser lists. */
    private boolean inTeaserList(Element e) {
        for (Element list : teaserLists) {
            if (e == list || DomCleaner.isInside(e, list)) return true;
        }
        return false;
    }

    /**
     * Gives the teaser lists their score back: the best text left outside them lay inside one (an excerpt), so the
     * page is a listing, whose teasers are its content.
     */
    private void untake() {
        stats.replaceAll((e, s) -> s.taken == 0 ? s
                : new Stat(s.chars, s.linkChars, s.score + s.taken, s.units, s.punct, s.shape, 0));
        best = rawBest;
        bestScore = rawBestScore;
    }

    /** A list of teasers: at least {@link #TEASER_LIST_MIN} of them, with at least half of the element's units. */
    private static boolean isTeaserList(Acc a) {
        return a.items >= 2 && a.items + a.bareLinks >= TEASER_LIST_MIN
                && a.itemUnits * 10 >= TEASER_LIST_SHARE_TENTHS * a.openUnits;
    }

    private static void inline(Element e, Acc run, boolean inLink) {
        for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) { // no childNodes() copy
            Node n = e.childNode(ci);
            if (n instanceof TextNode t) text(t.getWholeText(), run, inLink);
            else if (n instanceof Element c) inline(c, run, inLink || c.nameIs("a"));
        }
    }

    private static void text(String s, Acc run, boolean inLink) {
        int chars = 0;
        int punct = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Vocabulary.isSpace(ch)) continue;
            chars++;
            if (Vocabulary.isSentencePunctuation(ch)) punct++;
        }
        run.chars += chars;
        if (inLink) run.links += chars;
        else run.punct += punct;
    }

    private void closeRun(Acc run, Acc total, double unitCost) {
        if (run.chars == 0) return;
        int plain = run.chars - run.links;
        double weight = run.punct > 0 || plain >= 80 ? 1.0 : 0.5;
        // links inside prose are prose; a unit that is mostly link (menu item, teaser title) is chrome
        boolean prose = linksAsText || run.links * 2 < run.chars;
        total.score += prose ? run.chars * weight - unitCost : plain * weight - LINK_COST * run.links - unitCost;
        total.chars += run.chars;
        total.links += run.links;
        total.punct += run.punct;
        total.units++;
        total.openUnits++;
        if (run.links * 2 >= run.chars) {
            total.linkUnits++;
            total.linkSeen = true;
        } else {
            total.plain += plain;
            if (!total.linkSeen) total.lead += plain;
        }
        run.chars = 0;
        run.links = 0;
        run.punct = 0;
    }

    /** Non-blank characters under an element that has no entry (inline elements). */
    static int chars(Element e) {
        return DomCleaner.textChars(e);
    }
}
