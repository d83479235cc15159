package org.newsclip.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsclip.ExtractionResult;
import org.newsclip.model.Source;
import org.newsclip.page.Page;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline's time limit, thread replacement and error handling, with stand-in extractors. */
class ExtractPipelineTest {

    static SourceItem item(String name) {
        Page p = new Page(name.getBytes(StandardCharsets.UTF_8), null, Map.of(), Source.of("string", name));
        return SourceItem.page(name, p, List.of());
    }

    static PageSource source(List<SourceItem> items) {
        Iterator<SourceItem> it = items.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    /** Runs the names through; returns "name:status:reason" per item, in order. */
    static List<String> run(Function<Page, ExtractionResult> f, int threads, Duration timeout, String... names)
            throws Exception {
        return run(f, threads, 1 << 30, timeout, names);
    }

    static List<String> run(Function<Page, ExtractionResult> f, int threads, long budget, Duration timeout,
                            String... names) throws Exception {
        List<SourceItem> items = new ArrayList<>();
        for (String n : names) items.add(item(n));
        List<String> out = new ArrayList<>();
        new ExtractPipeline(f, threads, budget, timeout).run(source(items), (item, r) ->
                out.add(item.name() + ":" + r.status().name().toLowerCase() + ":" + r.reason()));
        return out;
    }

    private static String name(Page p) {
        return new String(p.bytes(), StandardCharsets.UTF_8);
    }

    /** Works for a while without ever looking at interrupts, like jsoup on a pathological page. */
    private static void busy(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) LockSupport.parkNanos(1_000_000);
    }

    private static ExtractionResult ok(Page p) {
        return ExtractionResult.rejected(name(p), "fine", null);
    }

    @Test
    @Timeout(20)
    void aStuckPageTimesOutAndAReplacementThreadCarriesOn() throws Exception {
        long start = System.nanoTime();
        List<String> out = run(p -> {
            if (name(p).equals("stuck")) busy(4000);
            return ok(p);
        }, 1, Duration.ofMillis(300), "a", "stuck", "b", "c");
        assertThat(out).containsExactly("a:rejected:fine", "stuck:failed:timeout", "b:rejected:fine",
                "c:rejected:fine");
        // one thread, yet b and c did not wait for the stuck page to finish
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(3000));
    }

    @Test
    @Timeout(20)
    void severalStuckPagesWithTwoThreads() throws Exception {
        List<String> out = run(p -> {
            if (name(p).startsWith("stuck")) busy(1500);
            return ok(p);
        }, 2, Duration.ofMillis(200), "stuck1", "stuck2", "a", "stuck3", "b");
        assertThat(out).containsExactly("stuck1:failed:timeout", "stuck2:failed:timeout", "a:rejected:fine",
                "stuck3:failed:timeout", "b:rejected:fine");
    }

    /**
     * An abandoned page keeps its memory charge while its thread runs on; the pages after it wait for memory at most
     * twice the time limit, then go ahead, so the run never stalls behind a thread that will not end.
     */
    @Test
    @Timeout(20)
    void anAbandonedPageKeepsItsChargeButCannotStallTheRun() throws Exception {
        long start = System.nanoTime();
        List<String> out = run(p -> {
            if (name(p).equals("stuck")) busy(5000);
            return ok(p);
        }, 2, 1024, Duration.ofMillis(200), "stuck", "a", "b");
        assertThat(out).containsExactly("stuck:failed:timeout", "a:rejected:fine", "b:rejected:fine");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(millis).isBetween(600L, 4000L); // a and b each waited for memory, but not for the stuck page
    }

    @Test
    void errorsAreOutcomes() throws Exception {
        List<String> out = run(p -> switch (name(p)) {
            case "deep" -> throw new StackOverflowError();
            case "huge" -> throw new OutOfMemoryError("Java heap space");
            case "bug" -> throw new IllegalStateException("bug");
            default -> ok(p);
        }, 2, Duration.ofSeconds(5), "deep", "a", "huge", "bug", "b");
        assertThat(out).containsExactly("deep:failed:stack-overflow", "a:rejected:fine",
                "huge:failed:out-of-memory", "bug:failed:error", "b:rejected:fine");
    }

    @Test
    void denseMarkupCostsMoreThanText() {
        byte[] text = ("<p>" + "word ".repeat(200_000) + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] dense = "<b>x</b>".repeat(125_000).getBytes(StandardCharsets.UTF_8);
        assertThat(ExtractPipeline.cost(text)).isBetween(5L * text.length, 8L * text.length);
        assertThat(ExtractPipeline.cost(dense)).isGreaterThan(40L * dense.length);
    }

    @Test
    void tagCountMatchesAByteLoop() {
        // the eight-bytes-at-a-time count against the plain loop it replaces, on every length up to a few words
        // and on bytes that sit next to '<' in value (';', '=', 0xbc with the high bit) at every position
        java.util.Random random = new java.util.Random(42);
        byte[] alphabet = {'<', '<', ';', '=', '>', 'a', ' ', (byte) 0xbc, (byte) 0x3c, (byte) 0xff, 0};
        for (int n = 0; n < 300; n++) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) b[i] = alphabet[random.nextInt(alphabet.length)];
            long expected = 0;
            for (byte x : b) if (x == '<') expected++;
            assertThat(ExtractPipeline.tags(b)).as("length %d", n).isEqualTo(expected);
        }
        assertThat(ExtractPipeline.tags("<<<<<<<<<<<<<<<<<".getBytes(StandardCharsets.US_ASCII))).isEqualTo(17);
    }

    @Test
    void noTimeLimitWhenZero() throws Exception {
        List<String> out = run(p -> {
            busy(300);
            return ok(p);
        }, 1, Duration.ZERO, "slow");
        assertThat(out).containsExactly("slow:rejected:fine");
    }

    /**
     * The writer takes outcomes in batches and waits for a batch's last page first: whatever order the threads finish
     * in, and with items that are no pages (failed inputs) among the pages, every item comes out once, in input
     * order.
     */
    @Test
    @Timeout(30)
    void batchesKeepInputOrderWhateverOrderPagesFinishIn() throws Exception {
        for (int threads = 1; threads <= 3; threads++) {
            List<SourceItem> items = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                if (i % 7 == 3) {
                    items.add(SourceItem.failure("f" + i, "not-found", null));
                    expected.add("f" + i + ":failed:not-found");
                } else {
                    items.add(item("p" + i));
                    expected.add("p" + i + ":rejected:fine");
                }
            }
            List<String> out = new ArrayList<>();
            new ExtractPipeline(p -> {
                int n = Integer.parseInt(name(p).substring(1));
                busy((n * 37) % 11); // uneven times, so later pages often finish first
                return ok(p);
            }, threads, 1 << 30, Duration.ofSeconds(5)).run(source(items), (item, r) ->
                    out.add(item.name() + ":" + r.status().name().toLowerCase() + ":" + r.reason()));
            assertThat(out).as("%d threads", threads).containsExactlyElementsOf(expected);
        }
    }
}
