package org.newsclip.cli;

import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.ExtractionResult;
import org.newsclip.LanguageDetector;
import org.newsclip.lang.OpenNlpLanguageDetector;
import org.newsclip.model.Article;
import org.newsclip.output.OutputFormat;
import org.newsclip.output.PartPolicy;
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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsclip extract}: pages in, article records out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Extract articles from HTML pages and WARC files: files, folders (recursive), @lists of "
                + "paths (one a line) or - for standard input.",
                "Folders are walked in name order, taking *.warc and *.warc.gz files, *.html, *.htm, *.xhtml, "
                        + "*.shtml, *.html.gz, *.htm.gz and files without an extension that look like HTML; a file "
                        + "named on the command line is always read (as a WARC when its name or first bytes say so). "
                        + "Gzipped input is decompressed.",
                "Only extracted pages are written, in input order. Rejected inputs (empty, binary, not HTML, "
                        + "not an article) and failed ones (unreadable, missing, extractor error, timeout) are named on "
                        + "standard error with the reason, followed by a summary of the counts; WARC records that "
                        + "hold no page are counted as skipped, damaged regions are named with file and offset.",
                "With -o, a JSON report of the run is written next to the output (<output>.report.json) unless "
                        + "--report names another file; JSONL and Parquet output is committed part by part with a "
                        + "checkpoint, so that --resume can continue an interrupted run.",
                "Without --url a page's URL is unknown: records carry no url, and links stay as the page writes "
                        + "them (absolute, or resolved against the page's own <base href>)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted, rejected or skipped (not a page, not an article)",
                "1:some inputs failed (missing, unreadable, corrupt, extractor error, timeout)",
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

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "a page file, a WARC file, a folder, @FILE (a list of paths) or - for standard input")
    List<String> inputs;

    @Option(names = "--url", paramLabel = "URL", description = "the URL of the page (one input only)")
    String url;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, jsonl, markdown, text, html, or (with -o) jsonl.gz, jsonl.zst, parquet (default: "
                    + "by the -o name when it ends in .jsonl, .jsonl.gz, .jsonl.zst or .parquet; else json for one "
                    + "page file or stdin, jsonl otherwise)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    @Option(names = "--part-size", paramLabel = "SIZE",
            description = "split JSONL/Parquet output into parts of this many records (e.g. 100000) or bytes "
                    + "(e.g. 256m, 1g): out-00000.jsonl, out-00001.jsonl, ...")
    String partSize;

    @Option(names = "--resume", description = "continue an interrupted run with the same inputs and -o, from its "
            + "checkpoint (<output>.checkpoint.json)")
    boolean resume;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the JSON run report here (default with -o: <output>.report.json)")
    Path report;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "extraction threads (default: all cores)")
    Integer threads;

    @Option(names = "--page-timeout", paramLabel = "DURATION",
            description = "fail a page whose extraction takes longer, e.g. 10s, 500ms; 0 for no limit (default 10s)")
    String pageTimeout;

    @Option(names = "--include-comments", description = "keep the page's comment section in the body")
    boolean includeComments;

    @Option(names = "--no-links", description = "leave links out of Markdown and HTML output")
    boolean noLinks;

    @Option(names = "--no-images", description = "leave images out of Markdown and HTML output")
    boolean noImages;

    @Option(names = "--no-detect-language", description = "take the language only from what the page declares "
            + "(default: detect it from the text where the page declares none or the text contradicts it)")
    boolean noDetectLanguage;

    @Option(names = "--max-bytes", paramLabel = "SIZE",
            description = "read at most this much of each page or WARC record, e.g. 16m, 500k (default 16m)")
    String maxBytes;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar, no summary (messages about inputs stay)")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Settings s = settings();
        List<Inputs.Input> resolved = Inputs.resolve(inputs);
        if (s.parts() == null && resume) usage("--resume needs -o with a JSONL or Parquet output");
        if (resume && resolved.stream().anyMatch(i -> i.type() == Inputs.Type.STDIN)) {
            usage("--resume cannot resume standard input");
        }
        PrintStream err = main.err();
        Tally tally = new Tally();
        Batch batch = new Batch(this, s, resolved, tally);
        try (FileSource source = new FileSource(resolved, main.in(), s.maxBytes(), url)) {
            if (!batch.start(source)) return finish(batch, tally, err);
            Progress progress = progress(source, err);
            ExtractPipeline pipeline = new ExtractPipeline(new ArticleExtractor(s.options())::extract, s.threads(),
                    ExtractPipeline.defaultBudget(), s.timeout());
            try (Writer w = s.parts() == null ? openOutput() : Writer.nullWriter()) {
                RecordWriter writer = new RecordWriter(w, s.format(), resolved.size() > 1 || isFolder());
                int abandoned = pipeline.run(source, (item, result) -> {
                    handle(item, result, writer, batch, progress);
                    tally.count(item, result);
                    batch.after(item);
                    progress.step(item.at().bytesRead());
                });
                batch.abandoned(abandoned);
                progress.finish();
                batch.finish();
            } finally {
                batch.close();
            }
        } catch (IOException e) {
            err.println("newsclip: cannot write " + (output == null ? "standard output" : output) + ": "
                    + e.getMessage());
            return OUTPUT_ERROR;
        }
        return finish(batch, tally, err);
    }

    private int finish(Batch batch, Tally tally, PrintStream err) throws IOException {
        if (!quiet) err.println("newsclip: " + tally.summary());
        Path r = report != null ? report : output != null ? RunReport.pathFor(output) : null;
        if (r != null) RunReport.write(r, batch.facts(), tally, batch.files());
        return tally.failed() > 0 || tally.corrupt() > 0 ? SOME_FAILED : OK;
    }

    private void handle(SourceItem item, ExtractionResult result, RecordWriter writer, Batch batch,
                        Progress progress) throws IOException {
        for (String w : item.warnings()) progress.message("newsclip: " + item.name() + ": warning: " + w);
        if (item.kind() == SourceItem.Kind.SKIPPED) return;
        if (item.kind() == SourceItem.Kind.CORRUPT) {
            progress.message("newsclip: " + item.name() + ": damaged: " + item.reason()
                    + (item.at().resumedAt() < 0 ? " (rest of the file not readable)"
                    : " (resumed at " + item.at().resumedAt() + ")"));
            return;
        }
        if (result.isExtracted()) {
            Article a = RecordWriter.withWarnings(result.article(), item.warnings());
            if (batch.parts() != null) {
                batch.parts().write(a);
            } else {
                writer.write(item.name(), a);
                if (output == null && main.out().checkError()) throw new IOException("write error");
            }
            return;
        }
        String status = result.status().name().toLowerCase(Locale.ROOT);
        String why = result.reason() == null ? "" : " (" + result.reason()
                + (result.detail() == null ? "" : ": " + result.detail()) + ")";
        progress.message("newsclip: " + item.name() + ": " + status + why);
    }

    private Progress progress(FileSource source, PrintStream err) {
        boolean show = !quiet && err == System.err && stderrIsTerminal();
        long files = source.sizeHint();
        boolean warc = source.inputs().stream().anyMatch(i -> i.type() == Inputs.Type.WARC);
        return new Progress(err, show && (warc || files >= PROGRESS_MIN), show ? source.totalBytes() : 0);
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

    /**
     * The checked options; a bad one is a usage error (exit 2).
     *
     * @param parts the output format when the output is JSONL/Parquet files written in parts, else null
     */
    record Settings(ExtractionOptions options, RecordWriter.Format format, OutputFormat parts, PartPolicy policy,
                    int threads, int maxBytes, Duration timeout) {
    }

    private Settings settings() {
        int max = maxBytes == null ? ExtractionOptions.DEFAULT_MAX_BYTES : (int) parseSize(maxBytes, "--max-bytes",
                Integer.MAX_VALUE - 8);
        if (url != null && (inputs.size() != 1 || isFolder())) usage("--url needs exactly one input file (or -)");
        if (threads != null && threads < 1) usage("--threads must be at least 1");
        OutputFormat parts = partsFormat();
        RecordWriter.Format f = parts != null ? RecordWriter.Format.JSONL : recordFormat();
        if (partSize != null && parts == null) usage("--part-size needs -o with a JSONL or Parquet output");
        ExtractionOptions options = ExtractionOptions.builder().includeComments(includeComments)
                .includeLinks(!noLinks).includeImages(!noImages).maxBytes(max)
                .languageDetector(languageDetector(noDetectLanguage)).build();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        return new Settings(options, f, parts, partPolicy(), n, max, timeout());
    }

    /** The commands' language detector: OpenNLP's, loaded on first need; null when turned off. */
    static LanguageDetector languageDetector(boolean off) {
        return off ? null : OpenNlpLanguageDetector.onDemand();
    }

    /** JSONL or Parquet files (with parts, checkpoint and resume) when -o asks for them by --format or name. */
    private OutputFormat partsFormat() {
        if (output == null) {
            if (format != null && format.toLowerCase(Locale.ROOT).matches("jsonl\\.(gz|zst)|parquet")) {
                usage("--format " + format + " needs -o");
            }
            return null;
        }
        if (format != null) {
            String f = format.toLowerCase(Locale.ROOT);
            if (f.equals("jsonl")) return OutputFormat.fromPath(output) == OutputFormat.JSONL ? OutputFormat.JSONL
                    : OutputFormat.fromPath(output);
            try {
                return OutputFormat.parse(f);
            } catch (IllegalArgumentException e) {
                return null; // json, markdown, text, html: one plain file
            }
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean batchName = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".jsonl.zst")
                || name.endsWith(".parquet");
        return batchName ? OutputFormat.fromPath(output) : null;
    }

    private RecordWriter.Format recordFormat() {
        try {
            boolean many = inputs.size() > 1 || isFolder() || inputs.stream().anyMatch(a -> a.startsWith("@")
                    || !a.equals(FileSource.STDIN) && Inputs.isWarc(Path.of(a)));
            return format != null ? RecordWriter.Format.parse(format)
                    : many ? RecordWriter.Format.JSONL : RecordWriter.Format.JSON;
        } catch (IllegalArgumentException e) {
            throw usage("unknown --format " + format + " (json, jsonl, markdown, text, html, jsonl.gz, jsonl.zst, "
                    + "parquet)");
        }
    }

    /** A plain number is a count of records; a size with k, m or g (or b) is bytes. */
    private PartPolicy partPolicy() {
        if (partSize == null) return PartPolicy.NONE;
        String t = partSize.trim().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            long n = parseSize(t, "--part-size", Long.MAX_VALUE);
            return PartPolicy.records(n);
        }
        return PartPolicy.bytes(parseSize(t.endsWith("b") ? t.substring(0, t.length() - 1) : t, "--part-size",
                Long.MAX_VALUE));
    }

    private Duration timeout() {
        if (pageTimeout == null) return Duration.ofSeconds(10);
        String t = pageTimeout.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1))
                    * 1000));
            if (t.endsWith("m")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw usage("--page-timeout is not a duration: " + pageTimeout);
        }
    }

    private long parseSize(String s, String option, long maxValue) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("k")) unit = 1024;
        else if (t.endsWith("m")) unit = 1024 * 1024;
        else if (t.endsWith("g")) unit = 1024L * 1024 * 1024;
        if (unit > 1) t = t.substring(0, t.length() - 1);
        try {
            long v = Long.parseLong(t) * unit;
            if (v <= 0 || v > maxValue) throw usage(option + " out of range: " + s);
            return v;
        } catch (NumberFormatException e) {
            throw usage(option + " is not a size: " + s);
        }
    }

    /** A usage error (exit 2) for the run's helpers. */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private CommandLine.ParameterException usage(String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
