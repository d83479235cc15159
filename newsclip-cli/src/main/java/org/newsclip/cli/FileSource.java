package org.newsclip.cli;

import org.newsclip.model.Source;
import org.newsclip.page.Page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * Pages from files, folders and standard input ({@code -}). A file named on the command line is always read; a
 * folder is walked recursively in name order (hidden entries and links to folders skipped), taking the files
 * {@link PageFiles#isPage} accepts. Gzipped input is decompressed; every input is read up to {@code maxBytes}.
 */
final class FileSource implements PageSource {
    static final String STDIN = "-";

    private final Deque<Path> pending = new ArrayDeque<>();
    private final List<String> arguments;
    private final InputStream stdin;
    private final int maxBytes;
    private final String url;
    private int nextArgument;

    /**
     * @param arguments files, folders or {@code -}
     * @param url       the URL of the page when there is exactly one, or null: files have no known URL
     */
    FileSource(List<String> arguments, InputStream stdin, int maxBytes, String url) {
        this.arguments = List.copyOf(arguments);
        this.stdin = stdin;
        this.maxBytes = maxBytes;
        this.url = url;
    }

    @Override
    public SourceItem next() {
        while (true) {
            if (!pending.isEmpty()) {
                SourceItem item = nextFromWalk();
                if (item != null) return item;
                continue;
            }
            if (nextArgument >= arguments.size()) return null;
            String arg = arguments.get(nextArgument++);
            if (arg.equals(STDIN)) return readStdin();
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                pending.push(path);
                continue;
            }
            return readFile(path, arg);
        }
    }

    /** Depth-first, in name order: a folder is replaced on the stack by its entries. */
    private SourceItem nextFromWalk() {
        Path p = pending.pop();
        String name = p.toString();
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> entries = list(p);
                for (int i = entries.size() - 1; i >= 0; i--) pending.push(entries.get(i));
                return null;
            }
            if (!Files.isRegularFile(p) || !PageFiles.isPage(p)) return null;
        } catch (IOException e) {
            return failure(name, e);
        }
        return readFile(p, name);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(e -> !e.getFileName().toString().startsWith("."))
                    .filter(e -> !(Files.isSymbolicLink(e) && Files.isDirectory(e)))
                    .sorted().toList();
        }
    }

    private SourceItem readFile(Path path, String name) {
        if (Files.isDirectory(path)) return SourceItem.failure(name, "unreadable", "is a folder");
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

    /** Counts the inputs (walking folders once more); only worth it when a progress bar is shown. */
    @Override
    public long sizeHint() {
        long n = 0;
        for (String arg : arguments) {
            Path p = Path.of(arg);
            if (arg.equals(STDIN) || !Files.isDirectory(p)) {
                n++;
                continue;
            }
            n += countPages(p);
        }
        return n;
    }

    private static long countPages(Path dir) {
        long n = 0;
        try {
            for (Path e : list(dir)) {
                if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) n += countPages(e);
                else if (Files.isRegularFile(e) && PageFiles.isPage(e)) n++;
            }
        } catch (IOException e) {
            n++;
        }
        return n;
    }
}
