package org.newsclip;

import org.newsclip.model.Article;

import java.util.Optional;

/**
 * The outcome for one page: {@link Status#EXTRACTED} with an article, {@link Status#REJECTED} (not something to
 * extract: binary, empty, not HTML) or {@link Status#FAILED} (the extractor hit an error), each with a reason.
 *
 * @param input  a name for the page (its URL or path), for messages
 * @param reason a short machine-readable reason ({@code empty}, {@code binary}, {@code no-content}, {@code error}…)
 * @param detail a human-readable explanation, or null
 */
public record ExtractionResult(Status status, Article article, String input, String reason, String detail) {

    /** What happened to a page. */
    public enum Status { EXTRACTED, REJECTED, FAILED }

    public static ExtractionResult extracted(Article a, String input) {
        return new ExtractionResult(Status.EXTRACTED, a, input, null, null);
    }

    public static ExtractionResult rejected(String input, String reason, String detail) {
        return new ExtractionResult(Status.REJECTED, null, input, reason, detail);
    }

    public static ExtractionResult failed(String input, String reason, String detail) {
        return new ExtractionResult(Status.FAILED, null, input, reason, detail);
    }

    public boolean isExtracted() {
        return status == Status.EXTRACTED;
    }

    public Optional<Article> articleIfAny() {
        return Optional.ofNullable(article);
    }

    /** "input: reason (detail)", for messages. */
    public String describe() {
        String s = (input == null ? "<page>" : input) + ": " + status.name().toLowerCase(java.util.Locale.ROOT);
        if (reason != null) s += " (" + reason + (detail == null ? "" : ": " + detail) + ")";
        return s;
    }
}
