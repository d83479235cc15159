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
 * page's own declared author: a closing paragraph that opens with the author's full name, or a closing block that
 * prints the biography the page's JSON-LD gives for a person.
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
        List<String> bios = meta.bios();
        if (authors.isEmpty() && bios.isEmpty()) return;
        int n = root.childrenSize();
        for (int i = n - 1; i >= Math.max(1, n - TAIL_BLOCKS); i--) {
            Element e = root.child(i);
            if (isBio(e, authors, bios)) {
                e.remove();
                i -= dropLabels(root, i - 1); // the boxes of several authors follow each other
            }
        }
    }

    /** A closing block that opens with a declared author's name as a note's subject, or prints a declared bio. */
    private static boolean isBio(Element e, List<Author> authors, List<String> bios) {
        if (!e.nameIs("p") && !e.nameIs("div")) return false;
        if (Titles.rawLength(e, MAX_CHARS * 2) >= MAX_CHARS * 2) return false;
        String text = ElementText.of(e);
        if (text.length() > MAX_CHARS) return false;
        return (e.nameIs("p") && opensWithAuthor(text, authors)) || printsBio(text, bios);
    }

    /** Characters of a declared bio that must be found in the block (its opening, or all of a shorter one). */
    private static final int BIO_HEAD_CHARS = 80;
    /** What a block may hold beside a bio it prints: the name and a link or two ("More by Jane Doe"). */
    private static final int BIO_SLACK_CHARS = 120;

    /**
     * True if {@code text} prints one of the page's declared person descriptions (JSON-LD {@code Person}
     * {@code description}, where SEO plugins publish the author box's biography): it holds the description's
     * opening and little else.
     */
    static boolean printsBio(String text, List<String> bios) {
        for (String bio : bios) {
            String head = bio.length() <= BIO_HEAD_CHARS ? bio : bio.substring(0, BIO_HEAD_CHARS);
            if (text.length() <= bio.length() + BIO_SLACK_CHARS && text.contains(head)) return true;
        }
        return false;
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
