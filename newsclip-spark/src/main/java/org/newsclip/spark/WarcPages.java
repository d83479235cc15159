package org.newsclip.spark;

import org.newsclip.warc.WarcItem;
import org.newsclip.warc.WarcPageReader;

import java.io.IOException;

/** A {@link PageReader} over the {@code newsclip-warc} reader, the one {@code newsclip extract} uses. */
final class WarcPages implements PageReader {
    private final WarcPageReader reader;

    WarcPages(WarcPageReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean next(Visitor visitor) {
        if (!reader.hasNext()) return false;
        WarcItem item = reader.next();
        if (item instanceof WarcItem.PageItem p) {
            visitor.page(p.page());
        } else if (item instanceof WarcItem.Skipped s) {
            visitor.skipped(s.reason());
        } else if (item instanceof WarcItem.Corrupt c) {
            visitor.corrupt(kind(c.reason()), c.stopped());
        }
        return true;
    }

    /** The reason without its particulars ("gzip data error: invalid distance" → "gzip data error"), to count by. */
    static String kind(String reason) {
        if (reason == null) return "unknown";
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon) : reason;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
