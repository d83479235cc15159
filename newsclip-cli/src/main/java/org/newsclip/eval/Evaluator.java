package org.newsclip.eval;

import org.jsoup.Jsoup;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionResult;
import org.newsclip.page.CharsetDecoder;
import org.newsclip.page.Page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an {@link ArticleExtractor} over a gold set and scores it. Pages are handed over as bytes + URL, so the
 * extractor's own charset decoding is part of what is measured. Timing is in-process, one thread, and by default
 * on warm passes (untimed passes go over all the sets of a run until the JIT is done compiling, see {@link WarmUp}); a bare pass over the same bytes (decoding
 * them, then {@code Jsoup.parse(html, url).text()}) gives the floor any jsoup-based extractor pays. Both sides start
 * from the page's bytes, as in {@code bench}. With several timed rounds the extractor's and the bare passes
 * alternate, and each side reports its fastest round: a spell in which other work slows the machine then costs
 * neither side a figure. A measured round goes over a small set as many times as it takes to time 1000 pages.
 */
public final class Evaluator {
    private final ArticleExtractor extractor;
    private final Options options;
    private final Scorer scorer = new Scorer();
    private final CharsetDecoder decoder = new CharsetDecoder();
    /** Keeps the JIT from dropping the baseline's work as dead code. */
    private long sink;
    private int warmUpPasses;

    /**
     * How to run.
     *
     * @param warmUp        run a first, untimed pass so that the timed pass is warm
     * @param jsoupBaseline also time a bare jsoup parse + text over the same pages
     * @param threads       more than 1 extracts in parallel (for quality only: the times then mean little)
     * @param rounds        timed passes per set (at least 1), each side's fastest reported
     */
    public record Options(boolean warmUp, boolean jsoupBaseline, int threads, int rounds) {
        /** Timed rounds of {@link #measure()}. */
        public static final int MEASURE_ROUNDS = 3;

        public Options {
            if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        }

        /** Warm, single-threaded, with the jsoup baseline, best of three rounds: the figures to report. */
        public static Options measure() {
            return new Options(true, true, 1, MEASURE_ROUNDS);
        }

        /** One pass on all cores, no baseline: quality figures only (the CI gate). */
        public static Options qualityOnly() {
            return new Options(false, false, Runtime.getRuntime().availableProcessors(), 1);
        }
    }

    /** The outcome for one set: per-page predictions (in case order) and the figures. */
    public record Run(GoldSet set, Map<String, Prediction> predictions, Scores.Set scores) {
    }

    public Evaluator(ArticleExtractor extractor, Options options) {
        this.extractor = extractor;
        this.options = options;
    }

    /** Extracts every page of the set, scores the output and measures the speed. */
    public Run run(GoldSet set) throws InterruptedException {
        return runAll(List.of(set)).get(0);
    }

    /**
     * Runs {@link #run} on each set, in order. With {@link Options#warmUp} untimed passes go over every set, until the
     * JIT has compiled the extractor ({@link WarmUp}), before any set is timed: otherwise the first sets of a run
     * would be timed on a JVM that has compiled little (the bare jsoup pass, with far less code to compile, warms
     * faster), and a set's figures would depend on its place in the list.
     */
    public List<Run> runAll(List<GoldSet> sets) throws InterruptedException {
        warmUpPasses = 0;
        if (options.warmUp()) warmUpPasses = WarmUp.run(() -> warmUpPass(sets), 1, MAX_WARM_UP_PASSES);
        List<Run> runs = new ArrayList<>();
        for (GoldSet set : sets) runs.add(timedRun(set));
        return runs;
    }

    /** Passes over every set of a run that {@link #runAll} makes, at most, before timing (see {@link WarmUp}). */
    static final int MAX_WARM_UP_PASSES = 8;

    private void warmUpPass(List<GoldSet> sets) throws InterruptedException {
        for (GoldSet set : sets) {
            predict(set);
            if (options.jsoupBaseline()) jsoupTimes(set, 1);
        }
    }

    /** The untimed passes over all the sets that the last {@link #runAll} made (0 without warm-up). */
    public int warmUpPasses() {
        return warmUpPasses;
    }

    private Run timedRun(GoldSet set) throws InterruptedException {
        Map<String, Prediction> predictions = null;
        List<Double> bare = null;
        int passes = passes(set);
        for (int round = 0; round < options.rounds(); round++) {
            Map<String, Prediction> p = predictTimed(set, passes);
            if (predictions == null || total(p) < total(predictions)) predictions = p;
            if (!options.jsoupBaseline()) continue;
            List<Double> ms = jsoupTimes(set, passes);
            if (bare == null || sum(ms) < sum(bare)) bare = ms;
        }
        Scores.Set scores = scorer.score(set.cases(), predictions);
        if (bare != null && scores.speed() != null) {
            double total = sum(bare);
            scores = scores.withSpeed(scores.speed().withJsoup(Scorer.median(bare.stream().sorted().toList()),
                    total == 0 ? Double.POSITIVE_INFINITY : 1000.0 * bare.size() / total));
        }
        Map<String, Scores.Set> types = scorer.byPageType(set.cases(), predictions);
        if (!types.isEmpty()) scores = scores.withPageTypes(types);
        return new Run(set, predictions, scores);
    }

