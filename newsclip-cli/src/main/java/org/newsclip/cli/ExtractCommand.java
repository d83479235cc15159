package org.newsclip.cli;

import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.ExtractionResult;
import org.newsclip.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsclip extract}: pages in, article records out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Extract articles from HTML pages: files, folders (recursive) or - for standard input.",
                "Folders are walked in name order, taking *.html, *.htm, *.xhtml, *.shtml, *.html.gz, *.htm.gz "
                        + "and files without an extension that look like HTML; a file named on the command line "
                        + "is always read. Gzipped input is decompressed.",
                "Only extracted pages are written, in input order. Rejected inputs (empty, binary, not HTML, "
                        + "not an article) and failed ones (unreadable, missing, extractor error) are named on "
                        + "standard error with the reason, followed by a summary of the counts.",
                "Without --url a page's URL is unknown: records carry no url, and links stay as the page writes "
                        + "them (absolute, or resolved against the page's own <base href>)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted or rejected (not a page, not an article)",
                "1:some inputs failed (missing, unreadable, corrupt, extractor error)",
                "2:usage error (bad option or argument)",
                "3:the output could not be written"})
public final class ExtractCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int OUTPUT_ERROR = 3;
    /** Below this many inputs a progress bar is only noise. */
    private static final int PROGRESS_MIN = 8;

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "a page file, a folder, or - for standard input")
    List<String> inputs;

    @Option(names = "--url", paramLabel = "URL", description = "the URL of the page (one input only)")
    String url;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, jsonl, markdown, text or html (default: json for one file or stdin, else jsonl)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "extraction threads (default: all cores)")
    Integer threads;

    @Option(names = "--include-comments", description = "keep the page's comment section in the body")
    boolean includeComments;

    @Option(names = "--no-links", description = "leave links out of Markdown and HTML output")
    boolean noLinks;

    @Option(names = "--no-images", description = "leave images out of Markdown and HTML output")
    boolean noImages;

    @Option(names = "--max-bytes", paramLabel = "SIZE",
            description = "read at most this much of each input, e.g. 16m, 500k (default 16m)")
    String maxBytes;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar, no summary (messages about inputs stay)")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Settings s = settings();
        PrintStream err = main.err();
        Tally tally = new Tally();
        try (Writer w = openOutput(); PageSource source = new FileSource(inputs, main.in(), s.maxBytes(), url)) {
            Progress progress = progress(source, err);
            RecordWriter writer = new RecordWriter(w, s.format(), inputs.size() > 1 || isFolder());
            ExtractPipeline pipeline = new ExtractPipeline(new ArticleExtractor(s.options()), s.threads(),
                    ExtractPipeline.defaultBudget());
            pipeline.run(source, (item, result) -> {
                handle(item, result, writer, progress);
                tally.count(result.status());
                progress.step();
            });
            progress.finish();
        } catch (IOException e) {
            err.println("newsclip: cannot write " + (output == null ? "standard output" : output) + ": "
                    + e.getMessage());
            return OUTPUT_ERROR;
        }
        if (!quiet) err.println("newsclip: " + tally.summary());
        return tally.failed() > 0 ? SOME_FAILED : OK;
    }

    private void handle(SourceItem item, ExtractionResult result, RecordWriter writer, Progress progress)
            throws IOException {
        for (String w : item.warnings()) progress.message("newsclip: " + item.name() + ": warning: " + w);
        if (result.isExtracted()) {
            Article a = RecordWriter.withWarnings(result.article(), item.warnings());
            writer.write(item.name(), a);
            if (output == null && main.out().checkError()) throw new IOException("write error");
            return;
        }
        String status = result.status().name().toLowerCase(Locale.ROOT);
        String why = result.reason() == null ? "" : " (" + result.reason()
                + (result.detail() == null ? "" : ": " + result.detail()) + ")";
        progress.message("newsclip: " + item.name() + ": " + status + why);
    }

    private Progress progress(PageSource source, PrintStream err) {
        boolean show = !quiet && err == System.err && stderrIsTerminal();
        long total = show ? source.sizeHint() : -1;
        return new Progress(err, show && (total < 0 || total >= PROGRESS_MIN), total);
    }

    /**
     * Whether standard error is a terminal. {@code System.console()} says so only when standard output is one too,
     * which would hide the bar exactly when records go to a file; on Linux the link of file descriptor 2 tells.
     */
    static boolean stderrIsTerminal() {
        if (System.console() != null) return true;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(main.out(), StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // leave standard output open
                }
            };
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    private boolean isFolder() {
        return inputs.size() == 1 && !inputs.get(0).equals(FileSource.STDIN) && Files.isDirectory(Path.of(inputs.get(0)));
    }

    /** The checked options; a bad one is a usage error (exit 2). */
    private record Settings(ExtractionOptions options, RecordWriter.Format format, int threads, int maxBytes) {
    }

    private Settings settings() {
        int max = maxBytes == null ? ExtractionOptions.DEFAULT_MAX_BYTES : parseSize(maxBytes);
        if (url != null && (inputs.size() != 1 || isFolder())) usage("--url needs exactly one input file (or -)");
        if (threads != null && threads < 1) usage("--threads must be at least 1");
        RecordWriter.Format f;
        try {
            f = format != null ? RecordWriter.Format.parse(format)
                    : inputs.size() == 1 && !isFolder() ? RecordWriter.Format.JSON : RecordWriter.Format.JSONL;
        } catch (IllegalArgumentException e) {
            throw usage("unknown --format " + format + " (json, jsonl, markdown, text, html)");
        }
        ExtractionOptions options = ExtractionOptions.builder().includeComments(includeComments)
                .includeLinks(!noLinks).includeImages(!noImages).maxBytes(max).build();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        return new Settings(options, f, n, max);
    }

    private int parseSize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("k")) unit = 1024;
        else if (t.endsWith("m")) unit = 1024 * 1024;
        else if (t.endsWith("g")) unit = 1024L * 1024 * 1024;
        if (unit > 1) t = t.substring(0, t.length() - 1);
        try {
            long v = Long.parseLong(t) * unit;
            if (v <= 0 || v > Integer.MAX_VALUE - 8) throw usage("--max-bytes out of range: " + s);
            return (int) v;
        } catch (NumberFormatException e) {
            throw usage("--max-bytes is not a size: " + s);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
