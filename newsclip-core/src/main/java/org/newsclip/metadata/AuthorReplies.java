package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.newsclip.model.Author;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Author rule of last resort, where no byline names anyone: the post author's own reply under the post. WordPress
 * (and themes built on its comment markup) marks the comment of the post's author with the class
 * {@code bypostauthor}; its hCard name ({@code .fn}) or comment-author line names the author, often a user name
 * that the page prints nowhere else. Reads only the hinted elements of the page index.
 */
final class AuthorReplies {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AuthorReplies() {
    }

    /** The name signing the post author's first reply, as one author; empty when there is none. */
    static List<Author> find(PageIndex index) {
        List<Element> hinted = index.hinted();
        for (int i = 0; i < hinted.size(); i++) {
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

    /** One to four words of a name or one user name; no placeholder ("admin"), newsroom or web address. */
    static boolean replyName(String n) {
        if (n.length() < 2 || n.length() > 40 || n.codePoints().noneMatch(Character::isLetter)) return false;
        if (SPACES.split(n).length > 4) return false;
        String lower = n.toLowerCase(Locale.ROOT);
        if (Vocabulary.PLACEHOLDER_AUTHORS.contains(lower) || Vocabulary.NOT_NAMES.contains(lower)) return false;
        return AuthorFallbacks.creditsPerson(n);
    }
}
