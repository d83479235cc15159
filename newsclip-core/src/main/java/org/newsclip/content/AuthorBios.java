package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.newsclip.html.ElementText;
import org.newsclip.html.Phrases;
import org.newsclip.metadata.Metadata;
import org.newsclip.model.Author;

import java.util.List;

/**
 * Drops the author's biography that closes many stories ("Jane Doe is a freelance writer based in …"): a note about
 * the writer printed under the text by the template, often without a class that names it. It is found by the
 * page's own declared author: a closing paragraph that opens with the author's full name.
 */
final class AuthorBios {
    /** How many top-level blocks at the end of the content are looked at. */
    private static final int TAIL_BLOCKS = 3;
    /** A biography is a few sentences; a longer paragraph opening with the name is part of the story. */
    private static final int MAX_CHARS = 700;

    private AuthorBios() {
    }

    /**
     * Removes, among the last few top-level blocks of {@code root}, paragraphs that open with a declared author's
     * name.
     */
    static void drop(Element root, Metadata meta) {
        if (meta == null) return;
        List<Author> authors = meta.authors();
        if (authors.isEmpty()) return;
        int n = root.childrenSize();
        for (int i = n - 1; i >= Math.max(1, n - TAIL_BLOCKS); i--) {
            Element e = root.child(i);
            if (!e.nameIs("p") || Titles.rawLength(e, MAX_CHARS * 2) >= MAX_CHARS * 2) continue;
            String text = ElementText.of(e);
            if (text.length() <= MAX_CHARS && opensWithAuthor(text, authors)) {
                e.remove();
                i -= dropLabels(root, i - 1); // the boxes of several authors follow each other
            }
        }
    }

    /** How many short lines over a biography are taken as its box's labels. */
    private static final int LABEL_BLOCKS = 2;
    /** Longest such label ("About the author", "Jane Doe", "Contributing Writer", "Über die Autorin:"). */
    private static final int LABEL_MAX_CHARS = 60;

    /**
     * Removes the short lines right over a dropped biography, down from {@code i}: the author box's heading, the
     * name and the role printed over the note. A line that ends as a sentence is the story's: the walk stops there.
     *
     * @return how many lines were removed
     */
    private static int dropLabels(Element root, int i) {
        int removed = 0;
        for (; removed < LABEL_BLOCKS && i > 0; removed++, i--) {
            Element e = root.child(i);
            if (e.nameIs("figure") || Titles.rawLength(e, LABEL_MAX_CHARS * 2) >= LABEL_MAX_CHARS * 2) break;
            String text = ElementText.of(e);
            if (text.isEmpty() || text.length() > LABEL_MAX_CHARS) break;
            char last = text.charAt(text.length() - 1);
            if (last == '.' || last == '!' || last == '?' || last == '\u201d' || last == '"') break;
            e.remove();
        }
        return removed;
    }

    /**
     * True if {@code text} opens with the full name (two words at least) of one of {@code authors} as the subject of
     * a note about the person: a lone name is a byline, left to the byline rules.
     */
    static boolean opensWithAuthor(String text, List<Author> authors) {
        for (Author a : authors) {
            String name = a.name();
            if (name == null || name.indexOf(' ') < 0 || !text.startsWith(name)) continue;
            // the name is the subject of a note about the person ("Jane Doe is …", "Jane Doe, editor, …")
            if (text.length() > name.length() + 20 && Phrases.opensBio(text, name.length())) return true;
        }
        return false;
    }
}
