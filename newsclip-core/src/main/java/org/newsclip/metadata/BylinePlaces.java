package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Where a byline-like element stands: in a reader's comment, a list of other stories or a picture's credit, whose
 * names are never the article's author. Stateless tests shared by the author rules.
 */
final class BylinePlaces {
    private BylinePlaces() {
    }

    /** True inside comments, navigation or a list of other stories: regions whose names are never the author's. */
    static boolean otherStory(Element e) {
        return otherStory(e, false);
    }

    /** @param anyTag a declared author (microdata): a {@code <nav>} around it is a layout choice, not a menu */
    static boolean otherStory(Element e, boolean anyTag) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("body")) return false; // its classes describe the whole page
            if (!anyTag && tag.equals("nav") || Vocabulary.OTHER_STORIES.on(a)) return true;
            if (tag.equals("article") || tag.equals("main")) return false;
        }
        return false;
    }

    /**
     * A photo credit, not the article's byline: inside a figure caption, or a line that opens with another role
     * ("Photograph by Jane Doe, Agency").
     */
    static boolean credit(Element e) {
        if (AuthorFinder.NOT_AUTHOR_ROLE.matcher(e.text()).lookingAt() || photoLabelBefore(e)) return true;
        int depth = 0;
        for (Element a = e; a != null && depth++ < 8; a = a.parent()) {
            if (a.nameIs("figcaption") || Vocabulary.CREDIT_REGION.on(a)) return true;
            if (a.nameIs("article") || a.nameIs("body")) return false;
        }
        return false;
    }

    /**
     * True when a picture's label stands just before the element ("{@code <strong>Foto:</strong> <p class=autor>Jane
     * Doe</p>}"): the name is the photographer's.
     */
    private static boolean photoLabelBefore(Element e) {
        Node prev = e.previousSibling();
        while (prev instanceof org.jsoup.nodes.TextNode t && t.isBlank()) prev = prev.previousSibling();
        String text = prev instanceof org.jsoup.nodes.TextNode t ? t.text() : prev instanceof Element p ? p.text() : "";
        if (text.isEmpty() || text.length() > 16) return false;
        String label = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (label.endsWith(":")) label = label.substring(0, label.length() - 1).strip();
        return Vocabulary.PHOTO_LABELS.contains(label);
    }

    /** True inside a reader's comment, whose names are commenters'. */
    static boolean inComment(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (Vocabulary.COMMENT_REGION.on(a)) return true;
        }
        return false;
    }

    /** True for an element that microdata declares the author ({@code itemprop=author}). */
    static boolean declared(Element e) {
        return e.attributes().get("itemprop").equalsIgnoreCase("author");
    }
}