    /**
     * Passes over the set in one timed round: a measured round covers {@link #MIN_TIMED_PAGES} pages at least, so
     * that a set of fifty pages is not timed over a tenth of a second, where a moment of other work on the machine
     * moves its figure by a fifth.
     */
    private int passes(GoldSet set) {
        int n = set.cases().size();
        if (!options.jsoupBaseline() || n == 0) return 1;
        return (MIN_TIMED_PAGES + n - 1) / n;
    }

    /** Pages a measured round extracts at least (see {@link #passes}). */
    static final int MIN_TIMED_PAGES = 1000;

    /** The set predicted {@code passes} times over, each page's time the mean of its passes. */
    private Map<String, Prediction> predictTimed(GoldSet set, int passes) throws InterruptedException {
        Map<String, Prediction> first = predict(set);
        if (passes == 1) return first;
        Map<String, Double> ms = new HashMap<>();
        first.forEach((id, p) -> ms.put(id, p.ms() == null ? 0 : p.ms()));
        for (int i = 1; i < passes; i++) {
            predict(set).forEach((id, p) -> ms.merge(id, p.ms() == null ? 0 : p.ms(), Double::sum));
        }
        Map<String, Prediction> out = new LinkedHashMap<>();
        first.forEach((id, p) -> out.put(id, p.ms() == null ? p : p.withMs(ms.get(id) / passes)));
        return out;
    }

    /** The extraction time of a round (the extractor is deterministic: every round predicts the same). */
    private static double total(Map<String, Prediction> predictions) {
        double t = 0;
        for (Prediction p : predictions.values()) t += p.ms() == null ? 0 : p.ms();
        return t;
    }

    private static double sum(List<Double> ms) {
        return ms.stream().mapToDouble(Double::doubleValue).sum();
    }

    private Map<String, Prediction> predict(GoldSet set) throws InterruptedException {
        if (options.threads() <= 1) {
            Map<String, Prediction> out = new LinkedHashMap<>();
            for (GoldCase c : set.cases()) out.put(c.id(), predictOne(set, c));
            return out;
        }
        return predictInParallel(set);
    }

    private Map<String, Prediction> predictInParallel(GoldSet set) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            Map<String, Prediction> done = new ConcurrentHashMap<>();
            List<Future<?>> futures = new ArrayList<>();
            for (GoldCase c : set.cases()) futures.add(pool.submit(() -> done.put(c.id(), predictOne(set, c))));
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("evaluation failed on " + set.name(), e.getCause());
                }
            }
            Map<String, Prediction> out = new LinkedHashMap<>();
            for (GoldCase c : set.cases()) out.put(c.id(), done.get(c.id()));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads the page (untimed), then times the extraction alone. */
    private Prediction predictOne(GoldSet set, GoldCase c) {
        Page page = Page.of(set.bytes(c), c.url());
        long t0 = System.nanoTime();
        ExtractionResult r = extractor.extract(page);
        double ms = (System.nanoTime() - t0) / 1e6;
        return Prediction.of(c.id(), r, ms);
    }

    /**
     * Bare jsoup from the same bytes: decoding them (in the charset our decoder settled on, found outside the clock)
     * is timed as it is for the extractor, then {@code Jsoup.parse(html, url).text()}.
     */
    private List<Double> jsoupTimes(GoldSet set, int passes) {
        List<GoldCase> cases = set.cases();
        java.nio.charset.Charset[] charsets = new java.nio.charset.Charset[cases.size()];
        for (int i = 0; i < charsets.length; i++) {
            GoldCase c = cases.get(i);
            charsets[i] = charset(decoder.decode(Page.of(set.bytes(c), c.url())).charset());
        }
        double[] ms = new double[cases.size()];
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < ms.length; i++) {
                GoldCase c = cases.get(i);
                byte[] bytes = set.bytes(c);
                long t0 = System.nanoTime();
                String html = new String(bytes, charsets[i]);
                sink += Jsoup.parse(html, c.url() == null ? "" : c.url()).text().length();
                ms[i] += (System.nanoTime() - t0) / 1e6;
            }
        }
        List<Double> out = new ArrayList<>(ms.length);
        for (double m : ms) out.add(m / passes);
        return out;
    }

    private static java.nio.charset.Charset charset(String name) {
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }
}
