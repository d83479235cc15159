package org.newsclip.spark;

import org.newsclip.page.Page;

import java.io.Closeable;
import java.io.IOException;

/**
 * The pages of one WARC stream, one item at a time: the seam between the job and the WARC reader, so that a task
 * holds only the record it is on.
 */
interface PageReader extends Closeable {

    /** Hands the next item to the visitor; returns false at the end of the stream. */
    boolean next(Visitor visitor) throws IOException;

    /** What a {@link PageReader} found. */
    interface Visitor {
        /** An HTML page, its {@code Source} naming the WARC file and record. */
        void page(Page page);

        /** A record with no page in it (a request, a non-HTML payload...). */
        void skipped(String reason);

        /** Damage; {@code stopped} when nothing more of the file could be read. */
        void corrupt(String reason, boolean stopped);
    }
}
