package org.newsclip.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.CRC32;
import java.util.zip.Inflater;

/**
 * A gzip-compressed WARC file, read member by member. Common Crawl writes one gzip member per record, so a member's
 * file offset is the record offset its index gives; a file gzipped whole is one member holding every record. The
 * member framing is parsed here rather than by {@link java.util.zip.GZIPInputStream} because that class neither
 * tells where members start nor lets a reader skip a damaged one.
 */
final class GzipInput extends WarcInput {
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    /** Reads at least this long inflate into the caller's array directly. */
    private static final int DIRECT_READ = 4096;

    private final SeekableByteChannel channel;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] in = new byte[BUFFER];
    private final byte[] out = new byte[BUFFER];
    private long inStart;
    private int inPos, inLen;
    private int outPos, outLen;
    private boolean inMemberNow;
    private boolean eof;
    private long memberStart;
    private long inMember;
    private long absolute;

    GzipInput(SeekableByteChannel channel) {
        this.channel = channel;
    }

    @Override
    boolean compressed() {
        return true;
    }

    private long compressedPos() {
        return inStart + inPos;
    }

    private boolean refillIn() throws IOException {
        if (inPos < inLen) return true;
        inStart += inLen;
        inPos = 0;
        inLen = 0;
        channel.position(inStart);
        int r = channel.read(ByteBuffer.wrap(in));
        if (r <= 0) return false;
        inLen = r;
        return true;
    }

    private int readIn() throws IOException {
        return refillIn() ? in[inPos++] & 0xff : -1;
    }

    /** Makes output available; false at the end of the file. Moves on to the next member when one ends. */
    private boolean fill() throws IOException {
        while (outPos >= outLen) {
            if (eof) return false;
            if (!inMemberNow && !startMember()) return false;
            if (inMemberNow) inflateStep();
        }
        return true;
    }

    private boolean startMember() throws IOException {
        memberStart = compressedPos();
        inMember = 0;
        int id1 = readIn();
        if (id1 < 0) {
            eof = true;
            return false;
        }
        if (id1 != 0x1f || readIn() != 0x8b || readIn() != 8) {
            throw new CorruptInputException(memberStart, "garbage where a gzip member should start");
        }
        readHeaderRest();
        inflater.reset();
        crc.reset();
        inMemberNow = true;
        return true;
    }

    private void readHeaderRest() throws IOException {
        int flags = readIn();
        for (int i = 0; i < 6; i++) readIn(); // mtime, xfl, os
        if (flags < 0 || (flags & 0xe0) != 0) throw new CorruptInputException(memberStart, "bad gzip header");
        if ((flags & FEXTRA) != 0) {
            int xlen = readIn() | (readIn() << 8);
            for (int i = 0; i < xlen; i++) readIn();
        }
        if ((flags & FNAME) != 0) skipZeroTerminated();
        if ((flags & FCOMMENT) != 0) skipZeroTerminated();
        if ((flags & FHCRC) != 0) {
            readIn();
            readIn();
        }
        if (!refillIn()) throw new CorruptInputException(memberStart, "truncated gzip member");
    }

    private void skipZeroTerminated() throws IOException {
        int c;
        do {
            c = readIn();
        } while (c > 0);
        if (c < 0) throw new CorruptInputException(memberStart, "truncated gzip member");
    }

    /** One call to the inflater into the output buffer. */
    private void inflateStep() throws IOException {
        outPos = 0;
        outLen = 0;
        outLen = inflateStep(out, 0, out.length);
    }

    /**
     * One call to the inflater: produces up to {@code len} bytes into {@code b} (returned), or finishes the member,
     * or asks for more input.
     */
    private int inflateStep(byte[] b, int off, int len) throws IOException {
        if (inflater.needsInput()) {
            if (!refillIn()) throw new CorruptInputException(memberStart, "truncated gzip member");
            inflater.setInput(in, inPos, inLen - inPos);
        }
        int n;
        try {
            n = inflater.inflate(b, off, len);
        } catch (DataFormatException e) {
            throw new CorruptInputException(memberStart, "gzip data error: " + e.getMessage());
        }
        inPos = inLen - inflater.getRemaining();
        crc.update(b, off, n);
        if (inflater.finished()) {
            checkTrailer();
            inMemberNow = false;
        } else if (n == 0 && inflater.needsDictionary()) {
            throw new CorruptInputException(memberStart, "gzip data error: needs a dictionary");
        }
        return n;
    }

    /**
     * The member's CRC-32 and length must match what was inflated: a member cut short and followed by the next one
     * can inflate "successfully" through the next member's bytes, and only the checksum tells.
     */
    private void checkTrailer() throws IOException {
        long sum = 0;
        long size = 0;
        for (int i = 0; i < 8; i++) {
            int b = readIn();
            if (b < 0) throw new CorruptInputException(memberStart, "truncated gzip member");
            if (i < 4) sum |= (long) b << (8 * i);
            else size |= (long) b << (8 * (i - 4));
        }
        if (sum != crc.getValue() || size != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new CorruptInputException(memberStart, "gzip member damaged (checksum mismatch)");
        }
    }

    @Override
    int read() throws IOException {
        if (!fill()) return -1;
        inMember++;
        absolute++;
        return out[outPos++] & 0xff;
    }

    @Override
    int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        int r;
        if (outPos >= outLen && inMemberNow && len >= DIRECT_READ && (r = inflateStep(b, off, len)) > 0) {
            // a large read (a record's block) with the buffer empty: inflated straight into the caller's array,
            // not copied a second time through the buffer
        } else {
            if (!fill()) return -1;
            r = Math.min(len, outLen - outPos);
            System.arraycopy(out, outPos, b, off, r);
            outPos += r;
        }
        inMember += r;
        absolute += r;
        return r;
    }

    @Override
    Position settle() throws IOException {
        while (outPos >= outLen && inMemberNow) inflateStep();
        return position();
    }

    @Override
    Position position() {
        if (outPos >= outLen && !inMemberNow) return new Position(compressedPos(), 0, absolute);
        return new Position(memberStart, inMember, absolute);
    }

    @Override
    long filePosition() {
        return compressedPos();
    }

    @Override
    void seek(Position p) throws IOException {
        restartAt(p.member(), p.absolute() - p.inMember());
        if (skip(p.inMember()) < p.inMember()) throw new CorruptInputException(p.member(), "cannot seek back");
    }

    private void restartAt(long fileOffset, long abs) {
        inStart = fileOffset;
        inPos = 0;
        inLen = 0;
        outPos = 0;
        outLen = 0;
        inMemberNow = false;
        eof = false;
        absolute = abs;
        inflater.reset();
    }

    @Override
    boolean recoverMember(long after) throws IOException {
        long abs = absolute;
        byte[] probe = new byte[WARC.length];
        long candidate = after + 1;
        while ((candidate = nextMagic(candidate)) >= 0) {
            restartAt(candidate, abs);
            try {
                if (readFully(probe, 0, probe.length) == probe.length && Arrays.equals(probe, WARC)) {
                    restartAt(candidate, abs);
                    return true;
                }
            } catch (CorruptInputException e) {
                // a false match of the magic bytes inside compressed data: keep looking
            }
            candidate++;
        }
        restartAt(channel.size(), abs);
        eof = true;
        return false;
    }

    /** File offset of the next {@code 1f 8b 08} at or after {@code from}, or -1. */
    private long nextMagic(long from) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(BUFFER);
        long base = from;
        while (base < channel.size()) {
            bb.clear();
            channel.position(base); // every read positions the channel first, so moving it here is safe
            int r = channel.read(bb);
            if (r < 3) return -1;
            byte[] a = bb.array();
            for (int i = 0; i + 2 < r; i++) {
                if ((a[i] & 0xff) == 0x1f && (a[i + 1] & 0xff) == 0x8b && a[i + 2] == 8) return base + i;
            }
            base += r - 2;
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        channel.close();
    }
}
