package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.newsclip.html.ElementText;
import org.newsclip.model.Author;

import java.util.List;
import java.util.Map;

/**
 * Last resort of the author rules: the signature that closes an article, a paragraph after the last paragraph of
 * prose that holds only the writer's name set apart ("{@code <p><b><i>Jane Doe</i></b></p>}") or the writers after
 * an author label ("Autoren Jane Doe und John Roe"). Looks only at the last paragraphs of the page. One instance
 * serves one extraction.
 */
final class AuthorSignatures {
    private final AuthorFinder finder;
    private final Regions regions;
    private final PageIndex index;

    AuthorSignatures(AuthorFinder finder, Regions regions, PageIndex index) {
        this.finder = finder;
        this.regions = regions;
        this.index = index;
    }

    /**
     * A signed article: its last paragraphs end with one that holds only the writer's name, set in bold or italics
     * ("{@code <p><b><i>Jane Doe</i></b></p>}"), as regional papers and magazines sign their pieces. Only the last
     * paragraphs of a block of prose count, so that a name set in bold inside the story (an interviewee, a heading)
     * or in a list of other stories is not taken.
     */
    void find(Map<String, Author> people) {
        List<Element> ps = index.tag("p");
        for (int i = ps.size() - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
            Element p = ps.get(i);
            String name = signedName(p);
            List<String> labelled = name == null ? labelledNames(p) : List.of(name);
            if (labelled.isEmpty() || !afterProse(p) || regions.foreign(p) || BylinePlaces.inComment(p)) continue;
            for (String n : labelled) people.putIfAbsent(Titles.norm(n), new Author(n, null));
            return;
        }
    }

    /** "Autoren Jane Doe und John Roe": a closing line that names the writers after a label with no colon. */
    private static final java.util.regex.Pattern SIGNED_LABEL = java.util.regex.Pattern.compile(
            "(?iu)^(?:autor(?:in|en|innen)?|authors?|text)\\s*:?\\s+(\\p{Lu}.{3,70})$");

    /** The full names of a plain closing paragraph that opens with an author label; cheap tests first. */
    private List<String> labelledNames(Element p) {
        if (p.childrenSize() > 0) return List.of();
        String text = ElementText.head(p, 80); // prose: not read whole
        if (text.length() < 10 || text.length() > 80 || "AaTt".indexOf(text.charAt(0)) < 0) return List.of();
        java.util.regex.Matcher m = SIGNED_LABEL.matcher(text);
        if (!m.matches()) return List.of();
        List<String> names = Authors.clean(m.group(1), java.util.Set.of());
        for (String n : names) {
            if (!Authors.personLike(n) || !AuthorFallbacks.creditsPerson(n) || finder.siteName(n)) return List.of();
        }
        return names;
    }

    /** Tags that set a signature apart: emphasis, and the font and span wrappers of older or styled markup. */
    private static final java.util.Set<String> SIGN_TAGS = java.util.Set.of("b", "strong", "i", "em", "font", "span");

    /** The name when the paragraph holds nothing but one emphasised person's name; cheap tests first. */
    private String signedName(Element p) {
        Element in = p;
        boolean emphasis = false;
        while (in.childrenSize() == 1 && !ownText(in)) {
            in = in.child(0);
            if (!SIGN_TAGS.contains(in.normalName())) return null;
            emphasis |= !in.nameIs("span") && !in.nameIs("font");
        }
        if (!emphasis || in.childrenSize() > 0) return null;
        String text = in.text().trim();
        if (text.length() < 5 || text.length() > 40 || !Authors.personLike(text) || !Authors.looksLikeByline(text)) {
            return null;
        }
        List<String> names = Authors.clean(text, java.util.Set.of());
        if (names.size() != 1 || !names.get(0).equals(text) || finder.siteName(text)) return null;
        return AuthorFallbacks.creditsPerson(text) ? text : null;
    }

    private static boolean ownText(Element e) {
        for (org.jsoup.nodes.TextNode t : e.textNodes()) if (!t.isBlank()) return true;
        return false;
    }

    /**
     * True when the paragraph closes a block of prose: one of the three elements before it is a long paragraph, not
     * a quotation (a name under a quote is the speaker's), and at most three short elements follow it in its block
     * (a share bar); prose after it makes the bold line a subheading.
     */
    private static boolean afterProse(Element p) {
        int after = 0;
        for (Element n = p.nextElementSibling(); n != null; n = n.nextElementSibling()) {
            if (++after > 3 || n.text().length() > 80) return false;
        }
        int seen = 0;
        for (Element b = p.previousElementSibling(); b != null && seen++ < 3; b = b.previousElementSibling()) {
            if (!b.nameIs("p")) continue;
            String text = b.text().trim();
            if (text.length() < 150) continue;
            return QUOTES.indexOf(text.charAt(0)) < 0 || QUOTES.indexOf(text.charAt(text.length() - 1)) < 0;
        }
        return false;
    }

    private static final String QUOTES = "\"'“”„«»‘’‚";
}
