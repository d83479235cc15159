package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsclip.html.DomCleaner;
import org.newsclip.html.Vocabulary;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text statistics of every block element, computed in one bottom-up pass, and the best content container.
 *
 * <p>Each paragraph-like unit (a run of inline content inside a block) earns its non-link characters (half for a
 * short unit without sentence punctuation) and pays for its link characters and a fixed cost per unit, so that
 * menus and link lists score below zero and prose scores high. An element's score is the sum over the units below
 * it; the element with the highest score is the smallest container that holds the prose and as little chrome as
 * possible (a tree form of the maximum-subsequence idea). Characters, not words, so CJK and RTL text score alike.
 */
final class TextStats {
    /** Per-element figures: characters, characters inside links, score, paragraph-like units. */
    record Stat(int chars, int linkChars, double score, int units, int punct) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final double LINK_COST = 1.5;
    private static final double UNIT_COST = 10;
    private static final double CELL_COST = 2;

    private final Map<Element, Stat> stats = new IdentityHashMap<>();
    private Element best;
    private double bestScore = Double.NEGATIVE_INFINITY;

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
                    total.units += s.units;
                } else {
                    inline(c, run, card || c.nameIs("a"));
                }
            }
        }
        closeRun(run, total, unitCost);
        Stat s = new Stat(total.chars, total.links, total.score, total.units, total.punct);
        stats.put(e, s);
        if (s.score > bestScore) {
            bestScore = s.score;
            best = e;
        }
        return s;
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
        run.chars = 0;
        run.links = 0;
        run.punct = 0;
    }

    /** Non-blank characters under an element that has no entry (inline elements). */
    static int chars(Element e) {
        return DomCleaner.textChars(e);
    }
}
