package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.newsclip.model.Author;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on the author names a page declares in its meta tags: a value that is the site's own credit rather than a
 * person's, and a login name ("jane.doe") that the page prints in full elsewhere. One instance serves one extraction.
 */
final class DeclaredNames {
    private final PageIndex index;
    /** {@link #titleEnds()}, read when first asked. */
    private List<String> titleEnds;

    DeclaredNames(PageIndex index) {
        this.index = index;
    }

    /** A login name made of a first and a last name ("jane.doe", "jane_doe"), as CMSs declare their accounts. */
    private static final Pattern LOGIN = Pattern.compile("(\\p{Ll}{2,})[._](\\p{Ll}{2,})");

    /**
     * A declared login name "jane.doe" becomes the full name the page prints for it ("Jane Doe", "Jane P. Doe" in
     * the signature or a caption): the account is named after the person. Only the page's text nodes are read.
     */
    void expandLogin(Map<String, Author> people) {
        Author only = people.values().iterator().next();
        Matcher m = LOGIN.matcher(only.name());
        if (!m.matches()) return;
        Pattern full = Pattern.compile("(?iu)\\b" + Pattern.quote(m.group(1)) + "(?:\\s\\p{Lu}\\.)?\\s"
                + Pattern.quote(m.group(2)) + "\\b");
        for (TextNode t : index.bodyTexts()) {
            Matcher f = full.matcher(t.getWholeText());
            if (!f.find()) continue;
            String name = Titles.squash(f.group());
            if (!Authors.personLike(name)) continue; // "christian stadtfeld" in lower case is no printed name
            people.clear();
            people.put(Titles.norm(name), new Author(name, only.url()));
            return;
        }
    }

    /**
     * True for an author meta value that credits the site: it names a web address in parentheses ("Deutsche Welle
     * (www.dw.com)"), or it is the name that ends or opens the document title ("Story | Die FURCHE"), which CMSs
     * fill in as the author of every page. A personal site's owner named so is still found as the last resort.
     */
    boolean siteCredit(String v) {
        if (namesAddress(v)) return true;
        if (titleEnds == null) titleEnds = titleEnds();
        if (titleEnds.isEmpty()) return false;
        String n = Titles.norm(v);
        // the site's name may open the title with its place or tagline after it ("Club Name Regensburg - Story")
        return !n.isEmpty() && (titleEnds.get(0).equals(n) || titleEnds.get(1).equals(n)
                || titleEnds.get(0).startsWith(n + " "));
    }

    /** True for a name followed by its web address in parentheses ("Deutsche Welle (www.dw.com)"): a site's credit. */
    static boolean namesAddress(String v) {
        return PARENTHESISED_ADDRESS.matcher(v).find();
    }

    private static final Pattern PARENTHESISED_ADDRESS = Pattern.compile(
            "\\((?:https?://|www\\.)?[\\w-]+\\.(?:com|de|org|net|at|ch|fr|es|it|co\\.uk|info)\\)");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|–—:»·-]{1,2}\\s+");

    /** The normalised first and last parts of a document title made of two parts or more; empty when not. */
    private List<String> titleEnds() {
        List<Element> html = index.tag("html");
        String title = html.isEmpty() ? "" : html.get(0).ownerDocument().title();
        String[] parts = TITLE_PARTS.split(title);
        if (parts.length < 2) return List.of();
        return List.of(Titles.norm(parts[0]), Titles.norm(parts[parts.length - 1]));
    }

}
