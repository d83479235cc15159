package org.newsclip.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsclip.html.DomCleaner;
import org.newsclip.html.ElementText;
import org.newsclip.html.Phrases;
import org.newsclip.html.Vocabulary;
import org.newsclip.metadata.Metadata;

import java.util.ArrayList;
import java.util.List;

/** The headline convention: the body does not repeat the page's headline. */
final class Titles {
    /** Parsed once: jsoup parses a query string on every call. */
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");

    private Titles() {
    }

    /** Every title the page gives (metadata, {@code og:title}, {@code <title>}), normalized; never null. */
    static List<String> pageTitle(Document doc, Metadata meta) {
        List<String> titles = new ArrayList<>();
        if (meta != null && meta.title() != null) add(titles, meta.title());
        Element og = doc.head().selectFirst(OG_TITLE);
        if (og != null) add(titles, og.attr("content"));
        add(titles, doc.title());
        return titles;
    }

    private static void add(List<String> titles, String t) {
        String n = normalize(t);
        if (!n.isEmpty() && !titles.contains(n)) titles.add(n);
    }

    /** Removes the first heading near the top that repeats the page title (or any h1 that does). */
    static void dropHeadline(Element root, List<String> titles) {
        if (titles.isEmpty()) {
            // no declared title: an h1 opening the content is the headline
            for (int i = 0; i < Math.min(3, root.childrenSize()); i++) {
                if (root.child(i).nameIs("h1")) {
                    root.child(i).remove();
                    return;
                }
            }
            return;
        }
        // a headline styled as a paragraph, opening the content
        for (int i = 0; i < Math.min(2, root.childrenSize()); i++) {
            Element e = root.child(i);
            if (e.nameIs("p") && titles.contains(normalize(e.text()))) {
                e.remove();
                return;
            }
        }
        int seen = 0;
        for (Element e : headings(root, new ArrayList<>())) {
            if (seen++ > 3 && !e.nameIs("h1")) continue;
            if (matches(normalize(ElementText.of(e)), titles)) {
                e.remove();
                return;
            }
        }
    }

