package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.newsclip.ExtractionOptions;
import org.newsclip.html.ClassNames;
import org.newsclip.html.DomCleaner;

import java.util.ArrayList;
import java.util.List;

/**
 * The ingredients rule: recipe pages print the ingredient list in a box of its own ("recipe-ingredients", a table of
 * amounts and names, "Zutaten"), beside the method that the scoring picks as the content; the list is short lines,
 * often every name a link to the shop or the glossary, so it never wins on its own. It is part of the recipe: the
 * outermost boxes named as ingredients that lie outside the chosen container are put before the body, in page order.
 */
final class Ingredients {
    /** A box shorter than this is one item or a label, not a list. */
    private static final int MIN_CHARS = 20;
    /** A box longer than this is a region that merely mentions ingredients (a recipe card, a page of recipes). */
    private static final int MAX_CHARS = 4000;
    /** At most this many boxes (a list split into parts: dough, filling, topping). */
    private static final int MAX_BOXES = 6;

    private Ingredients() {
    }

    /**
     * Puts the ingredient boxes found by the cleaning walk ({@code named}, innermost first) that lie outside
     * {@code container} before the built body {@code root}, unless the body holds them already.
     */
    static void prepend(List<Element> named, Element container, TextStats stats, ExtractionOptions options,
                        ClassNames names, Element root) {
        if (named.isEmpty()) return;
        List<Element> boxes = outermost(named, container);
        if (boxes.isEmpty()) return;
        Element built = new Element("div");
        for (Element box : boxes) {
            new BlockBuilder(stats, options, true, names).build(box, built); // links are the items' names
        }
        String text = built.text();
        if (text.isEmpty() || root.text().contains(text)) return;
        for (int i = built.childrenSize() - 1; i >= 0; i--) root.prependChild(built.child(i));
    }

    /** The named boxes, in page order, that no other named box holds, outside the container and of list size. */
    private static List<Element> outermost(List<Element> named, Element container) {
        List<Element> out = new ArrayList<>();
        Element rootOf = container.root();
        // the walk went backwards and children first: read backwards, the list is in page order, outer boxes first
        for (int i = named.size() - 1; i >= 0 && out.size() < MAX_BOXES; i--) {
            Element e = named.get(i);
            if (e.root() != rootOf || e == container || DomCleaner.isInside(e, container)
                    || DomCleaner.isInside(container, e)) {
                continue;
            }
            if (isInsideAny(e, out)) continue;
            int chars = DomCleaner.textChars(e);
            if (chars >= MIN_CHARS && chars <= MAX_CHARS) out.add(e);
        }
        return out;
    }

    private static boolean isInsideAny(Element e, List<Element> boxes) {
        for (Element b : boxes) {
            if (DomCleaner.isInside(e, b)) return true;
        }
        return false;
    }
}
