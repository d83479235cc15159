package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.newsclip.html.ElementText;
import org.newsclip.model.Author;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A visible byline that completes the declared authors: the co-authors that a CMS leaves out of its JSON-LD, and the
 * full name of an author declared by first name only. One instance serves one extraction.
 */
final class BylineExtensions {
    private final AuthorFinder finder;
    private final Regions regions;
    private final PageIndex index;

    BylineExtensions(AuthorFinder finder, Regions regions, PageIndex index) {
        this.finder = finder;
        this.regions = regions;
        this.index = index;
    }

    /**
     * The visible byline where it names every declared author and more: many CMSs declare only the first of several
     * writers ("von Jane Doe, John Roe" over a JSON-LD author Jane Doe). The first short byline element that shows
     * all declared names decides; the names it adds must be full names listed beside them. Null when it adds no one.
     *
     * @param declared the declared authors by normalised name
     */
    Map<String, Author> coAuthors(Map<String, Author> declared) {
        List<Element> hinted = index.hinted();
        int seen = 0;
        for (int i = 0; i < hinted.size(); i++) {
            if (!finder.byline(i)) continue;
            if (++seen > 40) return null;
            Element e = hinted.get(i);
            if (AuthorFinder.SKIP_TAGS.contains(e.normalName())) continue;
            String text = ElementText.head(e, 160); // a longer text is not read whole
            if (text.length() > 160 || !showsAll(text, declared.keySet())) continue;
            if (regions.foreign(e) || BylinePlaces.inComment(e) || BylinePlaces.credit(e)) return null;
            Map<String, Author> shown = new LinkedHashMap<>();
            finder.addDom(shown, text, null); // not by text node: the names must be listed ("A, B", "A and B")
            if (shown.size() <= declared.size() || !shown.keySet().containsAll(declared.keySet())) return null;
            for (Author d : declared.values()) if (!listed(text, d.name())) return null; // "Jane Doe Senior Editor"
            for (Map.Entry<String, Author> n : shown.entrySet()) {
                Author d = declared.get(n.getKey());
                if (d != null) n.setValue(d); // as declared, with its profile
                else if (!Authors.personLike(n.getValue().name())) return null;
            }
            return shown;
        }
        return null;
    }

    private static final java.util.regex.Pattern LIST_AFTER = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:[,;&]|(?:and|und|et|y|e|og|en|och|i)\\s)");
    private static final java.util.regex.Pattern LIST_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)(?:[,;&]|\\s(?:and|und|et|y|e|og|en|och|i))\\s*$");

    /** True when a list separator ("," "and" "&") stands just before or after the name in the text. */
    private static boolean listed(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) at = text.toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
        if (at < 0) return false;
        return LIST_AFTER.matcher(text).region(at + name.length(), text.length()).lookingAt()
                || LIST_BEFORE.matcher(text.substring(0, at)).find();
    }

    private static boolean showsAll(String text, java.util.Collection<String> names) {
        String shown = " " + Titles.norm(text) + " ";
        for (String n : names) if (!shown.contains(" " + n + " ")) return false;
        return true;
    }

    /**
     * Replaces authors declared by first name only ("Todd", as WordPress often declares its users) with the full
     * names that a visible byline label gives ("By" over "Todd Bates"), when each full name starts with a declared
     * first name. True when the names were replaced.
     */
    boolean fullNames(Map<String, Author> people, AuthorFallbacks fallbacks) {
        if (people.isEmpty()) return false;
        for (String n : people.keySet()) if (n.indexOf(' ') >= 0 || n.length() < 2) return false;
        Map<String, Author> shown = new LinkedHashMap<>();
        fallbacks.fromTextLines(shown);
        if (shown.isEmpty()) return false;
        for (String n : shown.keySet()) {
            int space = n.indexOf(' ');
            if (space < 0 || !people.containsKey(n.substring(0, space))) return false;
        }
        people.clear();
        people.putAll(shown);
        return true;
    }
}
