package org.newsclip.warc;

import org.newsclip.page.Page;

/**
 * One thing a {@link WarcPageReader} found in a WARC file: an HTML page, a record it passed over, or damage.
 */
public sealed interface WarcItem permits WarcItem.PageItem, WarcItem.Skipped, WarcItem.Corrupt {

    /** Byte offset of the record (or damage) in the file; see {@link WarcPageReader} for what offsets count. */
    long offset();

    /**
     * An HTML page, ready for {@code ArticleExtractor}. Its {@code Source} names the WARC file, record offset and
     * length, WARC-Date, record id, HTTP status and content type.
     *
     * @param truncated true when the payload was longer than {@link WarcOptions#maxPayloadBytes()} and was cut
     */
    record PageItem(Page page, long offset, boolean truncated) implements WarcItem {
    }

    /**
     * A record that holds no page to extract.
     *
     * @param reason one of the {@code WarcItem.*} reason constants ({@code request}, {@code not-html}, ...)
     * @param url    the record's target URI where it has one
     */
    record Skipped(String reason, long offset, String url) implements WarcItem {
    }

    /**
     * Damaged input: a broken gzip member, a record whose length is wrong, bytes that are no record.
     *
     * @param file      the WARC file name
     * @param reason    what was wrong, in words
     * @param resumedAt where reading went on (file offset, or uncompressed offset for whole-file gzip), or -1 when
     *                  nothing more could be read from the file
     */
    record Corrupt(String file, long offset, String reason, long resumedAt) implements WarcItem {
        /** True when the reader gave up on the rest of the file. */
        public boolean stopped() {
            return resumedAt < 0;
        }
    }

    /** Skip reason: a record of this WARC-Type ({@code request}, {@code metadata}, {@code warcinfo}, ...). */
    static String typeReason(String warcType) {
        return warcType == null ? "no-type" : warcType.toLowerCase(java.util.Locale.ROOT);
    }

    /** The payload is not HTML (by its content type, or by its first bytes). */
    String NOT_HTML = "not-html";
    /** A response whose HTTP status is not 2xx (a redirect or an error page holds no article). */
    String HTTP_STATUS = "http-status";
    /** The HTTP message could not be parsed, or the record is a response of another protocol. */
    String BAD_HTTP = "bad-http";
    /** The body uses a content or transfer encoding the reader cannot decode. */
    String UNSUPPORTED_ENCODING = "unsupported-encoding";
    /** The body claims an encoding (gzip, deflate, br) but does not decode. */
    String BAD_ENCODING = "bad-encoding";
    /** A response or resource record with an empty payload. */
    String EMPTY = "empty";
}
