package org.newsclip.spark;

import org.apache.hadoop.fs.FSDataInputStream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A Hadoop input stream (local, HDFS, S3A...) as the read-only seekable channel the WARC reader takes. The reader
 * reads forward in large blocks and seeks back only to recover from damage, so the stream is used as it is best
 * used: sequentially.
 */
final class HadoopChannel implements SeekableByteChannel {
    private final FSDataInputStream in;
    private final long size;
    private byte[] scratch = new byte[0];
    private boolean open = true;

    HadoopChannel(FSDataInputStream in, long size) {
        this.in = in;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        int want = dst.remaining();
        if (want == 0) return 0;
        int r;
        if (dst.hasArray()) {
            r = in.read(dst.array(), dst.arrayOffset() + dst.position(), want);
            if (r > 0) dst.position(dst.position() + r);
        } else {
            if (scratch.length < want) scratch = new byte[want];
            r = in.read(scratch, 0, want);
            if (r > 0) dst.put(scratch, 0, r);
        }
        return r;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return in.getPos();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        // seeking to where the stream already is costs nothing locally but may reopen an S3 object: skip it
        if (newPosition != in.getPos()) in.seek(Math.min(newPosition, size));
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long s) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            in.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (!open) throw new ClosedChannelException();
    }
}
