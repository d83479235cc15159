package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.newsclip.model.Author;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Author rules of last resort, where no byline names anyone: the post author's own reply under the post, and the
 * person a Creative Commons licence notice credits as the work's author. Both read only the hinted elements of the
 * page index.
 */
final class LastResortCredits {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LastResortCredits() {
    }

    /** The first of the rules that names someone; empty when none does. */
    static List<Author> find(PageIndex index) {
        List<Author> out = postAuthorReply(index);
        return out.isEmpty() ? licensor(index) : out;
    }

    /**
     * The name signing the post author's first reply, as one author. WordPress (and themes built on its comment
     * markup) marks the comment of the post's author with the class {@code bypostauthor}; its hCard name
     * ({@code .fn}) or comment-author line names the author, often a user name that the page prints nowhere else.
     */
    private static final int BYPOSTAUTHOR = Hints.mask("bypostauthor");

    static List<Author> postAuthorReply(PageIndex index) {
        List<Element> hinted = index.hinted();
        for (int i = 0; i < hinted.size(); i++) {
            if ((BYPOSTAUTHOR & ~index.mask(i)) != 0) continue; // lacks a letter of the class: never builds the hint
            String hint = index.hint(i);
            if (hint.length() < 12 || !hint.contains("bypostauthor")) continue;
            Element c = hinted.get(i);
            Element name = c.selectFirst(".fn");
            if (name == null) name = c.selectFirst(".comment-author");
            if (name == null) return List.of();
            String n = Titles.squash(name.text());
            return replyName(n) ? List.of(new Author(n, null)) : List.of();
        }
        return List.of();
    }

    /**
     * The person a Creative Commons licence notice names as the author of the work ("{@code <a
     * rel="cc:attributionURL" property="cc:attributionName">Jane Doe</a>}", as the licence chooser writes it): on a
     * blog the licensor is its writer. Only a person's full name counts ("the Python Core Developers" does not).
     */
    static List<Author> licensor(PageIndex index) {
        List<Element> hinted = index.hinted();
        for (int i = 0; i < hinted.size(); i++) {
            if (!index.roles(i)) continue;
            Element e = hinted.get(i);
            org.jsoup.nodes.Attributes attrs = e.attributes();
            if (!attrs.get("rel").contains("cc:attribution") && !attrs.get("property").contains("cc:attributionName")) {
                continue;
            }
            String n = Titles.squash(e.text());
            if (Authors.personLike(n) && AuthorFallbacks.creditsPerson(n)) return List.of(new Author(n, null));
        }
        return List.of();
    }

    /** One to four words of a name or one user name; no placeholder ("admin"), newsroom or web address. */
    static boolean replyName(String n) {
        if (n.length() < 2 || n.length() > 40 || n.codePoints().noneMatch(Character::isLetter)) return false;
        if (SPACES.split(n).length > 4) return false;
        String lower = n.toLowerCase(Locale.ROOT);
        if (Vocabulary.PLACEHOLDER_AUTHORS.contains(lower) || Vocabulary.NOT_NAMES.contains(lower)) return false;
        return AuthorFallbacks.creditsPerson(n);
    }
}
