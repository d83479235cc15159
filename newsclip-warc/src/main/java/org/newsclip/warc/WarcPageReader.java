package org.newsclip.warc;

import org.newsclip.model.Source;
import org.newsclip.page.Page;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the HTML pages of one WARC file ({@code .warc}, or gzip: one member per record as Common Crawl writes
 * it, or the whole file in one member; chosen by the file's first bytes, not its name).
 *
 * <p>Each {@link #next()} gives a {@link WarcItem}: a page from a {@code response} or {@code resource} record, a
 * record passed over ({@code request}, {@code metadata}, {@code warcinfo}, {@code revisit}, non-HTML, non-2xx,
 * undecodable), or damage. After damage the reader looks for the next record and goes on; where it cannot, the
 * {@link WarcItem.Corrupt} says so and the file ends there.
 *
 * <p>Offsets: for a plain file, the record's byte offset and length in the file; for a gzip file whose records
 * each start a member, the member's offset and the compressed length of the record's members, as in a CDX index;
 * for a file gzipped whole, offset and length count uncompressed bytes.
 *
 * <p>Memory stays bounded: the reader holds one record's block at most, up to
 * {@link WarcOptions#maxPayloadBytes()}. Not thread-safe; use one reader per file and thread.
 */
public final class WarcPageReader implements Iterator<WarcItem>, Closeable {
    private final Path path;
    private final String location;
    private final String fileName;
    private final WarcOptions options;
    private final WarcInput in;
    private final RecordFramer framer;
    private final Map<String, Long> skipped = new HashMap<>();
    private long records, pages, truncated, corrupt;
    private WarcItem pending;
    private boolean done;

    private WarcPageReader(Path path, String location, WarcInput in, WarcOptions options) {
        this.path = path;
        this.location = location;
        this.fileName = location.substring(location.lastIndexOf('/') + 1);
        this.options = options;
        this.in = in;
        this.framer = new RecordFramer(in, options);
    }

    /** Opens a WARC file with the default options. */
    public static WarcPageReader open(Path path) throws IOException {
        return open(path, WarcOptions.defaults());
    }

    public static WarcPageReader open(Path path, WarcOptions options) throws IOException {
        return new WarcPageReader(path, path.toString(), WarcInput.open(path), options);
    }

    /**
     * Reads a WARC from a seekable channel, for storage that is not a local file (a Hadoop stream, in the Spark job).
     * The reader reads from the channel's start, moves its position freely, and closes it.
     *
     * @param location the path or URL of the file, for {@code Source.location}; its last segment is the file name
     */
    public static WarcPageReader open(SeekableByteChannel channel, String location, WarcOptions options)
            throws IOException {
        return new WarcPageReader(null, location, WarcInput.open(channel), options);
    }

    /** The file, or null when the reader was opened on a channel. */
    public Path path() {
        return path;
    }

    /** @throws UncheckedIOException when the file cannot be read (damage in it is returned as an item instead) */
    @Override
    public boolean hasNext() {
        if (pending == null && !done) pending = advance();
        return pending != null;
    }

    @Override
    public WarcItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        WarcItem item = pending;
        pending = null;
        return item;
    }

    /** The remaining items as a sequential stream; closing the stream closes the reader. */
    public Stream<WarcItem> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::closeQuietly);
    }

    /** Counters of the file so far. */
    public WarcStats stats() {
        return new WarcStats(fileName, records, pages, truncated, skipped, corrupt, in.filePosition());
    }

    private WarcItem advance() {
        try {
            while (true) {
                WarcItem item = readOne();
                if (item != null || done) return item;
            }
        } catch (IOException e) {
            done = true;
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
    }

    /** One item, or null with {@code done} set at the end of the file. */
    private WarcItem readOne() throws IOException {
        RecordFramer.Raw raw;
        try {
            raw = framer.next();
        } catch (CorruptInputException e) {
            return damagedMember(e);
        } catch (RecordFramer.FramingException e) {
            return badFraming(e);
        }
        if (raw == null) {
            done = true;
            return null;
        }
        records++;
        WarcItem item = RecordReader.interpret(raw, this::source, options);
        count(item);
        return item;
    }

    private void count(WarcItem item) {
        if (item instanceof WarcItem.PageItem p) {
            pages++;
            if (p.truncated()) truncated++;
        } else if (item instanceof WarcItem.Skipped s) {
            skipped.merge(s.reason(), 1L, Long::sum);
        }
    }

    private WarcItem damagedMember(CorruptInputException e) throws IOException {
        corrupt++;
        boolean found = in.recoverMember(e.offset());
        if (!found) done = true;
        return new WarcItem.Corrupt(fileName, e.offset(), e.getMessage(), found ? in.position().member() : -1);
    }

    private WarcItem badFraming(RecordFramer.FramingException e) throws IOException {
        corrupt++;
        records++;
        long offset = offset(e.start);
        boolean found;
        try {
            if (in.compressed() && e.start.atMemberStart()) {
                // a record that starts a member ends with it: the next sound member is the next record, even when
                // a broken member made the inflater read on into the members after it
                found = in.recoverMember(e.start.member());
            } else {
                in.seek(e.resyncFrom);
                if (e.skipOne) in.read();
                found = framer.scanToRecord();
            }
        } catch (CorruptInputException gz) {
            // the gzip layer broke while looking: go on at the next sound member
            found = in.recoverMember(gz.offset());
        }
        if (!found) done = true;
        long resumed = found ? offset(in.settle()) : -1;
        return new WarcItem.Corrupt(fileName, offset, e.getMessage(), resumed);
    }

    long offset(WarcInput.Position p) {
        return in.compressed() && p.atMemberStart() ? p.member() : p.absolute();
    }

    long length(WarcInput.Position start, WarcInput.Position end) {
        if (in.compressed() && start.atMemberStart() && end.atMemberStart()) return end.member() - start.member();
        return end.absolute() - start.absolute();
    }

    private Source source(RecordFramer.Raw raw) {
        return Source.of("warc", location).withWarc(fileName, offset(raw.start()),
                length(raw.start(), raw.end()), raw.field("WARC-Date"), raw.field("WARC-Record-ID"));
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        done = true;
        in.close();
    }
}
