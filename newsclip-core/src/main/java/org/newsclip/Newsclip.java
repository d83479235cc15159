package org.newsclip;

import org.newsclip.model.Article;
import org.newsclip.page.Page;

/**
 * The shortest way in: {@code Newsclip.extract(html, url)}. For many pages, or bytes with unknown charsets, use
 * one {@link ArticleExtractor} and {@link Page}s.
 */
public final class Newsclip {
    private static final ArticleExtractor DEFAULT = new ArticleExtractor();

    private Newsclip() {
    }

    /**
     * Extracts an article from HTML text.
     *
     * @return the result: {@link ExtractionResult#article()} is set when the page was extracted
     */
    public static ExtractionResult extract(String html, String url) {
        return DEFAULT.extract(Page.ofHtml(html, url));
    }

    /** Extracts and returns the article, or null when the page was rejected or failed. */
    public static Article article(String html, String url) {
        return extract(html, url).article();
    }
}
