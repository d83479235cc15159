package org.newsclip.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inputs of a run, resolved up front from the command-line arguments: page files, WARC files, standard input.
 * Folders are walked (depth-first, name order, hidden entries and links to folders skipped) for pages and WARC
 * files; {@code @list.txt} names a text file of paths, one a line ({@code #} comments and blank lines ignored).
 * Resolving first gives the total size (for the ETA) and a fixed order, which a resumed run relies on.
 */
final class Inputs {
    static final String STDIN = "-";

    /** What an input is. */
    enum Type { STDIN, PAGE, WARC }

    /**
     * One input.
     *
     * @param name  how messages name it (the path as given or found)
     * @param path  the file, or null for standard input
     * @param size  its size in bytes, or 0 when unknown
     * @param error why it cannot be read at all (a list file that is missing…), or null
     */
    record Input(String name, Path path, Type type, long size, String error) {
    }

    private Inputs() {
    }

    /** Resolves the arguments, in order. */
    static List<Input> resolve(List<String> arguments) {
        List<Input> out = new ArrayList<>();
        for (String arg : arguments) add(arg, out, 0);
        return out;
    }

    private static void add(String arg, List<Input> out, int depth) {
        if (arg.equals(STDIN)) {
            out.add(new Input("<stdin>", null, Type.STDIN, 0, null));
            return;
        }
        if (arg.startsWith("@") && arg.length() > 1 && depth == 0) {
            addList(arg.substring(1), out);
            return;
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            walk(p, out);
            return;
        }
        out.add(new Input(arg, p, isWarc(p) ? Type.WARC : Type.PAGE, size(p), null));
    }

    private static void addList(String listFile, List<Input> out) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(listFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.add(new Input("@" + listFile, Path.of(listFile), Type.PAGE, 0, "cannot read the list: " + e));
            return;
        }
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) add(t, out, 1);
        }
    }

    private static void walk(Path dir, List<Input> out) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(e -> !e.getFileName().toString().startsWith("."))
                    .filter(e -> !(Files.isSymbolicLink(e) && Files.isDirectory(e)))
                    .sorted().toList();
        } catch (IOException e) {
            out.add(new Input(dir.toString(), dir, Type.PAGE, 0, "cannot list the folder: " + e.getMessage()));
            return;
        }
        for (Path e : entries) {
            if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
                walk(e, out);
            } else if (isWarcName(e)) {
                out.add(new Input(e.toString(), e, Type.WARC, size(e), null));
            } else if (isPageEntry(e)) {
                out.add(new Input(e.toString(), e, Type.PAGE, size(e), null));
            }
        }
    }

    /** A folder entry that is a page, or something that looks like one but cannot be read (reported, not lost). */
    private static boolean isPageEntry(Path e) {
        if (!Files.isRegularFile(e)) return PageFiles.hasPageExtension(e);
        try {
            return PageFiles.isPage(e);
        } catch (IOException ex) {
            return true; // named like a page or unreadable: reading it will report why
        }
    }

    static boolean isWarcName(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** A file named on the command line is a WARC by its name or by its first bytes ({@code WARC/}). */
    static boolean isWarc(Path p) {
        if (isWarcName(p)) return true;
        if (!Files.isRegularFile(p)) return false;
        try (InputStream in = Files.newInputStream(p)) {
            return new String(in.readNBytes(5), StandardCharsets.ISO_8859_1).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The total size of the inputs, for the progress bar's ETA. */
    static long totalBytes(List<Input> inputs) {
        return inputs.stream().mapToLong(Input::size).sum();
    }
}
