package org.newsclip.cli;

import org.jsoup.Jsoup;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.eval.WarmUp;
import org.newsclip.output.ArticleWriter;
import org.newsclip.output.ArticleWriters;
import org.newsclip.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code newsclip bench}: the whole batch pipeline (WARC read → extract → JSONL file) over a
 * WARC built from the pages of gold-set folders, with 1 and with 2 threads, beside bare jsoup (parse + text, one
 * thread) over the same pages. A measurement, not a test: the figures depend on the machine and its load.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the batch pipeline: builds a WARC from the pages of the given set folders "
                + "(default: target/datasets/*), runs WARC read -> extract -> JSONL file (as extract -o out.jsonl "
                + "writes it) with 1 and 2 threads, and bare jsoup parse + text() on one thread over the same pages.",
                "Reports pages/s, pages/s per thread, pages per CPU-second of the whole process (robust when the "
                        + "machine is shared), MB/s of HTML and peak heap (sum of the heap pools' peaks)."})
public final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "SET", arity = "0..*", description = "set folders (with cases.jsonl) or folders of pages")
    List<Path> sets;

    @Option(names = "--threads", split = ",", paramLabel = "N,N",
            description = "thread counts to run (default 1,2)")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--repeat", paramLabel = "N", description = "copies of the pages in the WARC (default 1)")
    int repeat = 1;

    @Option(names = "--warmup", paramLabel = "N",
            description = "unmeasured passes before the measured ones: at least N (default 5, as JMH warms up), "
                    + "more (up to 3N) while the JIT still compiles for 5 %% of a pass or more: on a machine of few "
                    + "cores it compiles the extractor's code for a minute or more, and passes timed then measure "
                    + "the compiler, not the code")
    int warmup = 5;

    @Option(names = "--no-detect-language", description = "take the language only from what the page declares")
    boolean noDetectLanguage;

    /**
     * One measured run. {@code cpuSeconds} is the whole process's CPU; {@code workCpuSeconds} the CPU of the threads
     * doing the work itself (the extractor's calls, or bare jsoup's parses) and {@code writerCpuSeconds} the CPU of
     * the thread that takes the records and writes them (zero for bare jsoup).
     */
    record Result(String name, int threads, long pages, long extracted, double seconds, double cpuSeconds,
                  double workCpuSeconds, double writerCpuSeconds, long htmlBytes, long peakHeap) {
        String line() {
            double pps = pages / seconds;
            return String.format(Locale.ROOT, "%-18s %7d %7d %7.1f s %8.1f %11.1f %10.1f %7.2f %8d",
                    name, threads, pages, seconds, pps, pps / threads, pages / cpuSeconds,
                    htmlBytes / 1e6 / seconds, peakHeap >> 20);
        }
    }

    static final String HEADER = String.format(Locale.ROOT, "%-18s %7s %7s %9s %8s %11s %10s %7s %8s", "run",
            "threads", "pages", "time", "pages/s", "pages/s/thr", "pages/cpu-s", "MB/s", "heap MB");

    /**
     * The garbage collector's name. Plain {@code java -jar} picks G1 on a machine of two cores or more; at a small
     * heap its concurrent threads, rescanning the language model, took 2-4 CPU-ms per page in the pipeline runs
     * (against 0.15 for ParallelGC, which the {@code newsclip} script picks), so figures from the two differ a lot.
     */
    static String collector() {
        List<String> names = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList();
        if (names.stream().anyMatch(n -> n.startsWith("G1"))) return "G1";
        if (names.contains("PS Scavenge")) return "ParallelGC";
        return String.join("/", names);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the whole process (all threads, GC and JIT included), in seconds. */
    static double cpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean o ? o.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = main.out();
        List<Path> folders = sets == null || sets.isEmpty() ? defaultSets() : sets;
        List<BenchWarc.Page> pages = BenchWarc.pages(folders);
        if (pages.isEmpty()) {
            main.err().println("newsclip bench: no pages in " + folders);
            return ExtractCommand.USAGE;
        }
        Path dir = Files.createTempDirectory("newsclip-bench");
        Path warc = dir.resolve("bench.warc.gz");
        try {
            long html = BenchWarc.write(pages, repeat, warc);
            out.printf(Locale.ROOT, "%d pages, %.1f MB of HTML, WARC %.1f MB (gzip per record), from %s%n",
                    pages.size() * (long) repeat, html / 1e6, Files.size(warc) / 1e6, folders);
            out.printf(Locale.ROOT, "JVM max heap %d MB, %d cores available, collector %s%n",
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), collector());
            ExtractionOptions options = ExtractionOptions.builder()
                    .languageDetector(ExtractCommand.languageDetector(noDetectLanguage)).build();
            // warm-up: class loading, the language model, and the JIT, which keeps a core busy for the first passes
            int passes = WarmUp.run(() -> pipeline(warc, 1, html, options), warmup, 3 * warmup);
            out.printf(Locale.ROOT, "%d warm-up passes%n", passes);
            jsoup(pages, 1, html);
            out.println(HEADER);
            List<Result> runs = new java.util.ArrayList<>();
            for (int t : threads) {
                runs.add(pipeline(warc, t, html, options));
                out.println(runs.get(runs.size() - 1).line());
            }
            Result bare = jsoup(pages, repeat, html);
            out.println(bare.line());
            out.println(summary(runs, bare));
            out.println(parts(runs, bare));
            if (threads.stream().anyMatch(t -> t > 1)) out.println(jsoupScaling(pages, repeat));
            out.println(reading(warc, runs));
        } finally {
            Files.deleteIfExists(warc);
            Files.deleteIfExists(dir);
        }
        return ExtractCommand.OK;
    }

    /**
     * The figures the goals are stated in: pages/s per thread and pages per CPU-second against bare jsoup's, and the
     * gain from threads.
     */
    static String summary(List<Result> runs, Result bare) {
        double barePps = bare.pages() / bare.seconds();
        StringBuilder sb = new StringBuilder("per thread against bare jsoup:");
        sb.append(perRun(runs, r -> r.pages() / r.seconds() / r.threads() / barePps));
        // the stricter reading of "per core": every CPU-second the process spent (reader, writer, GC, JIT included)
        double bareCpu = bare.pages() / bare.cpuSeconds();
        sb.append("; per CPU-second:").append(perRun(runs, r -> r.pages() / r.cpuSeconds() / bareCpu));
        Result one = oneThread(runs);
        for (Result r : runs) {
            if (one == null || r == one) continue;
            sb.append(String.format(Locale.ROOT, "; %d threads give %.2fx the pages/s of one", r.threads(),
                    (r.pages() / r.seconds()) / (one.pages() / one.seconds())));
        }
        return sb.toString();
    }

    /**
     * Where the CPU of each run goes, per page: the extraction itself (the workers' CPU inside the extractor), the
     * writer, and the rest (the reader's gunzip and parsing, the collector, the JIT compiler, queues); and the
     * extraction alone against bare jsoup's own parsing thread per CPU-second. Equal extraction CPU per page at 1 and
     * 2 threads means the workers do not slow each other down: the pipeline then scales with the cores it gets.
     */
    static String parts(List<Result> runs, Result bare) {
        StringBuilder sb = new StringBuilder("CPU-ms per page:");
        for (Result r : runs) {
            double n = r.pages() / 1e3;
            sb.append(String.format(Locale.ROOT, " %s: extraction %.2f, writer %.2f, the rest %.2f;",
                    threads(r.threads()), r.workCpuSeconds() / n, r.writerCpuSeconds() / n,
                    (r.cpuSeconds() - r.workCpuSeconds() - r.writerCpuSeconds()) / n));
        }
        double bareMs = bare.workCpuSeconds() * 1e3 / bare.pages();
        sb.append(String.format(Locale.ROOT, " bare jsoup %.2f", bareMs));
        sb.append(System.lineSeparator()).append("extraction alone per CPU-second against bare jsoup:")
                .append(perRun(runs, r -> bareMs / (r.workCpuSeconds() * 1e3 / r.pages())));
        Result one = oneThread(runs);
        for (Result r : runs) {
            if (one == null || r == one) continue;
            sb.append(String.format(Locale.ROOT, "; with %d threads the extraction takes %.2fx the CPU per page of "
                    + "one", r.threads(), (r.workCpuSeconds() / r.pages()) / (one.workCpuSeconds() / one.pages())));
        }
        return sb.toString();
    }

    /** " 1 thread 0.55 2 threads 0.40": a figure per run. */
    private static String perRun(List<Result> runs, java.util.function.ToDoubleFunction<Result> figure) {
        StringBuilder sb = new StringBuilder();
        for (Result r : runs) {
            sb.append(String.format(Locale.ROOT, " %s %.2f", threads(r.threads()), figure.applyAsDouble(r)));
        }
        return sb.toString();
    }

    private static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }

    /** The 1-thread run, or null. */
    private static Result oneThread(List<Result> runs) {
        return runs.stream().filter(r -> r.threads() == 1).findFirst().orElse(null);
    }

    private static List<Path> defaultSets() throws IOException {
        Path root = Path.of(System.getProperty("newsclip.datasets", "target/datasets"));
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /**
     * WARC read → extract on {@code threads} threads → JSONL written to a file beside the WARC, as
     * {@code newsclip extract -o out.jsonl} writes it (the counts, the reader's warnings added to the records, UTF-8
     * encoding, file writes and the closing flush all inside the clock), deleted afterwards.
     */
    static Result pipeline(Path warc, int threads, long htmlBytes, ExtractionOptions options)
            throws IOException, InterruptedException {
        System.gc();
        Heap.resetPeaks();
        Inputs.Input in = new Inputs.Input(warc.toString(), warc, Inputs.Type.WARC, Files.size(warc), null);
        ArticleExtractor extractor = new ArticleExtractor(options);
        java.util.concurrent.atomic.LongAdder workNanos = new java.util.concurrent.atomic.LongAdder();
        ExtractPipeline p = new ExtractPipeline(page -> {
            long t = THREADS.getCurrentThreadCpuTime();
            try {
                return extractor.extract(page);
            } finally {
                workNanos.add(THREADS.getCurrentThreadCpuTime() - t);
            }
        }, threads, ExtractPipeline.defaultBudget(), Duration.ofSeconds(10));
        Path jsonl = warc.resolveSibling("bench-" + threads + ".jsonl");
        Tally tally = new Tally();
        double cpu = cpuSeconds();
        long writer = THREADS.getCurrentThreadCpuTime(); // this thread takes the records and writes them
        long start = System.nanoTime();
        double seconds;
        try (FileSource source = new FileSource(List.of(in), null, ExtractionOptions.DEFAULT_MAX_BYTES, null);
             ArticleWriter out = ArticleWriters.forPath(jsonl, OutputFormat.JSONL)) {
            p.run(source, (item, result) -> {
                tally.count(item, result);
                if (result != null && result.isExtracted()) {
                    out.write(RecordWriter.withWarnings(result.article(), item.warnings()));
                }
            });
        } finally {
            seconds = (System.nanoTime() - start) / 1e9;
            cpu = cpuSeconds() - cpu;
            writer = THREADS.getCurrentThreadCpuTime() - writer;
            Files.deleteIfExists(jsonl);
        }
        return new Result("pipeline", threads, tally.pages(), tally.extracted(), seconds, cpu, workNanos.sum() / 1e9,
                writer / 1e9, htmlBytes, Heap.peakBytes());
    }

    /**
     * How bare jsoup itself scales on this machine, the ceiling for the pipeline's scaling: pages shared out to
     * {@code n} threads, each reading and parsing its own (reads inside the clock here, for every thread count).
     */
    String jsoupScaling(List<BenchWarc.Page> pages, int repeat) throws InterruptedException {
        StringBuilder sb = new StringBuilder("bare jsoup, same pages shared out to threads:");
        double onePps = 0;
        for (int t : threads) {
            System.gc();
            java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
            long n = (long) pages.size() * repeat;
            Thread[] workers = new Thread[t];
            long start = System.nanoTime();
            for (int i = 0; i < t; i++) {
                workers[i] = new Thread(() -> {
                    for (long k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                        BenchWarc.Page p = pages.get((int) (k % pages.size()));
                        try {
                            Jsoup.parse(new String(p.html(), StandardCharsets.UTF_8), p.url()).text();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
                workers[i].start();
            }
            for (Thread w : workers) w.join();
            double pps = n / ((System.nanoTime() - start) / 1e9);
            if (t == 1) onePps = pps;
            sb.append(String.format(Locale.ROOT, " %s %.1f pages/s", threads(t), pps));
            if (t > 1 && onePps > 0) sb.append(String.format(Locale.ROOT, " (%.2fx)", pps / onePps));
        }
        return sb.toString();
    }

    /**
     * What reading the WARC alone costs (gunzip, WARC and HTTP parsing, one pass on this thread), against the CPU per
     * page of the 1-thread pipeline: work beside extraction that every pipeline run pays and bare jsoup's figures,
     * which start from pages in memory, do not.
     */
    static String reading(Path warc, List<Result> runs) throws IOException {
        java.lang.management.ThreadMXBean tm = java.lang.management.ManagementFactory.getThreadMXBean();
        Inputs.Input in = new Inputs.Input(warc.toString(), warc, Inputs.Type.WARC, Files.size(warc), null);
        long pages = 0;
        long start = tm.getCurrentThreadCpuTime();
        try (FileSource source = new FileSource(List.of(in), null, ExtractionOptions.DEFAULT_MAX_BYTES, null)) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                if (item.isPage()) pages++;
            }
        }
        double ms = (tm.getCurrentThreadCpuTime() - start) / 1e6 / Math.max(1, pages);
        String line = String.format(Locale.ROOT, "reading the WARC alone (gunzip, WARC and HTTP parsing): %.3f CPU-ms "
                + "per page", ms);
        Result one = oneThread(runs);
        double pipelineMs = one == null ? 0 : one.cpuSeconds() * 1e3 / one.pages();
        if (!(pipelineMs > 0)) return line; // a run too short for the process CPU clock
        return line + String.format(Locale.ROOT, ", %.0f %% of the 1-thread pipeline's %.3f CPU-ms per page",
                100 * ms / pipelineMs, pipelineMs);
    }

    /** Bare jsoup: {@code Jsoup.parse(html).text()} over the same pages, one thread. */
    static Result jsoup(List<BenchWarc.Page> pages, int repeat, long htmlBytes) throws IOException {
        System.gc();
        Heap.resetPeaks();
        long chars = 0;
        long nanos = 0;
        long work = 0;
        double cpu = 0;
        for (int c = 0; c < repeat; c++) {
            for (BenchWarc.Page p : pages) {
                byte[] html = p.html(); // read outside the clock: the figure is parse + text only
                long t = System.nanoTime();
                double c0 = cpuSeconds();
                long w = THREADS.getCurrentThreadCpuTime();
                chars += Jsoup.parse(new String(html, StandardCharsets.UTF_8), p.url()).text().length();
                work += THREADS.getCurrentThreadCpuTime() - w;
                nanos += System.nanoTime() - t;
                cpu += cpuSeconds() - c0;
            }
        }
        long n = (long) pages.size() * repeat;
        return new Result(chars >= 0 ? "jsoup parse+text" : "", 1, n, n, nanos / 1e9, cpu, work / 1e9, 0, htmlBytes,
                Heap.peakBytes());
    }
}
