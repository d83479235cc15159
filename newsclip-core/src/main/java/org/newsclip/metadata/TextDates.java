package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.newsclip.html.ElementText;

/**
 * Dates in the visible text of a page's body: the last resort of the date rules, read from the text nodes that the
 * page index kept (those that can hold four digits), in document order, bounded in count. One instance serves one
 * extraction (it remembers its answer).
 */
final class TextDates {
    /**
     * How many further texts with digits the text walk reads past the first date, looking for one labelled as the
     * publication: a dateline stands near the story's first dates, and the walk stays short.
     */
    private static final int TEXT_NODES_PAST = 30;

    private final Dates dates;
    private final PageIndex index;
    private final Regions regions;
    /** Memo of {@link #first}. */
    private Dates.Dated first;
    /** Whether {@link #first} follows a publication label. */
    private boolean firstLabelled;
    /** Memo of {@link #labelled}. */
    private Dates.Dated labelled;
    private boolean labelledKnown;
    private Element firstFor;
    private boolean firstKnown;
    /**
     * The body's texts that pass {@link #candidate}, in document order, as far as {@link #candidate(int)} has been
     * asked: both walks read the same texts, and each text is tested once.
     */
    private final java.util.List<TextNode> candidates = new java.util.ArrayList<>();
    /** How many of the index's body texts {@link #candidates} has tested. */
    private int tested;

    TextDates(Dates dates, PageIndex index, Regions regions) {
        this.dates = dates;
        this.index = index;
        this.regions = regions;
    }

    /**
     * The first date in the visible text outside comments, preferring one after the headline, and a date the text
     * labels as the publication ("Erstellt am: 30.01.2022") over both: a page that falls back to its text shows
     * teasers and tickers with dates of their own.
     */
    Dates.Dated first(Element headline) {
        if (!firstKnown || firstFor != headline) {
            firstLabelled = false;
            first = scan(headline);
            firstFor = headline;
            firstKnown = true;
        }
        return first;
    }

    /**
     * The first date the text labels as the publication ("Erschienen am: 01.11.2023"), outside comments, or null.
     * Only texts that open with a label are parsed: most pages have none, and the walk stays cheap.
     */
    Dates.Dated labelled() {
        if (!labelledKnown) {
            labelledKnown = true;
            if (firstKnown && firstLabelled) return labelled = first;
            for (int k = 0; k < 600; k++) {
                TextNode tn = candidate(k);
                if (tn == null) break;
                String raw = tn.getWholeText();
                // a pre-test on the raw text, before it is normalised: its window (the normalised text's 45
                // characters and the blanks that normalising squeezes) leaves out only labels past long runs of blanks
                if (Vocabulary.publicationLabelEnd(raw, Math.min(raw.length(), 300)) < 0) continue;
                String t = tn.text();
                int label = t.length() < 6 || t.length() > 400 ? -1 : Vocabulary.publicationLabelEnd(t, 45);
                Element parent = tn.parent();
                if (label < 0 || parent == null || regions.comment(parent)) continue;
                Dates.Dated d = dates.inText(t.substring(label), "text");
                if (d != null) return labelled = d;
            }
        }
        return labelled;
    }

    private Dates.Dated scan(Element headline) {
        // [0] the first date after the headline, [1] the first before it
        Dates.Dated[] found = new Dates.Dated[2];
        String[] texts = new String[2];
        Dates.Dated revision = null;
        int seen = 0;
        int past = 0;
        // the body's texts in document order, as a walk of the body visits them; stops at the first labelled date,
        // or a few texts past the first date after the headline
        for (int k = 0; ; k++) {
            TextNode tn = candidate(k);
            if (tn == null) break;
            String t = tn.text();
            if (t.length() < 6 || t.length() > 400) continue;
            if (++seen > 600 || found[0] != null && ++past > TEXT_NODES_PAST) break;
            Element parent = tn.parent();
            if (parent == null) continue;
            // the date first: most texts with digits hold none, and only those that do need the region's answer
            Dates.Dated d = dates.shownDate(t, "text");
            if (d == null || regions.comment(parent)) continue;
            // a forum profile's "Registriert: 18.09.2008" beside a post is the member's, not the page's
            if (Vocabulary.membershipLabel(ElementText.head(parent, 60))) continue;
            int label = Vocabulary.publicationLabelEnd(t, 45);
            Dates.Dated labelled = label < 0 ? null : dates.inText(t.substring(label), "text");
            if (labelled != null) {
                firstLabelled = true;
                return labelled;
            }
            if (revision == null && (d.revised() || revisionLabelBefore(tn))) revision = d.asRevised();
            if (found[0] != null) continue;
            if (headline == null || Regions.after(parent, headline)) {
                found[0] = d;
                texts[0] = t;
            } else if (found[1] == null) {
                found[1] = d;
                texts[1] = t;
            }
        }
        Dates.Dated d = found[0] != null ? found[0] : found[1];
        String text = found[0] != null ? texts[0] : texts[1];
        // a date inside running text (a caption's "vom 31.05.2021", a citation) is what the prose mentions: the page's
        // own note of its last change ("Letzte Änderung: 14.01.2022") dates it better
        return d != null && revision != null && !d.revised() && dates.inProse(text) ? revision : d;
    }

    /**
     * True when a short label element just before the text node, or before its parent, names a revision
     * ({@code <b>Aktualisiert am </b>17.01.2021}, {@code <label>Letzte Änderung:</label><div>14.01.2022</div>}).
     */
    private static boolean revisionLabelBefore(TextNode tn) {
        org.jsoup.nodes.Node prev = tn.previousSibling();
        if (prev instanceof Element e && labels(e)) return true;
        Element parent = tn.parent();
        Element before = parent == null || tn.siblingIndex() > 0 ? null : parent.previousElementSibling();
        return before != null && labels(before);
    }

    private static boolean labels(Element e) {
        if (e.childrenSize() > 2) return false;
        String t = e.text();
        return t.length() <= 40 && Vocabulary.revisionLabel(t, 0, t.length());
    }

    /** The {@code k}th text of the body that passes {@link #candidate(TextNode)}, or null when there are fewer. */
    private TextNode candidate(int k) {
        java.util.List<TextNode> all = index.bodyTexts();
        while (candidates.size() <= k && tested < all.size()) {
            TextNode tn = all.get(tested++);
            if (candidate(tn)) candidates.add(tn);
        }
        return k < candidates.size() ? candidates.get(k) : null;
    }

    /** A text node with some digits outside script, style and noscript. */
    private static boolean candidate(TextNode tn) {
        if (!hasDigit(tn.getWholeText())) return false;
        Element p = tn.parent();
        String tag = p == null ? "" : p.tagName();
        return !tag.equals("script") && !tag.equals("style") && !tag.equals("noscript");
    }

    private static boolean hasDigit(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // ASCII first: the other digits of Character.isDigit all lie above U+0660
            boolean digit = c <= '9' ? c >= '0' : c > 127 && Character.isDigit(c);
            if (digit && ++n >= 4) return true;
        }
        return false;
    }
}
