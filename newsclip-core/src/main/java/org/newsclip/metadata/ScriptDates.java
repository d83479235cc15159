package org.newsclip.metadata;

import org.jsoup.nodes.Element;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates in inline scripts' data: the JSON state of pages built by script names them under keys like
 * {@code datePublished} or {@code published_at}. Plain key searches come first, the pattern only where a key
 * starts, so that big scripts stay cheap.
 */
final class ScriptDates {
    private ScriptDates() {
    }

    private static final Pattern SCRIPT_DATE = Pattern.compile("[\"'](?:datePublished|date_published|publishedAt"
            + "|published_at|publishDate|publish_date|pubDate|publicationDate|firstPublished|first_published_at"
            + "|created_at|dateCreated|publishedDate|published)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");

    private static final String[] SCRIPT_KEYS = {"datePublished", "date_published", "publishedAt", "published_at",
        "publishDate", "publish_date", "pubDate", "publicationDate", "firstPublished", "first_published_at",
        "created_at", "dateCreated", "publishedDate", "published"};

    /** The key names found with a plain search, the pattern only tried where one starts: big scripts stay cheap. */
    private static Dates.Dated scriptDate(String data, Function<String, Dates.Dated> declared, int from) {
        Matcher m = SCRIPT_DATE.matcher(data);
        for (String key : SCRIPT_KEYS) {
            int n = 0;
            for (int i = data.indexOf(key, from); i > 0 && n < 5; i = data.indexOf(key, i + 1)) {
                m.region(i - 1, data.length());
                if (!m.lookingAt()) continue;
                n++;
                Dates.Dated d = declared.apply(m.group(1));
                if (d != null) return d;
            }
        }
        return null;
    }

    /**
     * {@code script.data()}: the text of a script written in one piece, which nearly every script is, without the
     * copy that data() makes of its data nodes (a search of the element for data, comment and CDATA nodes).
     */
    static String data(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof org.jsoup.nodes.DataNode d) {
            return d.getWholeData();
        }
        return script.data();
    }

    /** The first publication date a piece of script data names, read with {@code declared}; null when none. */
    static Dates.Dated inData(String data, Function<String, Dates.Dated> declared) {
        return data.length() < 20 || !mayNameDate(data) ? null : scriptDate(data, declared, 0);
    }

    /** A cheap test before the pattern: every key it knows holds one of these fragments. */
    private static boolean mayNameDate(String data) {
        return data.contains("ublish") || data.contains("ubDate") || data.contains("ublication")
                || data.contains("reated");
    }

    /**
     * The first date found in the scripts' data, read with {@code declared}; null when none. Where a script names
     * the page's title, the first date after it comes first: an app's state holds the site's and its sections' dates
     * too, and the page's own item names its title before its date (title, text, then the times).
     */
    static Dates.Dated first(Iterable<Element> scripts, Function<String, Dates.Dated> declared, String title) {
        Dates.Dated first = null;
        for (Element s : scripts) {
            String data = data(s);
            if (data.length() < 20 || s.attr("type").contains("ld+json") || !mayNameDate(data)) continue;
            int at = title == null || title.length() < 12 ? -1 : data.indexOf(title);
            Dates.Dated d = at < 0 ? null : scriptDate(data, declared, at);
            if (d != null) return d;
            if (first == null) first = scriptDate(data, declared, 0);
        }
        return first;
    }
}
