package org.newsclip.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The markers of a page's main region ({@code main}, {@code [role=main]}, {@code [itemprop=articleBody]}, the
 * {@code h1}), which {@link DomCleaner}'s walk collects, and the tests that keep a chrome-named element holding one:
 * a layout wrapper named for its sidebar, a consent manager's box around the page, a review block that is the page.
 */
final class MainMarkers {
    private MainMarkers() {
    }

    /**
     * {@code main}, {@code [role=main]}, {@code [itemprop=articleBody]}, or an {@code h1} (in an article, checked
     * later by {@link #wrapsMain}).
     */
    static boolean isMarker(Element c, String name, boolean others, boolean lowerKeys) {
        if (name.equals("main") || name.equals("h1")) return true;
        if (!others) return false; // no role, no itemprop
        Attributes a = c.attributes();
        return ClassNames.attr(a, "role", lowerKeys).trim().equalsIgnoreCase("main")
                || ClassNames.attr(a, "itemprop", lowerKeys).trim().equalsIgnoreCase("articleBody");
    }

    /**
     * True if a chrome-named element wraps the page's main region: a layout wrapper whose name mentions chrome as
     * a variant ("pagebody--wsidebar", "PageWideBannerPlaceholder"), or the story's own {@code <article>} with the
     * headline, carrying a CMS state class (Drupal's "node-promoted"). Only markers of the main content count
     * ({@link #isMarker}): headings and article cards also sit in real chrome, but not the page's {@code <h1>}
     * inside an article. The markers were collected by the cleaning walk: an ancestor walk from each of the few
     * markers is far cheaper than a selector run under every candidate.
     */
    static boolean wrapsMain(Element e, List<Element> markers) {
        for (Element m : markers) {
            boolean inArticle = !m.nameIs("h1"); // an h1 counts inside an article that e is or holds
            for (Element a = m; a != null; a = a.parent()) {
                if (a != m && a.nameIs("article")) inArticle = true;
                if (a == e) {
                    if (inArticle) return true;
                    break;
                }
            }
        }
        return false;
    }

    /** A consent manager's dialog ({@link Vocabulary#CONSENT_MANAGER}) that holds no main-region marker. */
    static boolean isConsentDialog(Element e, ClassNames names, List<Element> markers) {
        return (names.flags(e) & Vocabulary.CONSENT_MANAGER) != 0 && !holdsMarker(e, markers);
    }

    /** True if one of the main-region markers ({@link #isMarker}) is {@code e} or lies in it. */
    static boolean holdsMarker(Element e, List<Element> markers) {
        for (Element m : markers) {
            if (m == e || DomCleaner.isInside(m, e)) return true;
        }
        return false;
    }
}
