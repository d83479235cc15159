package org.newsclip.metadata;

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
    private final boolean[] starts;
    private final boolean[] ends;

    private Hints(String... raw) {
        tokens = new String[raw.length];
        starts = new boolean[raw.length];
        ends = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            starts[i] = raw[i].startsWith("^");
            ends[i] = raw[i].endsWith("$");
            tokens[i] = raw[i].substring(starts[i] ? 1 : 0, raw[i].length() - (ends[i] ? 1 : 0));
        }
    }

    static Hints of(String... tokens) {
        return new Hints(tokens);
    }

    /** True when the lower-case hint string holds one of the tokens. */
    boolean in(String lower) {
        if (lower.isEmpty()) return false;
        for (int i = 0; i < tokens.length; i++) if (holds(lower, tokens[i], starts[i], ends[i])) return true;
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
    List<Element> select(PageIndex index, int max) {
        List<Element> out = new ArrayList<>();
        List<Element> hinted = index.hinted();
        for (int i = 0; i < hinted.size(); i++) {
            if (in(index.hint(i))) {
                out.add(hinted.get(i));
                if (out.size() >= max) break;
            }
        }
        return out;
    }

    /**
     * True when the match at {@code i} lies in a taxonomy class ("tag-social-media", "category-kommentar"): WordPress
     * and other CMSs write the post's tags and categories into its classes, which name topics, not regions.
     */
    private static boolean taxonomy(String s, int i) {
        int w = s.lastIndexOf(' ', i) + 1;
        return s.startsWith("tag-", w) || s.startsWith("category-", w);
    }

    private static boolean holds(String s, String t, boolean start, boolean end) {
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
            boolean okStart = !start || i == 0 || !Character.isLetter(s.charAt(i - 1));
            int j = i + t.length();
            boolean okEnd = !end || j == s.length() || !Character.isLetter(s.charAt(j));
            if (okStart && okEnd && !taxonomy(s, i)) return true;
        }
        return false;
    }
}
