package org.newsclip.warc;

import java.io.IOException;

/** The bytes of a WARC file cannot be read as they should be (a broken gzip member, a bad record framing). */
final class CorruptInputException extends IOException {
    private final long offset;

    CorruptInputException(long offset, String reason) {
        super(reason);
        this.offset = offset;
    }

    /** Byte offset in the file where the damage was found (the start of the gzip member or record). */
    long offset() {
        return offset;
    }
}
