package org.newsclip.cli;

import org.newsclip.page.Page;

import java.util.List;

/**
 * One input from a {@link PageSource}: a page ready for extraction, or an input that could not be read (with a
 * reason). Either way it ends up counted in the run's summary.
 *
 * @param name     how messages name the input (a path, {@code <stdin>}, a WARC record…)
 * @param page     the page, or null when the input failed
 * @param reason   why the input failed ({@code not-found}, {@code unreadable}, {@code bad-gzip}…), or null
 * @param detail   a human-readable explanation of the failure, or null
 * @param warnings what the reader noticed about a readable input (e.g. truncation); never null
 */
public record SourceItem(String name, Page page, String reason, String detail, List<String> warnings) {

    public SourceItem {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A page read without trouble, or with the given warnings. */
    public static SourceItem page(String name, Page page, List<String> warnings) {
        return new SourceItem(name, page, null, null, warnings);
    }

    /** An input that could not be turned into a page. */
    public static SourceItem failure(String name, String reason, String detail) {
        return new SourceItem(name, null, reason, detail, List.of());
    }

    public boolean isFailure() {
        return page == null;
    }
}
