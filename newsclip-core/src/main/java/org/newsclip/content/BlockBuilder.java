package org.newsclip.content;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsclip.ExtractionOptions;
import org.newsclip.html.CaptionCredits;
import org.newsclip.html.ClassNames;

import java.net.MalformedURLException;
import java.net.URL;
import org.newsclip.html.DomCleaner;
import org.newsclip.html.ElementText;
import org.newsclip.html.Phrases;
import org.newsclip.html.Vocabulary;

/**
 * Copies a content container into a fresh tree of structural blocks (headings, paragraphs, lists, quotes, tables,
 * code, figures) with cleaned attributes, leaving out blocks that read as boilerplate: link lists, known phrases,
 * newsletter and cookie boxes. Wrappers ({@code div}, {@code section}, …) are dissolved; loose inline content is
 * wrapped in paragraphs. One instance serves one extraction (it is not shared between threads).
 */
final class BlockBuilder {
    /** Queries parsed once: jsoup parses a query string on every call. */
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator TR = QueryParser.parse("tr");
    private static final Evaluator TABLE = QueryParser.parse("table");

    private final TextStats stats;
    private final ExtractionOptions options;
    private final boolean linksAreContent;
    private final ClassNames names;
    private URL base;
    /**
     * A base URI that does not parse (a page read without its URL), as jsoup also fails to parse it. Against it
     * jsoup's absUrl resolves only a link that names its scheme, and answers "" for any other: a link without a
     * ':' has no scheme, so its answer is known without jsoup's two regex passes and the exceptions of trying.
     */
    private String unusableBase;
    /** The last element whose text passed the phrase tests of {@link #skip} (none of them matched). */
    private Element phraseFree;
    /** The paragraphs built so far, to find responsive layouts' repeats. */
    private final Repeats repeats = new Repeats();

    /**
     * @param linksAreContent true on listing-like pages, where link-heavy blocks are the content rather than chrome
     */
    BlockBuilder(TextStats stats, ExtractionOptions options, boolean linksAreContent, ClassNames names) {
        this.stats = stats;
        this.names = names;
        this.options = options;
        this.linksAreContent = linksAreContent;
    }

    /** Builds the content tree of {@code container} into {@code out}. */
    void build(Element container, Element out) {
        blockContext(container, out);
    }

    /** Content of a block container: blocks are copied, runs of inline content become paragraphs. */
    private void blockContext(Element src, Element out) {
        Element pending = null;
        for (int ci = 0, cn = src.childNodeSize(); ci < cn; ci++) { // no childNodes() copy
            Node n = src.childNode(ci);
            if (n instanceof TextNode t) {
                if (t.isBlank()) {
                    if (pending != null) pending.appendText(" ");
                    continue;
                }
                if (pending == null) pending = out.appendElement("p");
                pending.appendText(t.getWholeText());
            } else if (n instanceof Element c) {
                if (isBlockish(c)) {
                    dropIfEmpty(pending);
                    pending = null;
                    block(c, out);
                } else {
                    if (pending == null) pending = out.appendElement("p");
                    inlineElement(c, pending);
                }
            }
        }
        dropIfEmpty(pending);
    }

    private static void dropIfEmpty(Element p) {
        if (p != null && isEmpty(p)) p.remove();
    }

