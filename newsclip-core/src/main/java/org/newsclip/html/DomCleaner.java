package org.newsclip.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;

/**
 * DOM cleaning helpers for the content extractor: one pass that drops junk elements and resolves lazy images and
 * {@code <template>} / {@code <noscript>} content, and one pass that drops page chrome named by class, id or role.
 * Stateless and thread-safe.
 */
public final class DomCleaner {

    /**
     * What cleaning left: the characters of text under the root, the comment sections it set aside (detached, in
     * page order), and the long HTML comments it removed, last first: markup a consent manager holds back until the
     * reader agrees, the last resort of a page that shows no text; and the elements named as a recipe's ingredients
     * ({@link Vocabulary#INGREDIENTS}), innermost first.
     */
    public record Result(int chars, List<Element> comments, List<String> heldMarkup, List<Element> ingredients) {
    }

    /** An element that goes if it is small enough, with the text it holds. */
    private record Candidate(Element element, int chars, int kind) {
    }

    /** A noscript with at least this many characters of text is the page's content for clients without scripts. */
    private static final int NOSCRIPT_MIN_CHARS = 500;
    /** A "read more" box with at least this much text, nearly all outside links, is the folded rest of the story. */
    private static final int EXPANDER_MIN_CHARS = 400;
    private static final int EXPANDER_MIN_PARAGRAPHS = 3;
    /** A photo credit is a name and an agency; a longer element named "credit" is something else (a caption). */
    private static final int CREDIT_MAX_CHARS = 80;
    /**
     * A form is page chrome (a search box, a newsletter, contact or login form, a product filter) unless it holds
     * paragraphs or headings with more than this much text: then it is the content itself (a product page's
     * add-to-cart form with the description, a calculator, an ASP.NET page that wraps everything in a form).
     */
    private static final int FORM_MAX_CHARS = 500;
    /**
     * An element hidden by its inline style that holds over half of the page's text and its headline or main region,
     * or over this share of its text, is kept: the page held back until a script shows it (a shop's password or age
     * gate, a fade-in loader), not a hidden part of it.
     */
    private static final double HELD_PAGE_SHARE = 0.8;
    /** An HTML comment this long may hold a story's markup (see {@link Result#heldMarkup}). */
    private static final int HELD_MARKUP_MIN = 2000;
    /** Queries parsed once: jsoup parses a query string on every call. */
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator ARTICLE_MARKS = QueryParser.parse("main, h1, [itemprop=articleBody], [role=main]");

    /** {@link Vocabulary#JUNK_TAGS} and {@link Vocabulary#CHROME_TAGS}, asked of every element of the page. */
    private static final TagNameSet JUNK_TAGS = TagNameSet.of(Vocabulary.JUNK_TAGS);
    private static final TagNameSet CHROME_TAGS = TagNameSet.of(Vocabulary.CHROME_TAGS);

    private static final int HIDDEN = 0;
    private static final int CHROME = 1;
    private static final int COMMENT = 2;
    private static final int JUNK = 3;
    private static final int CREDIT = 4;
    private static final int FORM = 5;
    private static final int REVIEWS = 6;

    /**
     * The one cleaning pass: removes {@link Vocabulary#JUNK_TAGS} and HTML comments, resolves lazy images, unwraps
     * {@code <template>} and image-only {@code <noscript>}; then removes hidden elements and page chrome (by tag,
     * role, class or id) unless one holds more than {@code maxShare} of the page's text (misused class names, or a
     * client-rendered page that ships its article in a hidden node). Comment sections are set aside, not dropped.
     */
    public Result clean(Element root, ClassNames names, double maxShare) {
        return clean(root, names, maxShare, Reviews.KEEP);
    }

    /** What cleaning does with customer reviews. */
    public enum Reviews {
        /** Reviews are content like the rest. */
        KEEP,
        /** Reviews named unmistakably (a shop's or a review app's widget) are set aside with the comments. */
        NAMED,
        /** On a product page: also what is named just "review(s)" or marked {@code itemprop=review}. */
        ALL
    }

