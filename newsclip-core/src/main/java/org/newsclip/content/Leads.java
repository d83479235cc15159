package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.newsclip.html.ClassNames;
import org.newsclip.html.DomCleaner;
import org.newsclip.html.Vocabulary;

/**
 * The standfirst rule: news and blog templates print a story's summary paragraph ("lead", "intro", "excerpt",
 * "standfirst") in the article header, beside the headline and outside the container that holds the body text, so the
 * scoring leaves it out. It is part of the story: this finds it among the elements just before the container.
 *
 * <p>Only a few elements are looked at: the preceding siblings of the container and of its nearest ancestors (up to
 * the story's {@code <article>} or {@code <main>}), and small subtrees of those (a header holding headline, byline
 * and lead). The lead must be named as one (by class or id, or as the schema.org {@code description}), be prose (sentence punctuation, few links) and hold no image (a "lead
 * image" with its caption is not a lead).
 */
final class Leads {
    /**
     * How many ancestors of the container are climbed. Newsroom templates nest the body in grid, column and module
     * wrappers, five or six levels under the header that holds the headline and the lead.
     */
    private static final int MAX_LEVELS = 6;
    /** How many preceding siblings are looked at on each level. */
    private static final int MAX_SIBLINGS = 6;
    /** A preceding sibling is searched only when it is small (a header, not a column of teasers). */
    private static final int MAX_SIBLING_CHARS = 2500;
    /** How deep a small preceding sibling is searched. */
    private static final int MAX_DEPTH = 4;
    private static final int MIN_CHARS = 30;
    /** A lead without sentence punctuation (a teaser line without its full stop) must be at least this long. */
    private static final int MIN_CHARS_UNPUNCTUATED = 60;
    private static final int MAX_CHARS = 1200;
    /** An unnamed lead under the headline must have at least this many characters outside links. */
    private static final int UNNAMED_MIN_CHARS = 80;
    private static final double MAX_LINK_DENSITY = 0.3;

    private Leads() {
    }

    /** The lead paragraph printed before {@code container}, or null. */
    static Element find(Element container, Element body, TextStats stats, ClassNames names) {
        Element a = container;
        for (int level = 0; level < MAX_LEVELS && a != null && a != body; level++) {
            Element s = a.previousElementSibling();
            for (int n = 0; s != null && n < MAX_SIBLINGS; s = s.previousElementSibling(), n++) {
                TextStats.Stat st = stats.stat(s);
                if (st == null || st.chars() == 0 || st.chars() > MAX_SIBLING_CHARS) continue;
                Element lead = search(s, stats, names, 0);
                if (lead != null) return lead;
            }
            if (a.nameIs("article") || a.nameIs("main")) break; // the story's own bounds
            a = a.parent();
        }
        return null;
    }

    private static Element search(Element e, TextStats stats, ClassNames names, int depth) {
        if ((namedLead(e, names) || underHeadline(e, stats)) && isLead(e, stats)) return e;
        if (depth >= MAX_DEPTH) return null;
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if (!BlockBuilder.isBlockish(k)) continue;
            Element f = search(k, stats, names, depth + 1);
            if (f != null) return f;
        }
        return null;
    }

    /** Named as a lead by its class or id, or as the story's schema.org description (microdata). */
    private static boolean namedLead(Element e, ClassNames names) {
        return (names.flags(e) & Vocabulary.LEAD) != 0 || e.attr("itemprop").equalsIgnoreCase("description");
    }

    /**
     * True for an unnamed block printed right under the headline ({@code h1 + p}, {@code h1 + div}) that reads as a
     * summary: longer than a byline or a date line and with sentence punctuation.
     */
    private static boolean underHeadline(Element e, TextStats stats) {
        Element prev = e.previousElementSibling();
        if (prev == null || !prev.nameIs("h1")) return false;
        TextStats.Stat s = stats.stat(e);
        return s != null && s.punct() > 0 && s.chars() - s.linkChars() >= UNNAMED_MIN_CHARS;
    }

    private static boolean isLead(Element e, TextStats stats) {
        TextStats.Stat s = stats.stat(e);
        if (s == null || s.chars() < MIN_CHARS || s.chars() > MAX_CHARS) return false;
        if (s.punct() == 0 && s.chars() < MIN_CHARS_UNPUNCTUATED || s.linkDensity() > MAX_LINK_DENSITY) return false;
        return !e.nameIs("h1") && !holdsMedia(e);
    }

    private static boolean holdsMedia(Element e) {
        return DomCleaner.anyDescendant(e,
                k -> k.nameIs("img") || k.nameIs("figure") || k.nameIs("picture") || k.nameIs("figcaption"));
    }
}
