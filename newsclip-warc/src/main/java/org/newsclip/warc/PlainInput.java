package org.newsclip.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/** An uncompressed WARC file. */
final class PlainInput extends WarcInput {
    private final SeekableByteChannel channel;
    private final byte[] buf = new byte[BUFFER];
    private long bufStart;
    private int pos;
    private int len;

    PlainInput(SeekableByteChannel channel) {
        this.channel = channel;
    }

    @Override
    boolean compressed() {
        return false;
    }

    private boolean fill() throws IOException {
        if (pos < len) return true;
        bufStart += len;
        pos = 0;
        len = 0;
        channel.position(bufStart);
        ByteBuffer bb = ByteBuffer.wrap(buf);
        int r = channel.read(bb);
        if (r <= 0) return false;
        len = r;
        return true;
    }

    @Override
    int read() throws IOException {
        return fill() ? buf[pos++] & 0xff : -1;
    }

    @Override
    int read(byte[] b, int off, int n) throws IOException {
        if (n == 0) return 0;
        if (!fill()) return -1;
        int r = Math.min(n, len - pos);
        System.arraycopy(buf, pos, b, off, r);
        pos += r;
        return r;
    }

    @Override
    long skip(long n) throws IOException {
        long target = Math.min(bufStart + pos + n, channel.size());
        long skipped = target - (bufStart + pos);
        seekTo(target);
        return skipped;
    }

    @Override
    Position settle() {
        return position();
    }

    @Override
    Position position() {
        long p = bufStart + pos;
        return new Position(p, 0, p);
    }

    @Override
    long filePosition() {
        return bufStart + pos;
    }

    @Override
    void seek(Position p) {
        seekTo(p.absolute());
    }

    private void seekTo(long offset) {
        if (offset >= bufStart && offset <= bufStart + len) {
            pos = (int) (offset - bufStart);
        } else {
            bufStart = offset;
            pos = 0;
            len = 0;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
