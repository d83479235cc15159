package org.newsclip.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsclip.metadata.Metadata;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The "is this an article" check: a cheap look at what the page declares (schema.org type, {@code og:type}, the
 * URL) before extraction, then the shape of the chosen content (prose or links) when the declarations are silent.
 */
final class PageClassifier {
    static final String ARTICLE = "article";
    static final String LISTING = "listing";
    static final String HOMEPAGE = "homepage";
    static final String PRODUCT = "product";
    static final String FORUM = "forum";
    static final String OTHER = "other";
    /** Characters of prose outside links that make the chosen content a story even among many article cards. */
    private static final int STORY_MIN_CHARS = 1000;
    /** A site's front page by file name; compiled once (String.matches compiles on every call). */
    private static final Pattern INDEX_PAGE = Pattern.compile("/(index|default|home)\\.\\w+");

    /** The page type the page declares, or null when it declares nothing conclusive. */
    String declared(Document doc, ContentContext ctx) {
        Metadata meta = ctx.metadata();
        String schema = meta == null ? null : meta.schemaType();
        String fromSchema = fromSchema(schema);
        if (fromSchema != null) return fromSchema;
        String ogType = ogType(doc);
        if (ogType.contains("article") || ogType.equals("blog")) return ARTICLE;
        if (ogType.contains("product")) return PRODUCT;
        if (isRootPath(ctx.url())) return HOMEPAGE;
        return null;
    }

    /**
     * The page's {@code og:type}, read as tolerantly as the metadata stage reads meta tags: under {@code property}
     * or {@code name}, its value in {@code content} or else {@code value} (pages written by tools that normalise
     * attributes use those); "" when none.
     */
    static String ogType(Document doc) {
        for (Element m : doc.head().getElementsByTag("meta")) {
            if (!m.attr("property").equalsIgnoreCase("og:type") && !m.attr("name").equalsIgnoreCase("og:type")) {
                continue;
            }
            String v = m.hasAttr("content") ? m.attr("content") : m.attr("value");
            return v.trim().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    private static String fromSchema(String schema) {
        if (schema == null || schema.isBlank()) return null;
        String s = schema.toLowerCase(Locale.ROOT);
        if (s.contains("forum") || s.contains("qapage") || s.equals("question")) return FORUM;
        if (s.contains("article") || s.contains("blogposting") || s.contains("report") || s.contains("posting")) {
            return ARTICLE;
        }
        if (s.contains("product") || s.contains("offer")) return PRODUCT;
        if (s.contains("collection") || s.contains("itemlist") || s.contains("searchresults")) return LISTING;
        return null;
    }

    private static boolean isRootPath(String url) {
        if (url == null || url.isBlank()) return false;
        try {
            String path = URI.create(url.strip()).getPath();
            return path == null || path.isEmpty() || path.equals("/") || INDEX_PAGE.matcher(path).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Decides from the content's shape when the page declared nothing: prose is an article, links a listing. */
    String classify(String declared, TextStats stats, Element container, Element body) {
        if (declared != null) return declared;
        TextStats.Stat c = stats.stat(container);
        TextStats.Stat b = stats.stat(body);
        if (c == null || b == null || b.chars() == 0) return OTHER;
        if (c.linkDensity() > 0.45) return LISTING;
        boolean prose = c.punct() >= 4 && c.chars() - c.linkChars() >= 250 && c.linkDensity() < 0.3;
        // many <article> cards make a listing, unless the content is a long story (its related teasers are cards)
        boolean story = prose && c.chars() - c.linkChars() >= STORY_MIN_CHARS;
        if (!story && body.getElementsByTag("article").size() >= 4) return LISTING;
        return prose ? ARTICLE : OTHER;
    }
}
