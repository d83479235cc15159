package org.newsclip.cli;

import org.newsclip.model.Source;
import org.newsclip.page.Page;
import org.newsclip.warc.WarcItem;
import org.newsclip.warc.WarcOptions;
import org.newsclip.warc.WarcPageReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * The inputs of a run ({@link Inputs}), read one item at a time: a page file gives one item, a WARC file one item
 * per record (pages, skipped records, damage). Gzipped page files are decompressed; every page is read up to
 * {@code maxBytes}. Memory holds one page file or one WARC record at a time, whatever the input size.
 *
 * <p>{@link #skipTo} makes a resumed run pass over what a previous run already covered.
 */
final class FileSource implements PageSource {
    static final String STDIN = Inputs.STDIN;

    private final List<Inputs.Input> inputs;
    private final InputStream stdin;
    private final int maxBytes;
    private final String url;
    private int next;
    private long bytesBefore;
    private WarcPageReader warc;
    private int warcInput;
    private long warcIndex;
    private long skipUntil;

    /**
     * @param inputs the resolved inputs ({@link Inputs#resolve})
     * @param url    the URL of the page when there is exactly one, or null: files have no known URL
     */
    FileSource(List<Inputs.Input> inputs, InputStream stdin, int maxBytes, String url) {
        this.inputs = List.copyOf(inputs);
        this.stdin = stdin;
        this.maxBytes = maxBytes;
        this.url = url;
    }

    List<Inputs.Input> inputs() {
        return inputs;
    }

    /** Passes over the inputs before {@code input} and the first {@code index} items of that one. */
    void skipTo(int input, long index) {
        for (; next < input && next < inputs.size(); next++) bytesBefore += inputs.get(next).size();
        skipUntil = index;
    }

    @Override
    public SourceItem next() {
        while (true) {
            if (warc != null) {
                SourceItem item = nextFromWarc();
                if (item != null) return item;
                continue;
            }
            if (next >= inputs.size()) return null;
            int i = next++;
            Inputs.Input in = inputs.get(i);
            long skip = skipUntil;
            skipUntil = 0;
            if (in.type() == Inputs.Type.WARC && in.error() == null) {
                SourceItem failed = openWarc(i, in, skip);
                if (failed != null) return failed;
                continue;
            }
            bytesBefore += in.size();
            if (skip > 0) continue;
            return readOne(in).at(new SourceItem.Position(i, 0, -1, bytesBefore, -1));
        }
    }

    private SourceItem readOne(Inputs.Input in) {
        if (in.error() != null) return SourceItem.failure(in.name(), "unreadable", in.error());
        if (in.type() == Inputs.Type.STDIN) return readStdin();
        return readFile(in.path(), in.name());
    }

    private SourceItem openWarc(int i, Inputs.Input in, long skip) {
        SourceItem.Position at = new SourceItem.Position(i, 0, -1, bytesBefore, -1);
        SourceItem odd = oddFile(in.path(), in.name());
        if (odd != null) {
            bytesBefore += in.size();
            return skip > 0 ? null : odd.at(at);
        }
        try {
            warc = WarcPageReader.open(in.path(), WarcOptions.defaults().maxPayloadBytes(maxBytes));
            warcInput = i;
            warcIndex = 0;
            while (warcIndex < skip && warc.hasNext()) {
                warc.next();
                warcIndex++;
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            closeWarc(in);
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            return failure(in.name(), io).at(new SourceItem.Position(i, 0, -1, bytesBefore, -1));
        }
    }

    /** The next item of the open WARC file, or null when it is done (and closed). */
    private SourceItem nextFromWarc() {
        Inputs.Input in = inputs.get(warcInput);
        long index = warcIndex;
        try {
            if (!warc.hasNext()) {
                closeWarc(in);
                return null;
            }
            WarcItem w = warc.next();
            warcIndex++;
            long read = bytesBefore + Math.min(in.size(), warc.stats().bytes());
            return fromWarc(in, w).at(new SourceItem.Position(warcInput, index, w.offset(), read,
                    w instanceof WarcItem.Corrupt c ? c.resumedAt() : -1));
        } catch (UncheckedIOException e) {
            // an I/O error, not damage: the rest of this file cannot be read
            SourceItem f = failure(in.name(), e.getCause());
            closeWarc(in);
            return f.at(new SourceItem.Position(warcInput, index, -1, bytesBefore, -1));
        }
    }

    private SourceItem fromWarc(Inputs.Input in, WarcItem w) {
        String name = in.name() + "@" + w.offset();
        if (w instanceof WarcItem.PageItem p) {
            List<String> warnings = new ArrayList<>();
            if (p.truncated()) warnings.add("record truncated to its first " + maxBytes + " bytes (--max-bytes)");
            String where = p.page().url() == null ? name : name + " " + p.page().url();
            return SourceItem.page(where, p.page(), warnings);
        }
        if (w instanceof WarcItem.Skipped s) return SourceItem.skipped(name, s.reason(), s.url());
        WarcItem.Corrupt c = (WarcItem.Corrupt) w;
        return SourceItem.corrupt(name, c.reason());
    }

    private void closeWarc(Inputs.Input in) {
        try {
            if (warc != null) warc.close();
        } catch (IOException ignored) {
            // nothing more is read from it
        }
        warc = null;
        bytesBefore += in.size();
    }

    /** A failure for what is no regular file (a folder, a dangling link, a FIFO or device), or null. */
    private static SourceItem oddFile(Path path, String name) {
        if (Files.isDirectory(path)) return SourceItem.failure(name, "unreadable", "is a folder");
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return SourceItem.failure(name, "not-found", "dangling link");
        }
        // a FIFO or device would block or never end: only regular files are read
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
            return SourceItem.failure(name, "unreadable", "not a regular file");
        }
        return null;
    }

    private SourceItem readFile(Path path, String name) {
        SourceItem odd = oddFile(path, name);
        if (odd != null) return odd;
        try (InputStream in = Files.newInputStream(path)) {
            return item(name, PageFiles.read(in, maxBytes), Source.of("file", name));
        } catch (IOException e) {
            return failure(name, e);
        }
    }

    private SourceItem readStdin() {
        try {
            return item("<stdin>", PageFiles.read(stdin, maxBytes), Source.of("stdin", null));
        } catch (IOException e) {
            return failure("<stdin>", e);
        }
    }

    private SourceItem item(String name, PageFiles.Content c, Source source) {
        List<String> warnings = new ArrayList<>();
        if (c.truncated()) warnings.add("input truncated to its first " + maxBytes + " bytes (--max-bytes)");
        return SourceItem.page(name, new Page(c.bytes(), url, Map.of(), source), warnings);
    }

    private static SourceItem failure(String name, IOException e) {
        if (e instanceof NoSuchFileException) return SourceItem.failure(name, "not-found", "no such file or folder");
        if (e instanceof AccessDeniedException) return SourceItem.failure(name, "unreadable", "permission denied");
        if (e instanceof ZipException || e instanceof java.io.EOFException) {
            return SourceItem.failure(name, "bad-gzip", "corrupt gzip data: " + e.getMessage());
        }
        return SourceItem.failure(name, "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** The number of inputs (files); the progress bar goes by bytes where the sizes are known. */
    @Override
    public long sizeHint() {
        return inputs.size();
    }

    /** The total size of the input files in bytes, or 0 when unknown. */
    long totalBytes() {
        return Inputs.totalBytes(inputs);
    }

    @Override
    public void close() {
        if (warc != null) closeWarc(inputs.get(warcInput));
    }
}
