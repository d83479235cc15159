package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsclip.page.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Chooses a page's published and modified dates from what {@link Dates} finds: the order of the sources, and the
 * rules that settle their disagreements (declared against visible, UTC against the local day, revision against
 * publication). One instance serves one extraction.
 */
final class DateChoice {
    /** The chosen dates; either may be null. */
    record Chosen(Dates.Dated published, Dates.Dated modified) {
    }

    private final Dates dates;
    private final Document doc;
    private final MetaTags meta;
    private final JsonNode main;
    private Element headline;
    /** Memo of {@link #articleTime}: several rules compare against it. */
    private Dates.Dated articleTime;
    private boolean articleTimeKnown;

    DateChoice(Dates dates, Document doc, MetaTags meta, JsonNode main, Element headline) {
        this.dates = dates;
        this.doc = doc;
        this.meta = meta;
        this.main = main;
        this.headline = headline;
    }

    /** Published, else a last resort; modified, unless it falls before the publication. */
    Chosen choose(String url, Titles.Choice title, List<String> warnings) {
        if (headline != null && title != null && !sharesWord(headline.text(), title.title())) headline = null;
        Dates.Dated modified = modified();
        Dates.Dated published = published(url, title, modified, warnings);
        if (published == null) published = lastResort(title, modified);
        if (published != null && published.other() != null) published = settled(published, url);
        if (modified != null && published != null && modified.day().isBefore(published.day())) modified = null;
        return new Chosen(published, modified);
    }

    /**
     * True when the heading shares a word with the page's title. An {@code <h1>} that shares none heads something
     * else (a sidebar's forum or community name, a section's label): the dates beside it are not the article's, and
     * the date rules search the page as they do one without a headline.
     */
    static boolean sharesWord(String heading, String title) {
        String h = Titles.norm(heading);
        String t = Titles.norm(title);
        // scripts written without spaces (Chinese, Japanese) make one long "word": a heading inside the title counts
        if (h.isEmpty() || t.contains(h) || h.contains(t)) return true;
        String spaced = " " + t + " ";
        for (String w : h.split(" ")) if (spaced.contains(" " + w + " ")) return true;
        return false;
    }

    private static final java.util.regex.Pattern DAY_FIRST_ENGLISH =
            java.util.regex.Pattern.compile("(?i)en[-_](gb|uk|au|nz|ie|in|za).*");

    /** US English writes numeric dates month first ("03/04/2024" is March 4); British and other English do not. */
    static boolean monthFirst(String[] lang) {
        return lang[0] != null && lang[0].equals("en")
                && (lang[1] == null || !DAY_FIRST_ENGLISH.matcher(lang[1]).matches());
    }

