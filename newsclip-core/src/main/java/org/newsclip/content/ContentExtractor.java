package org.newsclip.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsclip.ExtractionOptions;
import org.newsclip.html.ClassNames;
import org.newsclip.html.DomCleaner;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the main content of a parsed page. Thread-safe (holds no mutable state); modifies the document it is given.
 *
 * <p>The cascade, in {@link #extract}: a cheap page-type check on what the page declares; one pass that drops junk
 * and resolves lazy/template content; one pass that drops page chrome named by tag, role, class or id (comment
 * sections set aside); one bottom-up scoring pass that picks the best container; a copy of that container into
 * structural blocks with in-body boilerplate left out; then the headline is dropped, and the result is compared
 * with the fallbacks (JSON-LD {@code articleBody}, all prose of the page) and replaced when it is clearly worse.
 */
public final class ContentExtractor {
    /** A chrome element is kept if it holds more than this share of the page's text (misused class names). */
    static final double CHROME_MAX_SHARE = 0.5;
    /** Comment sections make a page a discussion when they hold this many characters ... */
    private static final int DISCUSSION_MIN_CHARS = 500;
    /** ... and this many times the characters of the chosen content. */
    private static final int DISCUSSION_RATIO = 2;
    /** ... and the chosen content is shorter than this (about 250 words): no story of its own. */
    private static final int DISCUSSION_MAX_CONTENT = 1500;
    /** ... or, on a page that declares an article, shorter than this: a link to a story elsewhere, not a story. */
    private static final int DISCUSSION_MAX_LINK_POST = 200;

    private final DomCleaner cleaner = new DomCleaner();
    private final PageClassifier classifier = new PageClassifier();

    /** Extracts the main content of {@code doc}; never returns null. */
    public Body extract(Document doc, ContentContext ctx) {
        ExtractionOptions options = ctx.options() == null ? ExtractionOptions.defaults() : ctx.options();
        List<String> warnings = new ArrayList<>();
        String declared = classifier.declared(doc, ctx);
        List<String> titles = Titles.pageTitle(doc, ctx.metadata());
        Element body = doc.body();
        ClassNames names = new ClassNames();
        StreamedSegments.resolve(body); // before cleaning: the streamed parts arrive hidden
        DomCleaner.Result cleaned = cleaner.clean(body, names, CHROME_MAX_SHARE, reviews(declared));
        TextStats stats = TextStats.of(body);
        Element container = Candidates.choose(stats, body, names, titles);
        String pageType = classifier.classify(declared, stats, container, body);
        boolean discussion = isDiscussion(declared, stats.stat(container), cleaned.comments());
        boolean declaredArticle = PageClassifier.ARTICLE.equals(declared);
        boolean scattered = !discussion && Candidates.isScattered(stats, container, body, declaredArticle);
        if (scattered && declared == null) pageType = PageClassifier.LISTING;
        boolean linksAreContent = scattered || !pageType.equals(PageClassifier.ARTICLE);
        if (pageType.equals(PageClassifier.LISTING) || pageType.equals(PageClassifier.HOMEPAGE)) {
            // a listing's content is its links: score again with links counted as text
            stats = TextStats.of(body, true);
            container = Candidates.choose(stats, body, names, titles);
        }
        if (scattered && Candidates.isScattered(stats, container, body, declaredArticle)) {
            container = Candidates.widen(stats, body); // cards and rows: the region that holds them all
        }
        Element root = new Element("div");
        new BlockBuilder(stats, options, linksAreContent, names).build(container, root);
        if (root.childrenSize() == 0 && container != body) {
            new BlockBuilder(stats, options, true, names).build(body, root); // the container was all boilerplate
        }
        if (!linksAreContent && container != body) {
            Ingredients.prepend(cleaned.ingredients(), container, stats, options, names, root);
            prependLead(container, body, stats, options, names, root);
        }
        if (discussion) {
            appendComments(root, cleaned.comments(), options); // the posts are the content
            // undeclared, or an article that is only a link (a link aggregator's item): a thread
            if (declared == null || declared.equals(PageClassifier.ARTICLE)) pageType = PageClassifier.FORUM;
        }
        dropTitles(root, titles);
        if (!discussion) AuthorBios.drop(root, ctx.metadata());
        if (BlockBuilder.isEmpty(root) && container != body) {
            // the container was the headline alone (a page of link cards, where every other block is a link)
            root = new Element("div");
            new BlockBuilder(stats, options, true, names).build(body, root);
            dropTitles(root, titles);
        }
        Element held = Fallbacks.heldMarkup(root, cleaned.heldMarkup(), titles, options, warnings);
        if (held != root) {
            root = held;
            dropTitles(root, titles);
        }
        root = Fallbacks.compare(root, ctx.metadata(), options, warnings);
        root = Fallbacks.description(root, doc, ctx.metadata(), warnings);
        if (options.includeComments() && !discussion) appendComments(root, cleaned.comments(), options);
        return new Body(root, pageType, Images.of(root), warnings);
    }

    /**
     * Customer reviews are the comments of a product page: set aside there, and also on pages that declare nothing
     * when named unmistakably (a shop's or a review app's widget).
     */
    private static DomCleaner.Reviews reviews(String declared) {
        if (PageClassifier.PRODUCT.equals(declared)) return DomCleaner.Reviews.ALL;
        return declared == null ? DomCleaner.Reviews.NAMED : DomCleaner.Reviews.KEEP;
    }

    private static void dropTitles(Element root, List<String> titles) {
        Titles.dropPhraseBlocks(root);
        Titles.dropHeadline(root, titles);
        Titles.dropLeadingMeta(root);
        Titles.dropTrailingMeta(root);
        Titles.dropDisclosures(root);
    }

    /** Puts the story's standfirst, printed outside the container, before the body (unless the body repeats it). */
    private static void prependLead(Element container, Element body, TextStats stats, ExtractionOptions options,
                                    ClassNames names, Element root) {
        Element lead = Leads.find(container, body, stats, names);
        if (lead == null) return;
        Element built = new Element("div");
        new BlockBuilder(stats, options, false, names).build(lead, built);
        String text = built.text();
        if (text.isEmpty()) return;
        for (int i = 0; i < Math.min(3, root.childrenSize()); i++) {
            if (root.child(i).text().contains(text)) return; // the body opens with it already
        }
        for (int i = built.childrenSize() - 1; i >= 0; i--) root.prependChild(built.child(i));
    }

    /**
     * A page whose comment-named sections hold far more text than the chosen content is a thread (forum, Q&amp;A,
     * link aggregator, often built from "comment" components): its posts are the content, not an appendix.
     */
    private static boolean isDiscussion(String declared, TextStats.Stat container, List<Element> comments) {
        if (comments.isEmpty()) return false;
        // a product's customer reviews are set aside as comments: the shop's description stays the content
        if (PageClassifier.PRODUCT.equals(declared)) return false;
        int commentChars = 0;
        for (Element c : comments) commentChars += DomCleaner.textChars(c);
        int contentChars = container == null ? 0 : container.chars();
        if (contentChars >= DISCUSSION_MAX_CONTENT) return false; // a real story with a long thread under it
        // a declared article with a thread: only when the article is a title and a link (a link aggregator's item)
        if (PageClassifier.ARTICLE.equals(declared) && contentChars >= DISCUSSION_MAX_LINK_POST) return false;
        return commentChars >= DISCUSSION_MIN_CHARS && commentChars >= DISCUSSION_RATIO * contentChars;
    }

    private static void appendComments(Element root, List<Element> comments, ExtractionOptions options) {
        if (comments.isEmpty()) return;
        // comment sections were detached before scoring: score them on their own (one cache of class names serves
        // them all: a name's flags do not depend on where it stands)
        ClassNames names = new ClassNames();
        for (Element c : comments) {
            TextStats cs = TextStats.of(c);
            new BlockBuilder(cs, options, true, names).build(c, root);
        }
    }
}