    /** True if a built element has neither text nor an image (stops at the first of either). */
    static boolean isEmpty(Element e) {
        for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) { // no childNodes() copy
            Node n = e.childNode(ci);
            if (n instanceof TextNode t) {
                if (!t.isBlank()) return false;
            } else if (n instanceof Element c && (c.nameIs("img") || !isEmpty(c))) {
                return false;
            }
        }
        return true;
    }

    /** Blocks, wrappers, unknown (custom) elements, and phrasing elements that wrap blocks. */
    static boolean isBlockish(Element c) {
        if (!Vocabulary.INLINE_TAGS.contains(c.normalName())) return true;
        if (c.nameIs("br") || c.nameIs("img")) return false;
        // an inline element that wraps blocks (a card link around divs, a span around paragraphs) is a wrapper
        for (Element k = c.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if (!Vocabulary.INLINE_TAGS.contains(k.normalName())) return true;
        }
        return false;
    }

    private void block(Element c, Element out) {
        if (skip(c)) {
            TextStats.Stat s = stats.stat(c);
            if (s != null && s.chars() >= 40) dropOrphanHeading(out); // a dropped section, not an empty box
            return;
        }
        String name = c.normalName();
        switch (name) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption", "caption" -> {
                Element el = new Element(name.equals("caption") ? "p" : name);
                inline(c, el);
                if (!isEmpty(el) && !repeats.isRepeat(c, el)) out.appendChild(el);
            }
            case "ul", "ol" -> list(c, out.appendElement(name));
            case "dl" -> flowChildren(c, out.appendElement("dl"));
            case "li" -> flow(c, out.nameIs("ul") || out.nameIs("ol") ? out.appendElement("li") : out);
            case "blockquote" -> nonEmpty(c, out.appendElement("blockquote"));
            case "pre" -> out.appendElement("pre").appendText(c.wholeText());
            case "table" -> table(c, out);
            case "figure" -> {
                if (holdsTextBlock(c)) blockContext(c, out); // a quote, table or code in a figure: its text counts
                else figure(c, out.appendElement("figure"));
            }
            case "hr" -> out.appendElement("hr");
            default -> blockContext(c, out);
        }
    }

    private void nonEmpty(Element src, Element el) {
        flow(src, el);
        if (isEmpty(el)) el.remove();
    }

    /** A heading left directly above a dropped block ("Related stories" over its link list) goes with it. */
    private static void dropOrphanHeading(Element out) {
        Element last = out.lastElementChild();
        if (last == null) return;
        boolean heading = last.normalName().length() == 2 && last.normalName().charAt(0) == 'h'
                && last.normalName().charAt(1) != 'r';
        if (heading && last.text().length() < 80) last.remove();
    }

    /** True if a figure holds a quote, table, list or code block outside its caption. */
    private static boolean holdsTextBlock(Element e) {
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            String name = k.normalName();
            if (Vocabulary.FIGURE_TEXT_BLOCKS.contains(name)) return true;
            if (!name.equals("figcaption") && holdsTextBlock(k)) return true;
        }
        return false;
    }

    /** A figure keeps its images and its caption, nothing else. */
    private void figure(Element src, Element fig) {
        for (Element img : src.select(IMG)) image(img, fig);
        Element caption = src.selectFirst(FIGCAPTION);
        if (caption != null) {
            Element el = fig.appendElement("figcaption");
            inline(caption, el);
        }
        if (isEmpty(fig)) fig.remove();
    }

    private void list(Element src, Element list) {
        for (Element li : src.children()) {
            if (skip(li)) continue;
            Element item = list.appendElement("li");
            flow(li, item);
            if (isEmpty(item)) item.remove();
        }
        if (list.childrenSize() > 0) return;
        Element out = list.parent();
        list.remove();
        TextStats.Stat s = stats.stat(src);
        if (out != null && s != null && s.chars() >= 40) dropOrphanHeading(out); // every item was a teaser
    }

    /** Flow content (list items, cells, quotes): inline stays inline unless blocks are mixed in. */
    private void flow(Element src, Element out) {
        for (Element k : src.children()) {
            if (isBlockish(k)) {
                blockContext(src, out);
                return;
            }
        }
        inline(src, out);
    }

    private void flowChildren(Element src, Element out) {
        for (Element k : src.children()) block(k, out);
    }

    private void table(Element src, Element out) {
        if (isLayoutTable(src)) {
            blockContext(src, out);
            return;
        }
        Element table = out.appendElement("table");
        for (Element row : src.select(TR)) {
            if (row.closest(TABLE) != src) continue;
            Element tr = table.appendElement("tr");
            for (Element cell : row.children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) continue;
                Element el = tr.appendElement(cell.normalName());
                copyAttr(cell, el, "colspan");
                copyAttr(cell, el, "rowspan");
                inline(cell, el);
            }
        }
        if (isEmpty(table)) table.remove();
    }

    /** Tables used for page layout hold blocks, not data: walk through them. */
    private boolean isLayoutTable(Element t) {
        if (holdsBlocks(t)) return true;
        TextStats.Stat s = stats.stat(t);
        return s != null && s.chars() > 2000 && t.select(TR).size() < 4;
    }

    /**
     * True if a nested table, or a paragraph or h1/h2 in a cell (directly or through one div), lies under {@code e}:
     * the selector "table table, td > p, td > div > p, td > h1, td > h2" as a direct walk, {@code e} itself excluded.
     */
    private static boolean holdsBlocks(Element e) {
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            String n = k.normalName();
            if (n.equals("table")) return true;
            if (e.nameIs("td") && (n.equals("p") || n.equals("h1") || n.equals("h2"))) return true;
            if (n.equals("p") && e.nameIs("div") && e.parent() != null && e.parent().nameIs("td")) return true;
            if (holdsBlocks(k)) return true;
        }
        return false;
    }

    /** Inline content: kept inline elements are copied with clean attributes, others dissolve into their text. */
    private void inline(Element src, Element out) {
        for (int ci = 0, cn = src.childNodeSize(); ci < cn; ci++) { // no childNodes() copy
            Node n = src.childNode(ci);
            if (n instanceof TextNode t) {
                out.appendText(t.getWholeText());
            } else if (n instanceof Element c) {
                inlineElement(c, out);
            }
        }
    }

    private void inlineElement(Element c, Element out) {
        switch (c.normalName()) {
            case "br" -> out.appendElement("br");
            case "img" -> image(c, out);
            case "a" -> link(c, out);
            case "strong", "em", "b", "i", "code", "sub", "sup" -> {
                Element el = out.appendElement(c.normalName());
                inline(c, el);
                if (el.childNodeSize() == 0) el.remove();
            }
            default -> {
                boolean block = isBlockish(c);
                if (block) out.appendText(" ");
                if (!block || !skip(c)) inline(c, out);
                if (block) out.appendText(" ");
            }
        }
    }

    private void link(Element a, Element out) {
        String href = absolute(a, "href");
        if (!options.includeLinks() || href.isEmpty() || href.startsWith("javascript:")) {
            inline(a, out);
            return;
        }
        Element el = out.appendElement("a").attr("href", href);
        inline(a, el);
    }

    private void image(Element img, Element out) {
        if (!options.includeImages()) return;
        // dropped below whatever the base: no URL handler reads "data:" ("" comes back), and resolving it against
        // a page without a URL makes jsoup run a regex over the whole inline image
        if (img.attr("src").strip().startsWith("data:")) return;
        String src = absolute(img, "src");
        if (src.isEmpty() || src.startsWith("data:")) return;
        if (tiny(img.attr("width")) || tiny(img.attr("height"))) return;
        Element el = out.appendElement("img").attr("src", src);
        copyAttr(img, el, "alt");
        copyAttr(img, el, "width");
        copyAttr(img, el, "height");
    }

    /** An absolute URL, resolved against a base parsed once per extraction (jsoup parses it on every call). */
    private String absolute(Element e, String attr) {
        String v = e.attr(attr).strip();
        if (v.isEmpty() || v.startsWith("https://") || v.startsWith("http://")) return v;
        if (base == null) {
            String b = e.baseUri();
            if (v.indexOf(':') < 0 && b.equals(unusableBase)) return "";
            try {
                base = new URL(b);
            } catch (MalformedURLException | IllegalArgumentException ex) {
                if (ex instanceof MalformedURLException && withoutControlChars(b)) unusableBase = b;
                return e.absUrl(attr);
            }
        }
        try {
            return new URL(base, v).toExternalForm();
        } catch (MalformedURLException ex) {
            return "";
        }
    }

    /** True if {@code s} has no character U+0000 to U+001F (which jsoup strips from a base before parsing it). */
    private static boolean withoutControlChars(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < ' ') return false;
        return true;
    }

    /** {@link #absolute} as seen from a test: one builder, so that its cached base is used. */
    static java.util.function.BiFunction<Element, String, String> resolver() {
        BlockBuilder b = new BlockBuilder(null, ExtractionOptions.defaults(), false, new ClassNames());
        return b::absolute;
    }

    private static boolean tiny(String dim) {
        String d = dim.endsWith("px") ? dim.substring(0, dim.length() - 2).strip() : dim.strip();
        if (d.isEmpty() || d.length() > 5 || !d.chars().allMatch(Character::isDigit)) return false;
        return Integer.parseInt(d) < 40;
    }

    private static void copyAttr(Element from, Element to, String attr) {
        String v = from.attr(attr);
        if (!v.isEmpty()) to.attr(attr, v);
    }

    /** A heading linked to a place in its own page (a section permalink) is part of the text, not a teaser. */
    private static boolean isAnchorLink(Element heading) {
        Element a = firstLink(heading);
        return a == null || a.attr("href").startsWith("#");
    }

    /** The first {@code a[href]} at or under {@code e} in document order (selectFirst without a query parse). */
    private static Element firstLink(Element e) {
        if (e.nameIs("a") && e.hasAttr("href")) return e;
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            Element f = firstLink(k);
            if (f != null) return f;
        }
        return null;
    }

    /** True if {@code e} is or holds an img or hr. */
    private static boolean hasImageOrRule(Element e) {
        if (e.nameIs("img") || e.nameIs("hr")) return true;
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if (hasImageOrRule(k)) return true;
        }
        return false;
    }

    /**
     * True if {@code c} is the only child of the last element that passed the phrase tests, beside whitespace: a
     * wrapper around a single block ({@code div > div > p}). Then its text is the wrapper's (all else around it is
     * whitespace, which {@code text()} trims), and so are its statistics, so the tests need not build it again.
     * Marks {@code c} as passed in turn, for the next level down.
     */
    private boolean sameTextAsPhraseFree(Element c, TextStats.Stat s) {
        Element p = c.parent();
        if (p == null || p != phraseFree || s == null) return false;
        for (int i = 0, n = p.childNodeSize(); i < n; i++) {
            Node k = p.childNode(i);
            if (k != c && !(k instanceof TextNode t && !(k instanceof CDataNode) && t.isBlank())) return false;
        }
        TextStats.Stat ps = stats.stat(p);
        if (ps == null || ps.chars() != s.chars() || ps.linkChars() != s.linkChars() || ps.units() != s.units()) {
            return false;
        }
        phraseFree = c;
        return true;
    }

    /** How many ancestors of a credit line are looked at for the caption that keeps it. */
    private static final int CAPTION_DEPTH = 4;

    /**
     * True if {@code e} is or sits in a {@code <figure>} or {@code <figcaption>}: a caption keeps its credit
     * ("… (Photo: Jane Doe)"), as readers and other extractors show it under the picture; a credit standing alone in the text goes. (A
     * wrapper around the picture and its credit is kept for the same reason: the caller tests for the image.)
     */
    private static boolean inCaption(Element e) {
        Element p = e;
        for (int i = 0; i <= CAPTION_DEPTH && p != null; i++, p = p.parent()) {
            if (p.nameIs("figcaption") || p.nameIs("figure")) return true;
        }
        return false;
    }

    /**
     * A single line that closes on a picture's credit: a caption standing in the text. A wrapper's text is not one, nor
     * a block whose credit stands on a line of its own (a slide's text, then "<br>Image credit: …"). Or a source line
     * ("Quelle: …") under a chart, table or quote.
     */
    private static boolean isCaptionWithCredit(Element c, String text, TextStats.Stat s) {
        return s != null && s.units() <= 1
                && (CaptionCredits.endsWithCredit(text) && !hasBreak(c)
                || !c.nameIs("li") && CaptionCredits.isSourceLine(text)); // an item "Sources: …" is a list's data
    }

    private static boolean hasBreak(Element e) {
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if (k.nameIs("br") || hasBreak(k)) return true;
        }
        return false;
    }

    /** True if {@code c} or one of its children is named as a recipe's ingredients (the box, its list, an item). */
    private boolean holdsIngredients(Element c) {
        if ((names.flags(c) & Vocabulary.INGREDIENTS) != 0) return true;
        for (Element k = c.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if ((names.flags(k) & Vocabulary.INGREDIENTS) != 0) return true;
        }
        return false;
    }

    /** True for a block that reads as boilerplate inside the content container. */
    private boolean skip(Element c) {
        TextStats.Stat s = stats.stat(c);
        int chars = s != null ? s.chars() : DomCleaner.textChars(c);
        if (chars == 0) return !hasImageOrRule(c);
        // phrases are single short blocks
        if (chars < 300 && (s == null || s.units() <= 2) && !sameTextAsPhraseFree(c, s)) {
            String text = ElementText.of(c);
            if (Phrases.isBoilerplatePhrase(text) || Phrases.hasBoxPhrase(text)) return true;
            if ((Phrases.isCreditLine(text) || isCaptionWithCredit(c, text, s)) && !inCaption(c)
                    && !hasImageOrRule(c)) {
                return true;
            }
            if (s != null && s.linkChars() > 0 && Phrases.isRelatedTeaser(text)) return true;
            phraseFree = c;
        }
        if (s == null) return false;
        if (!linksAreContent && TeaserCards.isCard(c, names, s.chars())) return true;
        if (options.favorPrecision() && (names.flags(c) & (ClassNames.WEAK_NEGATIVE | ClassNames.POSITIVE))
                == ClassNames.WEAK_NEGATIVE) {
            return true;
        }
        if (linksAreContent || DomCleaner.isHeading(c) && isAnchorLink(c)) return false;
        double maxDensity = options.favorPrecision() ? 0.35 : 0.5;
        // a recipe's ingredients: each name may link to the shop or the glossary, yet the list is the recipe's
        return s.linkDensity() > maxDensity && (s.score() < 0 || s.linkDensity() > 0.8) && !holdsIngredients(c);
    }
}
