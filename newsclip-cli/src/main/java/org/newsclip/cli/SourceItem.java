package org.newsclip.cli;

import org.newsclip.page.Page;

import java.util.List;

/**
 * One thing from a {@link PageSource}: a page ready for extraction, an input that could not be read, a WARC record
 * passed over (not a page), or a damaged region of a WARC file. Every one of them ends up counted in the run's
 * report, so that nothing is dropped silently.
 *
 * @param kind     what the item is
 * @param name     how messages name the item (a path, {@code <stdin>}, {@code file.warc.gz@1234}…)
 * @param page     the page, or null unless {@code kind} is {@link Kind#PAGE}
 * @param reason   why the input failed or was skipped ({@code not-found}, {@code request}, …), or what damage was
 *                 found; null for a page
 * @param detail   a human-readable explanation, or null
 * @param warnings what the reader noticed about a readable input (e.g. truncation); never null
 * @param at       where the item lies: its input, its index in the input, its byte offset
 */
public record SourceItem(Kind kind, String name, Page page, String reason, String detail, List<String> warnings,
                         Position at) {

    /** The kinds of item. */
    public enum Kind {
        /** A page to extract. */
        PAGE,
        /** An input (or record) that could not be read: counted as failed. */
        FAILED,
        /** A record that holds no page (a WARC request, a non-HTML response…): counted as skipped. */
        SKIPPED,
        /** A damaged region of a WARC file; not a record, listed with its file and offset. */
        CORRUPT
    }

    /**
     * Where an item lies.
     *
     * @param input     the index of its input (file) in the run's list of inputs
     * @param index     its index among the items of that input (0 for a page file)
     * @param offset    its byte offset in the input (WARC record offset), or -1
     * @param bytesRead how many bytes of all the run's inputs had been read once this item was (for progress)
     * @param resumedAt for damage: where reading went on, or -1 when the file ended there
     */
    public record Position(int input, long index, long offset, long bytesRead, long resumedAt) {
        public static final Position NONE = new Position(0, 0, -1, 0, -1);
    }

    public SourceItem {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        at = at == null ? Position.NONE : at;
    }

    /** A page read without trouble, or with the given warnings. */
    public static SourceItem page(String name, Page page, List<String> warnings) {
        return new SourceItem(Kind.PAGE, name, page, null, null, warnings, null);
    }

    /** An input that could not be turned into a page. */
    public static SourceItem failure(String name, String reason, String detail) {
        return new SourceItem(Kind.FAILED, name, null, reason, detail, List.of(), null);
    }

    /** A record that holds no page. */
    public static SourceItem skipped(String name, String reason, String detail) {
        return new SourceItem(Kind.SKIPPED, name, null, reason, detail, List.of(), null);
    }

    /** Damage in a WARC file. */
    public static SourceItem corrupt(String name, String reason) {
        return new SourceItem(Kind.CORRUPT, name, null, reason, null, List.of(), null);
    }

    /** The same item at the given position. */
    public SourceItem at(Position p) {
        return new SourceItem(kind, name, page, reason, detail, warnings, p);
    }

    public boolean isFailure() {
        return kind == Kind.FAILED;
    }

    public boolean isPage() {
        return kind == Kind.PAGE;
    }
}
