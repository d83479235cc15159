package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsclip.html.ElementText;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the published and modified dates: JSON-LD, meta tags, microdata, {@code <time>} elements, visible
 * datelines near the headline, the URL and, last, the article text. Never a date later than the fetch time. One
 * instance serves one extraction (it remembers the visible date).
 */
final class Dates {
    /**
     * A found date with its source. For a date read from visible text: {@code revised} when the text labels it as a
     * revision ("Updated …"), {@code next} the day of a further date in the same text (or null). {@code other}: the
     * other reading of an ambiguous numeric date, or null.
     */
    record Dated(String iso, LocalDate day, String source, boolean revised, LocalDate next, LocalDate other) {
        Dated(String iso, LocalDate day, String source) {
            this(iso, day, source, false, null, null);
        }

        Dated asRevised() {
            return new Dated(iso, day, source, true, next, other);
        }

        /** This date read the other way (its time kept), when it is ambiguous. */
        Dated asOther() {
            return new Dated(other + iso.substring(10), other, source, revised, next, null);
        }
    }

    /** A full ISO timestamp as declared values write it; compiled once (it is tried on every declared value). */
    private static final Pattern ISO_STAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern FRACTION = Pattern.compile("\\.\\d+(?=Z|[+-]|$)");
    private static final Pattern COMPACT_OFFSET_END = Pattern.compile(".*[+-]\\d{4}$");

    private final LocalDate latest;
    private final boolean monthFirst;
    private final Regions regions;
    private final PageIndex index;
    private final TextDates texts;
    /** Memo of {@link #visible}. */
    private Dated visible;
    private Element visibleFor;
    private boolean visibleKnown;

    /**
     * @param latest     the fetch day: later dates are rejected
     * @param monthFirst whether ambiguous numeric dates read month first (US English pages)
     * @param regions    the page's region memo
     */
    Dates(LocalDate latest, boolean monthFirst, Regions regions, PageIndex index) {
        this.index = index;
        this.latest = latest;
        this.monthFirst = monthFirst;
        this.regions = regions;
        this.texts = new TextDates(this, index, regions);
    }

    /** A date parsed from a whole declared value (meta content, JSON-LD, datetime attribute), or null. */
    Dated declared(String value, String source) {
        DateParser.Found f = DateParser.value(value, monthFirst);
        if (f == null || !plausible(f.day()) || yearOnly(f)) return null;
        String iso = value != null && ISO_STAMP.matcher(value.trim()).matches() ? normaliseIso(value.trim()) : f.iso();
        return new Dated(iso, f.day(), source, false, null, f.other());
    }

    /**
     * A bare January 1 without a time ("2004-01-01", "01/01/2004") is how databases store a date known only by its
     * year (a recipe or a product page imported from an old system), not a day: the page's other dates say more.
     */
    private static boolean yearOnly(DateParser.Found f) {
        return !f.hasTime() && f.day().getDayOfYear() == 1;
    }

