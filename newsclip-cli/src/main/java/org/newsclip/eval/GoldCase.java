package org.newsclip.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One case of a gold set: a page and what should be extracted from it.
 *
 * @param html     the page file, relative to the set folder
 * @param truth    the {@code truth} object (never null; empty when the case has none)
 * @param pageType {@code extra.page_type}, or null
 */
public record GoldCase(String id, String url, String html, JsonNode truth, String pageType) {

    /** Whether the truth has this key (even with an empty value, as {@code field in truth} in score.py). */
    public boolean has(String key) {
        return truth.has(key);
    }

    /** A truth field as a string ("" when absent or null). */
    public String text(String key) {
        return TextRules.asPythonStr(truth.get(key));
    }
}
