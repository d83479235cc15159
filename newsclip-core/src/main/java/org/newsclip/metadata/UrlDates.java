package org.newsclip.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a URL path names: /2020/04/28/, /2017/7/12/, /2023/october/03/, 20200428, or a month path whose slug opens with the day in six
 * digits. Web archive addresses are read for the archived URL. Stateless and thread-safe.
 */
final class UrlDates {
    private static final Pattern DAY = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])([/_-]?)(0[1-9]|[12]\\d|3[01])(?:[/_.-]|(\\d{4,})|$)");
    /**
     * A month path whose slug opens with the day in six digits, year first or day first (/2012/12/121210_…,
     * /2022/01/260122-…), as some newsrooms mint their article ids.
     */
    private static final Pattern SLUG_DAY = Pattern.compile("/((?:19|20)(\\d{2}))/(0[1-9]|1[0-2])/(\\d{6})(?!\\d)");
    /** A day path with one-digit month or day (/2017/7/12/), as some blog engines write it. */
    private static final Pattern SLASHED = Pattern.compile(
            "/((?:19|20)\\d{2})/([1-9]|1[0-2]|0[1-9])/([1-9]|[12]\\d|3[01]|0[1-9])/");
    /** A day path with the month's name (/2023/october/03/, /2019/jan/5/), as some CMSs write it. */
    private static final Pattern NAMED = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\p{L}{3,9})/([1-9]|[12]\\d|3[01]|0[1-9])/");
    private static final Pattern WEB_ARCHIVE = Pattern.compile("^https?://web\\.archive\\.org/web/\\d{8,14}[a-z_]*/");
    private static final Pattern SCHEME_HOST = Pattern.compile("^[a-z]+://[^/]+");

    private UrlDates() {
    }

    /** The full day in the URL path, or null; not checked against the fetch time. */
    static LocalDate day(String url) {
        url = archived(url);
        Matcher m = DAY.matcher(url);
        while (m.find()) {
            // "/2015/08/150803-…": after a month path, digits that run on past two are the slug's number, no day
            if (m.group(5) == null || m.group(3).isEmpty()) return day(m.group(1), m.group(2), m.group(4));
        }
        m = SLASHED.matcher(url);
        if (m.find()) return day(m.group(1), m.group(2), m.group(3));
        m = NAMED.matcher(url);
        if (m.find()) {
            Integer month = Vocabulary.MONTHS.get(m.group(2).toLowerCase(java.util.Locale.ROOT));
            if (month != null) return day(m.group(1), month.toString(), m.group(3));
        }
        m = SLUG_DAY.matcher(url);
        if (!m.find()) return null;
        String yy = m.group(2);
        String mm = m.group(3);
        String slug = m.group(4);
        if (slug.startsWith(yy + mm)) return day(m.group(1), mm, slug.substring(4));
        return slug.endsWith(mm + yy) ? day(m.group(1), mm, slug.substring(0, 2)) : null;
    }

    /** The path's text with its slashes and underscores as spaces, for a dateline written in a slug. */
    static String pathText(String url) {
        return SCHEME_HOST.matcher(archived(url)).replaceFirst("").replace('_', ' ').replace('/', ' ');
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A web archive's capture stamp is the crawl date, not the article's: the archived URL is read instead. */
    private static String archived(String url) {
        return url.contains("web.archive.org/") ? WEB_ARCHIVE.matcher(url).replaceFirst("") : url;
    }
}
