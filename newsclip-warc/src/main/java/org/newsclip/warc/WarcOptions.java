package org.newsclip.warc;

/**
 * Settings of a {@link WarcPageReader}.
 *
 * @param maxPayloadBytes   the most bytes of one record's block (and of its decoded body) held in memory; the rest
 *                          is skipped and the page flagged as truncated
 * @param maxHeaderBytes    the most bytes of WARC header a record may have before it counts as damaged
 * @param keepNon2xx        whether responses with a status other than 2xx are returned as pages
 */
public record WarcOptions(int maxPayloadBytes, int maxHeaderBytes, boolean keepNon2xx) {
    public static final int DEFAULT_MAX_PAYLOAD = 8 << 20;

    public WarcOptions {
        if (maxPayloadBytes < 1024) throw new IllegalArgumentException("maxPayloadBytes < 1024: " + maxPayloadBytes);
        if (maxHeaderBytes < 256) throw new IllegalArgumentException("maxHeaderBytes < 256: " + maxHeaderBytes);
    }

    public static WarcOptions defaults() {
        return new WarcOptions(DEFAULT_MAX_PAYLOAD, 1 << 16, false);
    }

    public WarcOptions maxPayloadBytes(int n) {
        return new WarcOptions(n, maxHeaderBytes, keepNon2xx);
    }

    public WarcOptions keepNon2xx(boolean keep) {
        return new WarcOptions(maxPayloadBytes, maxHeaderBytes, keep);
    }
}
