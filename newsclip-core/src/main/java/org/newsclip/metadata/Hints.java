package org.newsclip.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A set of class/id tokens tested with plain substring search: far cheaper than a case-insensitive regex run on
 * every element of a page. A token written {@code ^nav} must start a word; {@code by$} must end one too.
 */
final class Hints {
    private final String[] tokens;

    private Hints(String... tokens) {
        this.tokens = tokens;
    }

    static Hints of(String... tokens) {
        return new Hints(tokens);
    }

    /** True when the lower-case hint string holds one of the tokens. */
    boolean in(String lower) {
        for (String t : tokens) if (holds(lower, t)) return true;
        return false;
    }

    /** True when the element's class or id holds one of the tokens. */
    boolean on(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) return false;
        return in((c + " " + id).toLowerCase(Locale.ROOT));
    }

    /** The elements of the document whose class or id holds one of the tokens, in document order, at most max. */
    List<Element> select(Document doc, int max) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (on(e)) {
                out.add(e);
                if (out.size() >= max) break;
            }
        }
        return out;
    }

    private static boolean holds(String s, String token) {
        boolean start = token.startsWith("^");
        boolean end = token.endsWith("$");
        String t = token.substring(start ? 1 : 0, token.length() - (end ? 1 : 0));
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
            boolean okStart = !start || i == 0 || !Character.isLetter(s.charAt(i - 1));
            int j = i + t.length();
            boolean okEnd = !end || j == s.length() || !Character.isLetter(s.charAt(j));
            if (okStart && okEnd) return true;
        }
        return false;
    }
}