    /**
     * As {@link #clean(Element, ClassNames, double)}, and customer reviews ({@link Vocabulary#REVIEWS}, on a product
     * page also {@link Vocabulary#REVIEW_WORD} and schema.org {@code itemprop=review}) are set aside with the comment
     * sections. A box named unmistakably as customer reviews goes however long it is (on a popular item the buyers'
     * talk outweighs the description many times), unless it holds the headline or the main region.
     */
    public Result clean(Element root, ClassNames names, double maxShare, Reviews reviews) {
        Walk walk = new Walk(ClassNames.lowerCaseKeys(root), reviews);
        int total = cleanNode(root, names, walk);
        List<Candidate> candidates = walk.candidates;
        int max = (int) (total * maxShare);
        Node rootOf = root.root();
        List<Element> comments = new ArrayList<>();
        for (int i = candidates.size() - 1; i >= 0; i--) { // outermost first
            Candidate c = candidates.get(i);
            boolean small = switch (c.kind) {
                case CREDIT -> isCredit(c);
                case REVIEWS -> !MainMarkers.holdsMarker(c.element, walk.markers);
                case FORM -> c.chars <= max && (c.chars <= FORM_MAX_CHARS || !holdsProse(c.element));
                // hidden by style: kept only where it is the page held back (HELD_PAGE_SHARE)
                case JUNK -> c.chars <= max
                        || c.chars <= HELD_PAGE_SHARE * total && !MainMarkers.holdsMarker(c.element, walk.markers);
                default -> c.chars <= max;
            };
            if (c.kind == CHROME && !small) small = isSidebar(c.element) && !holdsArticle(c.element);
            if (c.kind == CHROME && !small) small = MainMarkers.isConsentDialog(c.element, names, walk.markers);
            if (c.kind == CHROME && small && (MainMarkers.wrapsMain(c.element, walk.markers)
                    || isProseExpander(c, names))) small = false;
            if (c.kind == CHROME && small && (StoryWrappers.wraps(c.element, walk.stories)
                    || StoryWrappers.isMisnamedStory(c.element))) small = false;
            if (!small || c.element.root() != rootOf) continue; // gone with an outer candidate already
            if ((c.kind == COMMENT || c.kind == REVIEWS) && c.element.childrenSize() > 0) comments.add(c.element);
            c.element.remove();
            total -= c.chars;
        }
        return new Result(Math.max(total, 0), comments, walk.held, walk.ingredients);
    }

