package org.newsclip.html;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * Wrappers named as ads or sharing tools around the story itself. Templates wrap an article's body in a sticky
 * share bar's container, an ad-injection slot or a "sharing container" layout (often a box left unclosed in the
 * markup, which the parser then closes after the story): the name says chrome, the content is the story. A
 * container named as the story's body ("entry-content", "article-body") that holds a story's worth of text keeps
 * such a wrapper; structural chrome (footers, asides, menus, modals, sidebars) is not let off this way.
 */
final class StoryWrappers {
    /** Text a container named as the story's body must hold (an excerpt on a teaser card holds less). */
    private static final int STORY_BODY_MIN_CHARS = 500;

    private StoryWrappers() {
    }

    /**
     * True if an element holding {@code chars} characters of text, whose class/id flags are {@code flags}, is named
     * as the story's body (strong positive) and holds a story's worth of text.
     */
    static boolean isStoryBody(int chars, int flags) {
        return chars >= STORY_BODY_MIN_CHARS && (flags & ClassNames.STRONG_POSITIVE) != 0;
    }

    /** A paragraph of prose holds at least this much text. */
    private static final int PROSE_PARAGRAPH_CHARS = 80;
    /** How many paragraphs of prose, as its own children, make an ad-named box the story. */
    private static final int PROSE_PARAGRAPHS = 3;

    /**
     * True if the chrome-named {@code e} is named as an ad slot, a sharing tool or a banner, yet holds paragraphs of
     * prose as its own children: the story's text in a box whose name is a template's accident ("cuerpo-ad",
     * "banners-contenido-nota"). An ad slot holds an ad, a banner a picture and a line; neither holds paragraphs.
     */
    static boolean isMisnamedStory(Element e) {
        if (!holdsProse(e)) return false; // the cheap test first: chrome rarely holds a paragraph
        String names = DomCleaner.classAndId(e);
        return Vocabulary.namesDecorationWrapper(names) || names.toLowerCase(Locale.ROOT).contains("banner");
    }

    /** True if {@code e} holds {@link #PROSE_PARAGRAPHS} paragraphs of prose as its own children. */
    private static boolean holdsProse(Element e) {
        int paragraphs = 0;
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if (k.nameIs("p") && DomCleaner.textChars(k) >= PROSE_PARAGRAPH_CHARS && ++paragraphs >= PROSE_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /** True for a {@code <footer>} of the page, not of an article or the main region it sits in. */
    static boolean isPageFooter(Element e) {
        if (!e.nameIs("footer")) return false;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.nameIs("article") || a.nameIs("main")) return false;
        }
        return true;
    }

    /**
     * True for a hidden element (with the class/id flags {@code flags}) that is the folded panel of an accordion (or
     * the panel's first child): the answers of a FAQ, the steps of a guide, closed until the reader opens them. They
     * are part of the text; what else the panel's names say (a menu that folds away) is still asked.
     */
    static boolean isFoldedPanel(Element c, int flags, ClassNames names, boolean lowerKeys) {
        if ((flags & Vocabulary.FOLDED_PANEL) != 0) return true;
        Element p = c.parent();
        return p != null && p.attributesSize() > 0
                && (names.flags(p.attributes(), lowerKeys) & Vocabulary.FOLDED_PANEL) != 0;
    }

    /**
     * True if the chrome-named {@code e} is an ad or sharing wrapper (not a chrome tag) around one of the
     * {@code stories}. Asked only of small chrome candidates; an ancestor walk from each of the few story bodies.
     */
    static boolean wraps(Element e, List<Element> stories) {
        if (stories.isEmpty() || Vocabulary.CHROME_TAGS.contains(e.normalName())) return false;
        for (Element s : stories) {
            for (Element a = s.parent(); a != null; a = a.parent()) {
                // the pointer walk first: the names are read only of the few boxes that hold a story body
                if (a == e) return Vocabulary.namesDecorationWrapper(DomCleaner.classAndId(e));
            }
        }
        return false;
    }
}
