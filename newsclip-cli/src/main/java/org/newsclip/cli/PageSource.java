package org.newsclip.cli;

/**
 * Where the pages of a run come from: files and folders today, WARC files or a crawler later. A source yields
 * its inputs one at a time, reading each only when asked (so that memory does not grow with the number of
 * inputs), and reports an input it cannot read as a failed {@link SourceItem} instead of throwing.
 * {@link #next()} is called from one thread.
 */
public interface PageSource extends AutoCloseable {

    /** The next input, or null when there are no more. */
    SourceItem next();

    /** How many inputs this source will yield, or -1 when unknown (used for progress and ETA only). */
    default long sizeHint() {
        return -1;
    }

    @Override
    default void close() {
    }
}
