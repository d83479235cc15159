package org.newsclip.warc;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The uncompressed byte stream of a WARC file, read through a small buffer, with positions that can be returned to.
 * A position names a place both in the file and in the uncompressed stream, so a record can be reported by the
 * offsets a crawler's index uses and re-read after a framing error.
 */
abstract class WarcInput implements Closeable {
    static final int BUFFER = 1 << 16;

    /**
     * A place in the stream.
     *
     * @param member   file offset where the current gzip member starts (for a plain file: the file offset itself)
     * @param inMember uncompressed bytes read since that member began (always 0 for a plain file)
     * @param absolute uncompressed bytes read since the start of the file
     */
    record Position(long member, long inMember, long absolute) {
        boolean atMemberStart() {
            return inMember == 0;
        }
    }

    /** Opens a file, choosing gzip or plain reading from its first two bytes rather than its name. */
    static WarcInput open(Path path) throws IOException {
        return open(FileChannel.open(path, StandardOpenOption.READ));
    }

    /** Opens a seekable stream (a file, or a Hadoop stream adapted); closing the input closes the channel. */
    static WarcInput open(SeekableByteChannel ch) throws IOException {
        try {
            byte[] magic = new byte[2];
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(magic);
            while (bb.hasRemaining() && ch.read(bb) >= 0) {
                // fill the two bytes or reach the end
            }
            ch.position(0);
            boolean gzip = bb.position() == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
            return gzip ? new GzipInput(ch) : new PlainInput(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    abstract boolean compressed();

    /** The next byte, or -1 at the end of the stream. */
    abstract int read() throws IOException;

    /** Reads up to {@code len} bytes; returns -1 at the end. */
    abstract int read(byte[] b, int off, int len) throws IOException;

    /**
     * Moves to the next byte if the current gzip member has ended, so that a record starting a new member is seen at
     * that member's start. Returns the position.
     */
    abstract Position settle() throws IOException;

    abstract Position position();

    /** How far into the file reading has got (compressed bytes for gzip). */
    abstract long filePosition();

    /** Returns to a position taken earlier from this input. */
    abstract void seek(Position p) throws IOException;

    /**
     * After a damaged gzip member: looks for the next member from {@code after + 1} on whose content begins with
     * {@code WARC/}, and continues there. Returns false when there is none.
     */
    boolean recoverMember(long after) throws IOException {
        return false;
    }

    /** Reads exactly {@code n} bytes into {@code b}; returns how many were there before the end. */
    final int readFully(byte[] b, int off, int n) throws IOException {
        int done = 0;
        while (done < n) {
            int r = read(b, off + done, n - done);
            if (r < 0) break;
            done += r;
        }
        return done;
    }

    /** Skips {@code n} bytes; returns how many were there before the end. */
    long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(BUFFER, Math.max(1, n))];
        long done = 0;
        while (done < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - done));
            if (r < 0) break;
            done += r;
        }
        return done;
    }
}