    private int cleanNode(Element e, ClassNames names, Walk walk) {
        int chars = 0;
        // backwards over the live list (childNodes() copies it): removals and unwraps leave earlier indexes valid
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            Node n = e.childNode(i);
            if (n instanceof TextNode t) {
                chars += countChars(t.getWholeText());
            } else if (n instanceof Element c) {
                chars += cleanElement(c, names, walk);
            } else {
                if (n instanceof Comment k && k.getData().length() >= HELD_MARKUP_MIN) walk.held.add(k.getData());
                n.remove(); // comments, doctype fragments
            }
        }
        return chars;
    }

    private int cleanElement(Element c, ClassNames names, Walk walk) {
        String name = c.normalName();
        if (name.equals("noscript")) return noscript(c, names, walk);
        if (JUNK_TAGS.contains(name)) {
            c.remove();
            return 0;
        }
        if (name.equals("img")) {
            LazyImages.resolve(c);
            return 0;
        }
        if (name.equals("a") && isScriptLinkInProse(c)) {
            int chars = cleanNode(c, names, walk);
            c.unwrap(); // its words are the sentence's, not a link's
            return chars;
        }
        int chars = cleanNode(c, names, walk);
        // the class/id flags once per element: the kind, the story body and the ingredients tests all read them
        int size = c.attributesSize();
        int flags = 0;
        boolean others = false; // attributes besides class and id
        if (size > 0) {
            Attributes a = c.attributes();
            String cls = ClassNames.attr(a, "class", walk.lowerKeys);
            String id = ClassNames.attr(a, "id", walk.lowerKeys);
            flags = names.flags(cls, id);
            // most elements carry only these two: then the style, role, label and itemprop reads would all answer ""
            // (an empty class or id counts as another attribute, so that everything is read as before)
            others = size != (cls.isEmpty() ? 0 : 1) + (id.isEmpty() ? 0 : 1);
        }
        int kind = kind(c, size, flags, others, names, walk);
        if (kind >= 0) walk.candidates.add(new Candidate(c, chars, kind));
        if (MainMarkers.isMarker(c, name, others, walk.lowerKeys)) walk.markers.add(c);
        if (kind < 0 && StoryWrappers.isStoryBody(chars, flags)) walk.stories.add(c);
        if (kind < 0 && chars > 0 && (flags & Vocabulary.INGREDIENTS) != 0) walk.ingredients.add(c);
        if (name.equals("template")) c.unwrap(); // client-side rendered content still belongs to the page
        return chars;
    }

    /** Characters of text beside a script link that make its context running prose. */
    private static final int PROSE_AROUND_LINK = 40;

    /**
     * A link in running text that runs a script instead of leading anywhere ({@code href="javascript:…"}: a pop-up
     * note, a glossary tip): scoring its words as link text would make an annotated paragraph look like a menu.
     */
    private static boolean isScriptLinkInProse(Element a) {
        Element p = a.parent();
        if (p == null || !a.attr("href").regionMatches(true, 0, "javascript:", 0, 11)) return false;
        // in sentences, not on a line of its own ("zurück" running history.back()) or in an address box (scripts
        // that hide e-mail addresses): the text around it is prose with sentence punctuation
        int chars = 0;
        boolean sentence = false;
        for (int i = 0, n = p.childNodeSize(); i < n; i++) {
            if (!(p.childNode(i) instanceof TextNode t)) continue;
            String s = t.getWholeText();
            chars += s.length();
            sentence |= s.indexOf('.') >= 0 || s.indexOf('!') >= 0 || s.indexOf('?') >= 0 || s.indexOf('\u3002') >= 0;
        }
        return sentence && chars >= PROSE_AROUND_LINK;
    }

    private static int kind(Element c, int size, int flags, boolean others, ClassNames names, Walk walk) {
        int k = size == 0 ? (CHROME_TAGS.contains(c.normalName()) ? CHROME : -1)
                : namedKind(c, flags, others, names, walk.lowerKeys, walk.reviews);
        return k < 0 && c.nameIs("form") ? FORM : k;
    }

    /**
     * The kind of an element with attributes, read straight from its {@link Attributes} ({@link ClassNames#attr});
     * {@code f} holds its class/id flags, {@code others} whether it has attributes besides class and id.
     */
    private static int namedKind(Element c, int f, boolean others, ClassNames names, boolean lowerKeys,
                                 Reviews reviews) {
        Attributes a = c.attributes();
        if (others) {
            boolean hidden = isHidden(c, a, lowerKeys);
            boolean styled = !hidden && InlineStyles.hides(ClassNames.attr(a, "style", lowerKeys));
            if ((hidden || styled) && !StoryWrappers.isFoldedPanel(c, f, names, lowerKeys)) {
                return hidden ? HIDDEN : JUNK;
            }
        }
        if (CHROME_TAGS.contains(c.normalName())) return CHROME;
        if (others && Vocabulary.CHROME_ROLES.contains(ClassNames.attr(a, "role", lowerKeys))) return CHROME;
        if (others && Vocabulary.isMediaPlayerLabel(ClassNames.attr(a, "aria-label", lowerKeys))) return CHROME;
        if ((f & ClassNames.STRONG_POSITIVE) != 0) return -1;
        if ((f & ClassNames.STRONG_BOILERPLATE) != 0) return isHeadingAnchor(c) ? -1 : CHROME;
        if ((f & ClassNames.COMMENTS) != 0) return COMMENT;
        if ((f & Vocabulary.REVIEWS) != 0 && reviews != Reviews.KEEP) return REVIEWS;
        if (reviews == Reviews.ALL && isReview(f, a, lowerKeys)) return COMMENT;
        if ((f & Vocabulary.CREDIT) != 0) return CREDIT;
        return -1;
    }

    /**
     * A review named by the bare word ("review", "reviews") or marked as a schema.org review ({@code itemprop="review"},
     * its list "reviews"): on a product page the buyers' reviews, but on a review site's page the story itself, so
     * such an element goes only as far as a comment section would (when small).
     */
    private static boolean isReview(int flags, Attributes a, boolean lowerKeys) {
        if ((flags & Vocabulary.REVIEW_WORD) != 0) return true;
        String itemprop = ClassNames.attr(a, "itemprop", lowerKeys);
        return itemprop.equalsIgnoreCase("review") || itemprop.equalsIgnoreCase("reviews");
    }

    /**
     * A {@code <noscript>} that holds the real image of a lazy one is kept; one that holds a page's worth of text
     * (the server-rendered view of a script-driven app: forums, single-page sites) is unwrapped and cleaned like the
     * rest; others (JavaScript warnings, tracking pixels) go.
     */
    private int noscript(Element ns, ClassNames names, Walk walk) {
        // firstElementChild, not childrenSize(): jsoup builds and caches a list of the children (a stream) to count them
        boolean hasElements = ns.firstElementChild() != null;
        if (hasElements && isAppContent(ns)) {
            int chars = cleanNode(ns, names, walk);
            ns.unwrap();
            return chars;
        }
        Element img = ns.selectFirst(IMG);
        if (img == null && !hasElements && ns.wholeText().contains("<img")) {
            // parsed as raw text: read the markup it holds
            img = Jsoup.parseBodyFragment(ns.wholeText(), ns.baseUri()).selectFirst(IMG);
            if (img != null) {
                ns.empty();
                ns.appendChild(img);
            }
        }
        if (img == null) {
            ns.remove();
            return 0;
        }
        Element prev = ns.previousElementSibling();
        Element lazy = prev == null ? null : prev.nameIs("img") ? prev : prev.selectFirst(IMG);
        if (lazy != null) {
            LazyImages.resolve(lazy);
            if (!LazyImages.usableSrc(lazy.attr("src"))) lazy.attr("src", img.attr("src"));
            ns.remove();
            return 0;
        }
        LazyImages.resolve(img);
        ns.unwrap();
        return 0;
    }

    /**
     * True if a noscript holds the page: enough text, and at least as much as the rest of the page (a big noscript
     * beside a real article is a fallback copy or a script warning with a gallery, not the content).
     */
    private static boolean isAppContent(Element ns) {
        int chars = textChars(ns);
        if (chars < NOSCRIPT_MIN_CHARS) return false;
        Node top = ns.root();
        int page = top instanceof Element t ? textChars(t) : chars;
        return chars * 2 >= page;
    }

    /** Hidden by attribute: frameworks that stream a page ship its content this way, so it is guarded by size. */
    private static boolean isHidden(Element e, Attributes a, boolean lowerKeys) {
        return ClassNames.hasAttr(a, "hidden", lowerKeys)
                || "true".equals(ClassNames.attr(a, "aria-hidden", lowerKeys)) && e.childNodeSize() < 3;
    }

    /** Hidden by inline style ({@code display:none}, {@code visibility:hidden}): menus, pop-ups and closed tabs. */
    public static boolean isStyledHidden(Element e) {
        return InlineStyles.hides(e.attr("style"));
    }

    /**
     * An aside by tag or role, or the page's own footer (a {@code <footer>} outside any article or main region):
     * chrome however big, unless it wraps the article.
     */
    private static boolean isSidebar(Element e) {
        return e.nameIs("aside") || "complementary".equals(e.attr("role")) || StoryWrappers.isPageFooter(e);
    }

    /** True if a big chrome-named element wraps the article itself (a "has-sidebar" layout wrapper). */
    private static boolean holdsArticle(Element e) {
        return e.selectFirst(ARTICLE_MARKS) != null;
    }

    /**
     * True for a "read more" expander that holds the rest of the story: news sites fold an article's second half into
     * a {@code read-more-content} box that a button opens. A real "read more" teaser is a link or a list of links;
     * the expander is prose: several paragraphs, long, with few link characters.
     */
    private static boolean isProseExpander(Candidate c, ClassNames names) {
        if (c.chars < EXPANDER_MIN_CHARS || !names.is(c.element, ClassNames.EXPANDER)) return false;
        // paragraphs, not one block: an author bio or a teaser that a button unfolds is a single paragraph
        return c.element.getElementsByTag("p").size() >= EXPANDER_MIN_PARAGRAPHS && linkChars(c.element) * 5 <= c.chars;
    }

    /** Shortest id that is compared with a heading's text: short ids are component names, not slugs. */
    private static final int ANCHOR_MIN_CHARS = 8;

    /**
     * True if a chrome word comes only from an id that spells the section's own heading: documentation generators
     * and wikis give each section (or heading) its title as a slug ("sharing-with-a-single-developer",
     * "related-work"), which says nothing about what it is.
     */
    private static boolean isHeadingAnchor(Element c) {
        String id = c.id();
        if (id.length() < ANCHOR_MIN_CHARS) return false;
        Element h = isHeading(c) ? c : null;
        for (Element k = c.firstElementChild(); h == null && k != null; k = k.nextElementSibling()) {
            if (isHeading(k)) h = k;
            else if (k.childNodeSize() > 0) break; // the heading opens the section, or this is not a section
        }
        if (h == null || !alnum(h.text()).startsWith(alnum(id))) return false;
        return (Vocabulary.classify(c.className()) & Vocabulary.STRONG_BOILERPLATE) == 0; // the class says nothing
    }

    /** h1–h6. */
    public static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    /** Letters and digits only, lower case. */
    private static String alnum(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) b.append(Character.toLowerCase(ch));
        }
        return b.toString();
    }

    /** True if paragraphs or headings lie under {@code e} (a form that holds text, not only fields and labels). */
    private static boolean holdsProse(Element e) {
        return anyDescendant(e, k -> k.nameIs("p") || k.nameIs("h1") || k.nameIs("h2") || k.nameIs("h3"));
    }

    /** True if {@code e} lies under {@code container} (not when it is {@code container} itself). */
    public static boolean isInside(Element e, Element container) {
        for (Element a = e.parent(); a != null; a = a.parent()) if (a == container) return true;
        return false;
    }

    /** True if an element under {@code e} (not {@code e} itself) passes the test. */
    public static boolean anyDescendant(Element e, java.util.function.Predicate<Element> test) {
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if (test.test(k) || anyDescendant(k, test)) return true;
        }
        return false;
    }

    /**
     * True for a photo credit: short, and no heading in it (a heading's id is often its text as a slug, "the child tax
     * credit"; a title box may be styled "title-no-credit").
     */
    private static boolean isCredit(Candidate c) {
        return c.chars <= CREDIT_MAX_CHARS && !holdsHeading(c.element);
    }

    private static boolean holdsHeading(Element e) {
        return isHeading(e) || anyDescendant(e, DomCleaner::isHeading);
    }

    /** Non-blank characters of the text inside links under an element. */
    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) n += textChars(a);
        return n;
    }

    /**
     * What the cleaning walk gathers: removal candidates (innermost first), markers of the main region, the story
     * bodies ({@link StoryWrappers}) and the long comments; and
     * whether the page's attribute names are in lower case ({@link ClassNames#attr}).
     */
    private static final class Walk {
        final List<Candidate> candidates = new ArrayList<>();
        final List<Element> markers = new ArrayList<>();
        final List<Element> stories = new ArrayList<>(0);
        final List<String> held = new ArrayList<>(0);
        final List<Element> ingredients = new ArrayList<>(0);
        final boolean lowerKeys;
        /** Which customer reviews are comments. */
        final Reviews reviews;

        Walk(boolean lowerKeys, Reviews reviews) {
            this.lowerKeys = lowerKeys;
            this.reviews = reviews;
        }
    }

    /** The element's class and id, space separated ("" when it has neither). */
    public static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) return id;
        if (id.isEmpty()) return cls;
        return cls + " " + id;
    }

    /** Non-blank characters of the text under an element (no string is built). */
    public static int textChars(Element e) {
        int n = 0;
        for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) { // no childNodes() copy
            Node c = e.childNode(ci);
            if (c instanceof TextNode t) n += countChars(t.getWholeText());
            else if (c instanceof Element ce) n += textChars(ce);
        }
        return n;
    }

    static int countChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Vocabulary.isSpace(ch)) n++;
        }
        return n;
    }
}