    /** {@code e.select("h1, h2, h3")} without a query parse: the h1-h3 at or under {@code e}, in document order. */
    static List<Element> headings(Element e, List<Element> out) {
        if (e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3")) out.add(e);
        for (Element k = e.firstElementChild(); k != null; k = k.nextElementSibling()) headings(k, out);
        return out;
    }

    private static boolean matches(String h, List<String> titles) {
        if (h.length() < 4) return false;
        for (String t : titles) {
            if (t.equals(h)) return true;
            boolean partOf = t.startsWith(h) || t.endsWith(h);
            if (partOf && (h.length() >= 20 || h.length() * 2 >= t.length())) return true;
        }
        return false;
    }

    /**
     * Removes the byline, date and label lines that open the content before its first paragraph of prose (they
     * belong in the metadata, not the body).
     */
    static void dropLeadingMeta(Element root) {
        for (int i = 0; i < Math.min(6, root.childrenSize()); i++) {
            Element e = root.child(i);
            String text = ElementText.head(e, 150); // whole where it is 150 or shorter
            if (text.length() > 150) {
                if (DomCleaner.isHeading(e)) continue; // a long standfirst set as a heading: the lines under it
                return; // prose has started
            }
            if (!e.nameIs("figure") && (Phrases.isMetaLine(text) || metaLines(e))) {
                e.remove();
                i--;
            }
        }
    }

    /**
     * True if a paragraph is made of lines broken by {@code <br>} that are each a line of metadata ("24.01.2022
     * 11:38", "Kategorie: News"): templates print the date, byline and category as one block.
     */
    private static boolean metaLines(Element p) {
        if (!hasBreak(p)) return false; // one line: tested whole already
        StringBuilder line = new StringBuilder();
        int lines = 0;
        for (int ci = 0, cn = p.childNodeSize(); ci <= cn; ci++) {
            org.jsoup.nodes.Node c = ci < cn ? p.childNode(ci) : null;
            if (c != null && !(c instanceof Element k && k.nameIs("br"))) {
                line.append(c instanceof org.jsoup.nodes.TextNode t ? t.getWholeText() : ((Element) c).text());
                continue;
            }
            String text = line.toString().strip();
            line.setLength(0);
            if (text.isEmpty()) continue;
            if (!Phrases.isMetaLine(text)) return false;
            lines++;
        }
        return lines > 1;
    }

    /**
     * Removes the date, byline and label lines that close the content after its last paragraph of prose
     * ("Filed under …", "Updated 12 May 2023", "By Jane Doe"): metadata, as at the top; with them the headings and
     * labels left over from dropped sections and the publisher's appeals (newsletter, app, "follow us").
     */
    static void dropTrailingMeta(Element root) {
        int removed = 0;
        boolean underIt = false; // whether a block without text (a rule, images) follows the one looked at
        for (int i = root.childrenSize() - 1; i > 0 && removed < TRAILING_META_BLOCKS; i--) {
            Element e = root.child(i);
            if (e.nameIs("figure")) return;
            String text = ElementText.of(e);
            // a rule, or a line of images with no text (app-store badges, a banner), closes many templates: the
            // lines above it are looked at all the same (it stays: it is no text)
            if (text.isEmpty()) {
                underIt = true;
                continue;
            }
            boolean heading = DomCleaner.isHeading(e);
            // a heading over pictures titles them; one with nothing under it may be a label or an appeal
            boolean dangling = !(heading && underIt) && isDangling(e, text);
            if (!Phrases.isMetaLine(text) && !dangling && !Phrases.isCallToAction(text) && !isPostNavigation(e, text)
                    || !textBefore(root, i)) {
                return;
            }
            e.remove();
            removed++;
        }
    }

    /** Longest line taken as a link to the previous or next post. */
    private static final int POST_NAVIGATION_MAX_CHARS = 200;

    /**
     * True for a link to the previous or next post, as blog engines print it under a story ("« Older post",
     * "Next story »", "← Previous"): a title-like line (no full stop) with a guillemet or an arrow on one side only.
     * (A quotation in French typography has its guillemets on both sides; the links themselves may be gone, as
     * plain text.)
     */
    private static boolean isPostNavigation(Element e, String text) {
        if (text.length() < 2 || text.length() > POST_NAVIGATION_MAX_CHARS) return false;
        if ((e.nameIs("ul") || e.nameIs("ol")) && e.childrenSize() > 0) { // the previous and the next, as items
            for (Element li = e.firstElementChild(); li != null; li = li.nextElementSibling()) {
                if (!isPostNavigation(li, li.text())) return false;
            }
            return true;
        }
        boolean opens = isBackArrow(text.charAt(0));
        boolean closes = isForwardArrow(text.charAt(text.length() - 1));
        if (opens == closes) return false;
        String title = (opens ? text.substring(1) : text.substring(0, text.length() - 1)).strip();
        if (title.isEmpty()) return true;
        char end = title.charAt(title.length() - 1);
        return end != '.' && end != '!' && end != '?' && end != '\u3002';
    }

    private static boolean isBackArrow(char c) {
        return c == '\u00ab' || c == '\u2039' || c == '\u2190';
    }

    private static boolean isForwardArrow(char c) {
        return c == '\u00bb' || c == '\u203a' || c == '\u2192';
    }

    /** True if a top-level block before the {@code i}-th one holds text: the content is not left empty. */
    private static boolean textBefore(Element root, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (root.child(k).hasText()) return true;
        }
        return false;
    }

    /** True if a {@code <br>} is a child of {@code p}. */
    private static boolean hasBreak(Element p) {
        for (Element k = p.firstElementChild(); k != null; k = k.nextElementSibling()) {
            if (k.nameIs("br")) return true;
        }
        return false;
    }

    /** How many blocks at most {@link #dropTrailingMeta} removes. */
    private static final int TRAILING_META_BLOCKS = 6;

    /** How many blocks at each end of the content are looked at for a disclosure. */
    private static final int DISCLOSURE_BLOCKS = 3;
    /** Raw text (spaces included) of the longest block looked at: disclosures are under 400 characters. */
    private static final int DISCLOSURE_RAW_MAX_CHARS = 800;

    /**
     * Removes an affiliate or advertising disclosure among the first or last few blocks of the content, where
     * templates print it ("This post contains affiliate links …", "*Werbung"): a notice about the page.
     */
    static void dropDisclosures(Element root) {
        dropAtEdges(root, DISCLOSURE_BLOCKS, DISCLOSURE_BLOCKS, DISCLOSURE_RAW_MAX_CHARS,
                (e, tail) -> !DomCleaner.isHeading(e) && Phrases.isDisclosure(ElementText.of(e)));
    }