    /** The fetch day when the source gives one, else today: no date may be later. */
    static LocalDate latest(Page page) {
        String t = page.source().fetchTime();
        if (t != null) {
            try {
                return OffsetDateTime.parse(t).toLocalDate();
            } catch (RuntimeException e) {
                DateParser.Found f = DateParser.value(t, false);
                if (f != null) return f.day();
            }
        }
        return LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    private Dates.Dated published(String url, Titles.Choice title, Dates.Dated modified, List<String> warnings) {
        Dates.Dated fromLd = dates.fromJsonLd(main, "datePublished", "dateCreated", "uploadDate");
        if (fromLd == null) fromLd = dates.fromMetaJsonLd(meta);
        Dates.Dated fromMeta = dates.fromMeta(meta, Vocabulary.PUBLISHED_META);
        if (fromLd != null && fromMeta != null && !fromLd.day().equals(fromMeta.day())) {
            warnings.add("dates disagree: JSON-LD " + fromLd.iso() + ", meta " + fromMeta.iso());
            fromMeta = dates.declaredShown(fromMeta, fromLd, doc, headline);
        }
        Dates.Dated declared = fromMeta != null ? fromMeta : fromLd;
        if (declared != null) {
            // only the dateline beside the headline: a dated element further down may be a related post's
            Dates.Dated editors = webflow() ? dates.nearHeadline(headline) : null;
            if (editors != null) return editors;
            declared = firstShown(headerTime(declared, modified));
            return shown(firstDay(localised(declared, url), url), modified);
        }
        // the headline's own item declares the article's date, as JSON-LD does: it outweighs a bare page date
        Dates.Dated own = dates.fromMicrodata(meta, headline, true, "datepublished", "datecreated");
        Dates.Dated d = own != null ? own : dates.fromMicrodata(meta, headline, false, "datepublished", "datecreated");
        if (d != null) d = shown(d, modified); // microdata declares as JSON-LD does
        if (own != null) own = d;
        if (d == null) d = dates.fromLastChangeNote();
        if (d == null) d = labelledOver(shownDate());
        // a bare "date" / DC date is often the page's last save in the CMS: an earlier visible date is the
        // article's first publication, a later one cannot be the article's unless the reader sees it twice
        Dates.Dated saved = dates.fromMeta(meta, Vocabulary.PAGE_DATE_META);
        if (saved != null && (d == null || d != own && !d.day().isBefore(saved.day()) && !shownTwice(d))) d = saved;
        if (d == null) d = dates.fromUrl(url);
        if (d == null) d = dates.fromScripts(doc, title == null ? null : title.title());
        // a date the text labels as the publication ("Started by Ann, June 4, 2024") outweighs a time anywhere
        // on the page (a forum's header shows the visitor's clock)
        if (d == null) d = dates.labelledInText(doc);
        if (d == null) d = dates.fromTimeElements(doc, headline, false);
        if (d == null) d = dates.fromText(doc, headline);
        return d;
    }

    /** The date the page shows: its article's time element, the dateline by the headline, hAtom, a dateline. */
    private Dates.Dated shownDate() {
        Dates.Dated d = articleTime();
        if (d == null) d = dates.nearHeadline(headline);
        if (d == null) d = dates.fromAbbr(doc);
        if (d == null) d = dates.fromDatelines(doc, headline);
        return d;
    }

    /**
     * On a page that declares no date, a date its text labels as the publication ("Erschienen am: 01.11.2023",
     * "Published on …") outweighs an unlabelled one shown elsewhere: a dateline search may land in a column of
     * other stories, while the label says what the date is.
     */
    private Dates.Dated labelledOver(Dates.Dated shown) {
        if (shown == null) return null;
        Dates.Dated said = dates.labelledInText(doc);
        return said != null && !said.day().equals(shown.day()) ? said : shown;
    }

    /**
     * A declared date that no {@code <time>} element and not the visible dateline shows, while the article's time
     * and dateline agree on another day (more than a time-zone shift away), is a template's or plugin's stale
     * value: what the reader sees, written twice, wins. A time on the modification day is the revision.
     */
    private Dates.Dated headerTime(Dates.Dated declared, Dates.Dated modified) {
        Dates.Dated time = articleTime();
        if (time == null) return savedShown(declared);
        if (withinADay(time, declared)) return declared;
        if (modified != null && modified.day().equals(time.day()) || dates.timeShows(declared.day(), false)) return declared;
        return shownTwice(time) ? time : declared;
    }

    /**
     * On a page without a {@code <time>} element, the plain "date" meta (the page's last save) and the visible
     * dateline (not labelled as a revision) agreeing on a day far from the declared publication: the page shows its
     * readers that day as its date and names it twice, as {@link #headerTime} takes a time and a dateline that agree.
     */
    private Dates.Dated savedShown(Dates.Dated declared) {
        Dates.Dated saved = dates.fromMeta(meta, Vocabulary.PAGE_DATE_META);
        if (saved == null || withinADay(saved, declared)) return declared;
        Dates.Dated visible = dates.visible(doc, headline);
        return visible != null && !visible.revised() && visible.day().equals(saved.day()) ? visible : declared;
    }

    /**
     * True for a page built with Webflow (its root carries {@code data-wf-site} / {@code data-wf-page}): that CMS's
     * templates fill the declared dates from the item's "published on" field, which every publish of the site
     * rewrites, while the date an editor set is the one the template shows beside the headline.
     */
    private boolean webflow() {
        Element root = doc.firstElementChild();
        return root != null && (root.hasAttr("data-wf-site") || root.hasAttr("data-wf-page"));
    }

    /**
     * A dateline that shows an earlier day before the declared one ("Published Apr 26, 2023 · Aug 21, 2025") dates
     * the first publication: the declared date is that of the last revision, which some CMSs publish as the date.
     */
    private Dates.Dated firstShown(Dates.Dated declared) {
        Dates.Dated visible = dates.visible(doc, headline);
        return visible != null && !visible.revised() && declared.day().equals(visible.next())
                && visible.day().isBefore(declared.day()) ? visible : declared;
    }

    /**
     * True when the article's {@code <time>} element and its visible dateline (not a revision) both show the day
     * of {@code d}: a date the reader sees twice (and not a microdata value) outweighs a hidden one.
     */
    private boolean shownTwice(Dates.Dated d) {
        if (d.source().equals("microdata")) return false;
        Dates.Dated time = articleTime();
        Dates.Dated visible = dates.visible(doc, headline);
        return time != null && visible != null && !visible.revised() && time.day().equals(d.day())
                && visible.day().equals(d.day());
    }

    /**
     * A URL path that names the full day (/2023/11/08/) is minted when the article first appears: a declared date
     * later than it is a re-save or a time-zone shift, and the URL's day is the publication day.
     */
    private Dates.Dated firstDay(Dates.Dated declared, String url) {
        Dates.Dated inUrl = dates.fullUrlDate(url);
        return inUrl != null && inUrl.day().isBefore(declared.day()) ? inUrl : declared;
    }

    /**
     * A declared time in UTC may fall on another calendar day than the page shows its readers; when the visible
     * dateline (or, without one, a {@code <time>} element) is one day off, the visible (local) date is the one the
     * article carries. Without a visible date, the day in the URL path speaks for the local day: blog engines mint it
     * from the site's clock.
     */
    private Dates.Dated localised(Dates.Dated declared, String url) {
        if (!utcOrFloating(declared.iso())) return declared;
        Dates.Dated local = dates.visible(doc, headline);
        // a page without a dateline may still show its local day in a <time> element ("3 de mayo de 2022", or a
        // datetime with the site's offset): it only moves the declared day within a real time-zone shift
        if (local == null) local = dates.fromTimeElements(doc, headline, false);
        if (local == null) local = sameMoment(declared, dates.fromText(doc, headline));
        return local != null ? localDay(declared, local) : urlDay(declared, dates.fullUrlDate(url));
    }

    /**
     * A date of the text that shows the declared moment in local time: its time of day differs from the declared UTC
     * (or floating) time by a whole time-zone offset (in quarter hours, UTC-12 to UTC+14), as a forum's post time
     * "Feb 14, 2026 | 9:05 pm" shows a declared 03:05 the next day. Null when the text shows no such time.
     */
    private static Dates.Dated sameMoment(Dates.Dated declared, Dates.Dated shown) {
        if (shown == null || shown.other() != null) return null;
        java.time.LocalDateTime utc = DateParser.utcTime(declared.iso());
        int t = shown.iso().indexOf('T');
        if (utc == null || t < 0 || shown.iso().length() < t + 6) return null;
        java.time.LocalDateTime local = java.time.LocalDateTime.of(shown.day(),
                java.time.LocalTime.parse(shown.iso().substring(t + 1, t + 6)));
        long offset = java.time.Duration.between(utc.withSecond(0).withNano(0), local).toMinutes();
        return offset % 15 == 0 && offset >= -12 * 60 && offset <= 14 * 60 ? shown : null;
    }

    /**
     * The day readers see when a declared UTC time falls on another calendar day than the visible dateline: the
     * visible date, when a real time-zone offset (UTC-12 to UTC+14) can move the declared time to it, else the
     * declared one. A declared 13:10Z shown as the day before is no shift but a different date.
     */
    private static Dates.Dated localDay(Dates.Dated declared, Dates.Dated visible) {
        if (visible == null || visible.day().equals(declared.day())) return declared;
        java.time.LocalDateTime utc = DateParser.utcTime(declared.iso());
        if (utc == null) return declared;
        long gap = visible.day().toEpochDay() - declared.day().toEpochDay();
        long minute = utc.getHour() * 60L + utc.getMinute();
        if (gap == 1 && minute < 10 * 60 || gap == -1 && minute >= 12 * 60 || Math.abs(gap) != 1) return declared;
        int t = visible.iso().indexOf('T');
        if (t > 0 && visible.iso().length() >= t + 6) {
            // a visible time gives the offset itself: it must be one that exists
            java.time.LocalDateTime local = java.time.LocalDateTime.of(visible.day(),
                    java.time.LocalTime.parse(visible.iso().substring(t + 1, t + 6)));
            long offset = java.time.Duration.between(utc, local).toMinutes();
            if (offset < -12 * 60 || offset > 14 * 60) return declared;
        }
        return visible;
    }

    /**
     * The day of the URL path (minted by the site's clock) for a declared UTC time near midnight that falls on the
     * day before or after it: a shift of at most ten hours, as most of the world's time zones make, else the
     * declared day (a URL may also carry a print edition's day).
     */
    private static Dates.Dated urlDay(Dates.Dated declared, Dates.Dated inUrl) {
        java.time.LocalDateTime utc = inUrl == null ? null : DateParser.utcTime(declared.iso());
        if (utc == null) return declared;
        long gap = inUrl.day().toEpochDay() - declared.day().toEpochDay();
        int hour = utc.getHour();
        return gap == 1 && hour >= 14 || gap == -1 && hour < 10 ? inUrl : declared;
    }

    /**
     * True when a declared ISO value has a time in UTC ("…Z", "…+00:00") or one without an offset: CMS exports
     * write floating times in UTC or server time, which readers' local dates may differ from.
     */
    private static boolean utcOrFloating(String iso) {
        return DateParser.utcTime(iso) != null;
    }

    /**
     * A page revised after publication often shows only its revision date to readers ("Updated March 3"): when the
     * visible dateline is the declared modification day and not the publication day, the page dates itself by it.
     */
    private Dates.Dated shown(Dates.Dated declared, Dates.Dated modified) {
        // a "modification" before the publication is no revision (the page was re-dated): it cannot date it
        if (modified == null || !modified.day().isAfter(declared.day())) return declared;
        Dates.Dated visible = dates.visible(doc, headline);
        // a page without a dateline element may still show the day in its text, first after the headline ("By Ann
        // Lee Mar 5, 2025 | 6 comments" in a byline of plain spans): more than a time-zone shift from the declared day
        if (visible == null) visible = farFrom(dates.fromText(doc, headline), declared);
        // a date labelled "Updated" tells the reader it is not the publication date: keep the declared one
        // and so does a dateline that shows the publication day too ("March 3, 2024 · updated May 2, 2024")
        return visible != null && !visible.revised() && visible.day().equals(modified.day())
                && !declared.day().equals(visible.next()) ? modified : declared;
    }

    /** True if the two days are at most one apart: a time-zone shift, not another day. */
    private static boolean withinADay(Dates.Dated a, Dates.Dated b) {
        return Math.abs(a.day().toEpochDay() - b.day().toEpochDay()) <= 1;
    }

    /** The date, when it falls more than one day from {@code other} (no time-zone shift apart); else null. */
    private static Dates.Dated farFrom(Dates.Dated d, Dates.Dated other) {
        return d != null && !withinADay(d, other) ? d : null;
    }

    /**
     * A date in the title, else the modification date (a page that gives only that was published by then), else a
     * date in the declared description ("Notizia del 14 Gennaio 2020"): on a page that shows no date anywhere, the
     * summary its editor wrote is the one place left that may name its day (not on a product page).
     */
    private Dates.Dated lastResort(Titles.Choice title, Dates.Dated modified) {
        Dates.Dated d = dates.inText(doc.title(), "meta");
        if (d == null && title != null) d = dates.inText(title.title(), "meta");
        if (d != null || modified != null) return d != null ? d : modified;
        // a shop's description dates its price ("for 49,99 € (05/03/2026)"), not a publication
        MetaTags.Value type = meta.first("og:type");
        if (type != null && type.value().toLowerCase(java.util.Locale.ROOT).contains("product")) return null;
        MetaTags.Value description = meta.first("description", "og:description");
        return description == null ? null : dates.inText(description.value(), "meta");
    }

    /**
     * An ambiguous numeric date (01/11/2023) read the way the page itself shows its day unambiguously elsewhere: in
     * the URL path, the dateline, a {@code <time>} element or the text ("Erstellt am: 01.11.2023"). Servers often
     * write declared values in one locale's order (ASP.NET's month first) on pages in another; the page's language
     * decides only where nothing else does.
     */
    private Dates.Dated settled(Dates.Dated d, String url) {
        Dates.Dated[] shown = {dates.fullUrlDate(url), dates.visible(doc, headline)};
        for (Dates.Dated s : shown) {
            if (s == null || s.other() != null) continue; // an ambiguous date settles nothing
            if (s.day().equals(d.day())) return d;
            if (s.day().equals(d.other())) return d.asOther();
        }
        if (dates.timeShows(d.other(), true) && !dates.timeShows(d.day(), true)) return d.asOther();
        Dates.Dated text = dates.fromText(doc, headline);
        return text != null && text.other() == null && text.day().equals(d.other()) ? d.asOther() : d;
    }

    /** The article's own {@code <time>} element's date (the strict reading), found once. */
    private Dates.Dated articleTime() {
        if (!articleTimeKnown) {
            articleTime = dates.fromTimeElements(doc, headline, true);
            articleTimeKnown = true;
        }
        return articleTime;
    }

    private Dates.Dated modified() {
        Dates.Dated d = dates.fromJsonLd(main, "dateModified");
        if (d == null) d = dates.fromMeta(meta, Vocabulary.MODIFIED_META);
        if (d == null) d = dates.fromMicrodata(meta, headline, false, "datemodified");
        return d;
    }
}