    private static String normaliseIso(String v) {
        String s = FRACTION.matcher(v).replaceFirst("");
        if (COMPACT_OFFSET_END.matcher(s).matches()) {
            s = s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2);
        }
        return s;
    }

    boolean plausible(LocalDate d) {
        return d != null && !d.isAfter(latest.plusDays(1)) && d.getYear() >= 1994;
    }

    /**
     * Of two declared dates that disagree (meta tags and JSON-LD, often written by different plugins), the one the
     * visible dateline shows; {@code preferred} when it shows neither.
     */
    Dated declaredShown(Dated preferred, Dated other, Document doc, Element headline) {
        Dated visible = visible(doc, headline);
        return visible != null && visible.day().equals(other.day()) && !visible.day().equals(preferred.day())
                ? other : preferred;
    }

    /** JSON-LD date of the main entity under one of the keys. */
    Dated fromJsonLd(JsonNode main, String... keys) {
        if (main == null) return null;
        for (String k : keys) {
            Dated d = declared(JsonLd.str(main.get(k)), "json-ld");
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The publication date of JSON-LD written into a meta tag ({@code <meta name="script:ld+json" content="{…}">}):
     * script frameworks (Remix, React Router) take JSON-LD in their meta API under that name, and a head renderer
     * that does not know it writes it out as a meta tag; the declaration is still the page's own.
     */
    Dated fromMetaJsonLd(MetaTags meta) {
        for (String v : meta.all("script:ld+json")) {
            Dated d = ScriptDates.inData(v, s -> declared(s, "json-ld"));
            if (d != null) return d;
        }
        return null;
    }

    /** The first plausible meta date under the keys, in key order. */
    Dated fromMeta(MetaTags meta, List<String> keys) {
        for (String k : keys) {
            for (String v : meta.all(k)) {
                Dated d = declared(v, k.startsWith("article:") || k.startsWith("og:") ? "opengraph" : "meta");
                if (d != null) return d;
            }
        }
        return null;
    }

    /**
     * Microdata {@code itemprop} dates outside meta tags. The date of the item that holds the headline wins, even in
     * a region that is foreign elsewhere; else, skipping foreign regions, the date of the outermost item: a page's
     * own item encloses the items of its comments and answers, which carry dates of their own. {@code ownOnly}: only
     * the headline's own item (or a date set beside the headline outside any item).
     */
    Dated fromMicrodata(MetaTags meta, Element headline, boolean ownOnly, String... props) {
        Dated best = null;
        int bestDepth = Integer.MAX_VALUE;
        // a page's one itemprop headline marks its article as well as its h1 does (templates without an item)
        List<Element> marked = meta.items("headline");
        Element anchor = marked.size() == 1 ? marked.get(0) : headline;
        for (String p : props) {
            for (Element e : meta.items(p)) {
                boolean own = DatePlaces.ownItem(e, headline) || DatePlaces.besideHeadline(e, anchor);
                if (!own && (ownOnly || regions.foreign(e))) continue;
                int depth = own ? -1 : DatePlaces.itemDepth(e, bestDepth); // the headline's own item first
                if (depth >= bestDepth) continue;
                Dated d = declared(MetaTags.itemValue(e), "microdata");
                if (d == null) d = inText(e.text(), "microdata");
                if (d != null) {
                    best = d;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    /**
     * A {@code <time>} element marked as the publication time, or the first one near the headline.
     *
     * @param strict skip times inside foreign regions (related lists, sidebars); comments are always skipped
     */
    Dated fromTimeElements(Document doc, Element headline, boolean strict) {
        List<Element> times = index.tag("time");
        Dated nearest = null;
        Dated above = null;
        Element story = headline == null ? null : headline.closest("article");
        boolean nearestOutside = false;
        boolean aboveInStory = false;
        boolean nearestForeign = false;
        boolean aboveForeign = false;
        for (Element t : times) {
            boolean skip = strict ? regions.foreign(t) || DatePlaces.linksElsewhere(t, doc.location())
                    || DatePlaces.otherStory(t, story) : regions.comment(t);
            if (skip) continue;
            Dated d = labelledPublished(t);
            if (d == null) d = declared(DateParser.stamp(t), "dom");
            if (d == null) d = inText(t.text(), "dom");
            if (d == null) continue;
            String hint = (t.className() + " " + t.id() + " " + t.parent().className()).toLowerCase();
            // a marked time outside the headline's <article>, once that has shown one, belongs to another story
            boolean ours = nearest == null || story == null || org.newsclip.html.DomCleaner.isInside(t, story);
            if (ours && (t.hasAttr("pubdate") || hint.contains("publish") || hint.contains("created"))) return d;
            if (hint.contains("modif") || hint.contains("update")) continue;
            // the story's own, not that of a listed story nested in it as an <article> of its own
            boolean inStory = story != null && DatePlaces.enclosingArticle(t) == story;
            if (nearest == null && (headline == null || Regions.after(t, headline))) {
                nearest = d;
                nearestOutside = story != null && !inStory;
                nearestForeign = !strict && regions.foreign(t);
            } else if (above == null) {
                above = d;
                aboveInStory = inStory;
                // only a time above the headline, in the page's header, outside foreign regions counts below
                aboveForeign = strict || headline == null || regions.foreign(t) || Regions.after(t, headline);
            }
        }
        // the loose reading: a time in the page's header above the headline (outside foreign regions) outweighs the
        // first one after the headline where that stands in a related list or a sidebar
        if (nearestForeign && above != null && !aboveForeign) return above;
        // the headline's <article> dates its story above the headline ("post-view__date"): the first time after the
        // headline in another <article> (beside it or nested in it) is a listed story's
        if (nearestOutside && aboveInStory) return above;
        // last resort: a page whose only time stands above its headline (forum posts, kickers) is dated by it
        return nearest != null || strict ? nearest : above;
    }

    /** A date shown after a publication label ("Publié le 29 juin"): it outweighs a datetime (often a save time). */
    private Dated labelledPublished(Element t) {
        String text = t.text();
        int end = text.length() > 80 ? -1 : Vocabulary.publicationLabelEnd(text, 30);
        return end < 0 ? null : inText(text.substring(end), "dom");
    }

    /**
     * True when some {@code <time>} element outside comments carries the day in its datetime or text; where
     * {@code plainly}, not as an ambiguous numeric date.
     */
    boolean timeShows(LocalDate day, boolean plainly) {
        for (Element t : index.tag("time")) {
            if (regions.comment(t)) continue;
            Dated d = declared(DateParser.stamp(t), "dom");
            if (d != null && d.day().equals(day) && (!plainly || d.other() == null)) return true;
        }
        return false;
    }

    /** An {@code <abbr title>} marked as published (hAtom), as blog engines write it, outside comments. */
    Dated fromAbbr(Document doc) {
        for (Element a : index.tag("abbr")) {
            if (!a.hasAttr("title") || regions.comment(a)) continue; // comment meta lines carry their own
            String hint = (a.className() + " " + a.attr("itemprop")).toLowerCase(java.util.Locale.ROOT);
            if (!hint.contains("publish") && !hint.contains("dtstart") && !hint.contains("date")) continue;
            Dated d = declared(a.attr("title"), "microdata");
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The date readers see: beside the headline, else in a dateline element. Several rules ask for it; it is found
     * once per page (the headline is the same for all of them).
     */
    Dated visible(Document doc, Element headline) {
        if (!visibleKnown || visibleFor != headline) {
            visible = nearHeadline(headline);
            if (visible == null) visible = fromDatelines(doc, headline);
            visibleFor = headline;
            visibleKnown = true;
        }
        return visible;
    }

    /** A visible dateline: elements whose class or id names a date, after the headline, outside foreign regions. */
    Dated fromDatelines(Document doc, Element headline) {
        Dated before = null;
        int seen = 0;
        for (Element e : Vocabulary.DATELINE.select(index, 400)) {
            if (++seen > 400) break;
            if (e.tagName().equals("body") || e.tagName().equals("html")) continue;
            if (e.childrenSize() > 6) continue; // a container, not a dateline: its text is costly and mixed
            String text = ElementText.head(e, 200); // a longer text is not read
            if (text.length() > 200 || regions.foreign(e)) continue;
            Dated d = text.length() < 6 ? null : inText(text, "dom");
            if (d == null) d = stamped(e, text);
            if (d == null) continue;
            d = labelled(e, d);
            if (DatePlaces.inMasthead(e)) continue;
            if (headline == null || Regions.after(e, headline)) return d;
            if (before == null) before = d;
        }
        return before;
    }

    /**
     * The date of a page's note of its last change ("This page was last edited on …"), as wikis write it: on a page
     * that declares no date, its last version is the one read, and dates in its text are about other things.
     */
    Dated fromLastChangeNote() {
        for (Element e : Vocabulary.LAST_CHANGE_NOTE.select(index, 3)) {
            if (e.childrenSize() > 6) continue;
            Dated d = inText(e.text(), "dom");
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The full time a dateline keeps in its {@code title} or {@code datetime} attribute while it shows readers a
     * relative one ("3 hours ago", "Acum 15 minute"): news and forum software write both.
     */
    private Dated stamped(Element e, String text) {
        if (text.length() > 40) return null;
        if (e.hasAttr("datetime")) return declared(e.attr("datetime"), "dom");
        return e.hasAttr("title") ? declared(e.attr("title"), "dom") : null;
    }

    /**
     * The date marked as a revision when its element says so: a short label just before it ("Updated" + date), or
     * markup that names the revision time (WordPress {@code class="updated"}, {@code itemprop="dateModified"}).
     */
    private static Dated labelled(Element e, Dated d) {
        if (d == null || d.revised()) return d;
        if (marksRevision(e) || labelBefore(e)) return d.asRevised();
        if (e.childrenSize() == 0 || e.childrenSize() > 6) return d;
        for (Element c : e.children()) {
            if (marksRevision(c) || c.childrenSize() > 0 && c.childrenSize() <= 3 && marksRevision(c.child(0))) {
                return d.asRevised();
            }
        }
        return d;
    }

    private static boolean marksRevision(Element e) {
        String c = e.className();
        String p = e.attr("itemprop");
        return c.contains("updated") || c.contains("modified") || p.equalsIgnoreCase("dateModified");
    }

    private static boolean labelBefore(Element e) {
        Element prev = e.previousElementSibling();
        if (prev == null || prev.childrenSize() > 2) return false;
        String label = prev.text();
        return label.length() <= 40 && Vocabulary.revisionLabel(label, 0, label.length());
    }

    /**
     * A date in the text just after the headline (or just before it): the next siblings of the headline and of a
     * few of its ancestors, within a small character budget.
     */
    Dated nearHeadline(Element headline) {
        if (headline == null) return null;
        Dated own = inHeadline(headline);
        if (own != null) return own;
        Element node = headline;
        for (int level = 0; level < 4 && node != null && !node.tagName().equals("body"); level++) {
            int budget = 400;
            for (Element sib = node.nextElementSibling(); sib != null && budget > 0; sib = sib.nextElementSibling()) {
                if (regions.foreign(sib)) continue;
                String t = ElementText.head(sib, budget); // only its first budget characters are read
                Dated d = Vocabulary.membershipLabel(t) ? null
                        : labelled(sib, shownDate(t.length() > budget ? t.substring(0, budget) : t, "dom"));
                if (d != null) return d;
                budget -= t.length();
            }
            Element prev = node.previousElementSibling();
            String before = prev == null ? null : ElementText.head(prev, 119);
            if (before != null && before.length() < 120 && !regions.foreign(prev)) {
                Dated d = inText(before, "dom");
                if (d != null) return d;
            }
            node = node.parent();
        }
        return null;
    }

    /**
     * The first date a text shows as a dateline: in a long text, a date inside a sentence, after a comma ("… a
     * portrait of Harry Reid, Dec. 8, 2016, in Washington"), is what a photo caption or the prose mentions, and the
     * next date is read instead. A dateline opens its text or follows a name or a label, not a clause.
     */
    Dated shownDate(String text, String source) {
        if (text.length() <= 150) return inText(text, source);
        DateParser.Found f = DateParser.first(text, monthFirst);
        if (f == null) return null; // most long texts hold no date: one search, as before
        int i = f.start();
        boolean inSentence = i > 80 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == ',';
        return inText(inSentence ? text.substring(f.end()) : text, source);
    }

    /**
     * A dateline set inside the headline element, in a small child after the title ({@code <h1>Title<br><small>02.02.2022
     * • News</small></h1>}), as some CMS templates write it.
     */
    private Dated inHeadline(Element headline) {
        for (Element c : headline.children()) {
            if (!c.nameIs("small") && !c.nameIs("span") || c.childrenSize() > 3) continue;
            String t = ElementText.head(c, 60);
            if (t.length() >= 6 && t.length() <= 60) {
                Dated d = inText(t, "dom");
                if (d != null) return labelled(c, d);
            }
        }
        return null;
    }

    /** A publication date in an inline script's data (JSON state of script-built pages) that names the title. */
    Dated fromScripts(Document doc, String title) {
        return ScriptDates.first(index.tag("script"), v -> declared(v, "dom"), title);
    }

    /**
     * The first date in the visible text outside comments, preferring one after the headline, and a date the text
     * labels as the publication over both (see {@link TextDates}).
     */
    Dated fromText(Document doc, Element headline) {
        return doc.body() == null ? null : texts.first(headline);
    }

    /** True when the text's first date stands inside running text: past its opening, in a text of some length. */
    boolean inProse(String text) {
        if (text.length() <= 80) return false;
        DateParser.Found f = DateParser.first(text, monthFirst);
        return f != null && f.start() > 25;
    }

    /** The date the visible text labels as the publication ("Published on 3 May 2021"), or null. */
    Dated labelledInText(Document doc) {
        return doc.body() == null ? null : texts.labelled();
    }

    /** The full day in the URL path (/2020/04/28/, /2017/7/12/, 20200428), or null. */
    Dated fullUrlDate(String url) {
        LocalDate d = url == null ? null : UrlDates.day(url);
        return plausible(d) ? new Dated(d.toString(), d, "url") : null;
    }

    /** The date in the URL path (/2020/04/28/, 20200428, a dateline in the slug), or null. */
    Dated fromUrl(String url) {
        if (url == null) return null;
        Dated full = fullUrlDate(url);
        return full != null ? full : inText(UrlDates.pathText(url), "url");
    }

    /** The first plausible date in a piece of text, marked when a revision label stands just before it. */
    Dated inText(String text, String source) {
        int from = 0;
        int end = -1;
        Dated found = null;
        for (DateParser.Found f : DateParser.findAll(text, monthFirst, 5)) {
            if (!plausible(f.day())) {
                from = f.end();
            } else if (found != null) {
                return f.day().equals(found.day()) ? found
                        : new Dated(found.iso(), found.day(), source, found.revised(), f.day(), found.other());
            } else {
                boolean revised = Vocabulary.revisionLabel(text, Math.max(from, f.start() - 40), f.start());
                found = new Dated(f.iso(), f.day(), source, revised, null, f.other());
                end = f.end();
            }
        }
        // a lone date may carry its label after it ("2019.03.26 last update")
        if (found != null && !found.revised() && Vocabulary.revisionLabel(text, end, Math.min(text.length(), end + 16))) {
            return found.asRevised();
        }
        return found;
    }
}