    /** How many blocks at the start and at the end of the built tree {@link #dropPhraseBlocks} looks at. */
    private static final int PHRASE_HEAD_BLOCKS = 3, PHRASE_TAIL_BLOCKS = 5;
    /** Raw text (spaces included) of the longest built block tested by {@link #dropPhraseBlocks}: the phrases are
     * under 120 characters once spaces are collapsed. */
    private static final int PHRASE_RAW_MAX_CHARS = 240;

    /**
     * Drops built blocks that are, in full, a boilerplate phrase ("Zurück nach oben", "War der Artikel nützlich?"):
     * the builder tests the page's blocks, but a paragraph it assembles from loose inline content (a "back to top"
     * link beside the text, a rating widget's label) is seen only here. Such leftovers open or close the text: only
     * the first and last few top-level blocks of the built tree are looked at.
     */
    static void dropPhraseBlocks(Element root) {
        dropAtEdges(root, PHRASE_HEAD_BLOCKS, PHRASE_TAIL_BLOCKS, PHRASE_RAW_MAX_CHARS, (e, tail) -> {
            if (e.nameIs("ul") || e.nameIs("ol") || e.nameIs("table")) return false;
            String text = ElementText.of(e);
            return Phrases.isBoilerplatePhrase(text) || tail && Phrases.isClosingPhrase(text);
        });
    }

    /** What a drop at the content's edges asks of one short top-level block. */
    private interface EdgeTest {
        /** @param tail whether the block is one of the last ones looked at */
        boolean drop(Element block, boolean tail);
    }

    /**
     * Removes, among the first {@code head} and the last {@code tail} top-level blocks of the content, those the
     * test drops. Figures are kept, and a block whose raw text reaches {@code rawMax} is prose: its text is not
     * built. The middle of the text is skipped: the builder has tested its blocks.
     */
    private static void dropAtEdges(Element root, int head, int tail, int rawMax, EdgeTest test) {
        int n = root.childrenSize();
        for (int i = n - 1; i >= 0; i--) {
            if (i >= head && i < n - tail) {
                i = head; // skip the middle
                continue;
            }
            Element e = root.child(i);
            if (e.nameIs("figure") || rawLength(e, rawMax) >= rawMax) continue;
            if (test.drop(e, i >= n - tail)) e.remove();
        }
    }

    /** The length of the text nodes under {@code e}, counted only up to {@code limit}. */
    static int rawLength(Element e, int limit) {
        int n = 0;
        for (int ci = 0, cn = e.childNodeSize(); ci < cn && n < limit; ci++) {
            org.jsoup.nodes.Node c = e.childNode(ci);
            if (c instanceof org.jsoup.nodes.TextNode t) n += t.getWholeText().length();
            else if (c instanceof Element k) n += rawLength(k, limit - n);
        }
        return n;
    }

    /** Longest label that a trailing line ending in a colon may be ("Weitere Informationen:", "Sources:"). */
    private static final int LABEL_MAX_CHARS = 40;
    /** Longest trailing heading taken as a section title with nothing under it. */
    private static final int HEADING_MAX_CHARS = 80;
    /** Longest trailing question heading taken as an appeal to the reader rather than a section title. */
    private static final int QUESTION_MAX_CHARS = 40;

    /**
     * True for a heading, or a short line ending in a colon, that closes the content: it announced a section that
     * was left out as boilerplate (a related list, a contact box, a share bar), so nothing follows it.
     */
    private static boolean isDangling(Element e, String text) {
        if (text.isEmpty() || text.length() > (DomCleaner.isHeading(e) ? HEADING_MAX_CHARS : LABEL_MAX_CHARS)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == ':' || last == '\uff1a') return true;
        // a short question heading with nothing under it asks for a reaction ("Want more?", "Was this helpful?")
        if (DomCleaner.isHeading(e) && (last == '?' || last == '\uff1f') && text.length() <= QUESTION_MAX_CHARS) {
            return true;
        }
        // a heading that reads as a sentence is a paragraph styled as a heading
        return DomCleaner.isHeading(e) && last != '.' && last != '!' && last != '?' && last != '\u3002';
    }

    /** The page's headline element: the first {@code <h1>} whose text is one of the titles or part of one. */
    static Element headline(Element body, List<String> titles) {
        for (Element h : body.getElementsByTag("h1")) {
            String t = normalize(h.text());
            if (t.length() < 10) continue;
            for (String title : titles) if (title.contains(t) || t.contains(title)) return h;
        }
        return null;
    }

    /** Lower case, letters and digits only, single spaces. */
    static String normalize(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) sb.append(' ');
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }
}
