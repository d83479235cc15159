package org.newsclip.cli;

import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionResult;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Reading → extracting on N threads → writing, with bounded memory whatever the number of inputs.
 *
 * <p>One reader thread pulls inputs from the {@link PageSource} and submits each to the extraction pool; the
 * calling thread takes the results in input order from a bounded queue and hands them to the {@link Sink}, so
 * output order is input order. Two limits keep memory bounded: the queue holds at most {@code 2 × threads + 2}
 * inputs between reading and writing, and a budget charges each page in flight {@value #EXPANSION} times its size
 * (decoded text plus DOM take several times the bytes), so a few huge pages wait for each other instead of
 * being parsed side by side.
 */
final class ExtractPipeline {
    /** Rough memory cost of a page being extracted, as a multiple of its bytes. */
    static final int EXPANSION = 12;

    private final ArticleExtractor extractor;
    private final int threads;
    private final long budgetBytes;

    /** Receives each input's outcome, in input order, on the calling thread. */
    interface Sink {
        /** @throws java.io.IOException when the output cannot be written: the run stops */
        void accept(SourceItem item, ExtractionResult result) throws java.io.IOException;
    }

    private record Pending(SourceItem item, Future<ExtractionResult> result) {
    }

    private static final Pending END = new Pending(null, null);

    ExtractPipeline(ArticleExtractor extractor, int threads, long budgetBytes) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.budgetBytes = Math.max(1, budgetBytes);
    }

    /** The default budget: half the heap. */
    static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /** Runs every input of the source through the extractor and into the sink. */
    void run(PageSource source, Sink sink) throws java.io.IOException, InterruptedException {
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(2 * threads + 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("newsclip-extract"));
        MemoryBudget budget = new MemoryBudget(budgetBytes);
        Thread reader = daemon("newsclip-read").newThread(() -> read(source, pool, budget, queue));
        reader.start();
        try {
            for (Pending p = queue.take(); p != END; p = queue.take()) {
                sink.accept(p.item(), outcome(p));
            }
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
    }

    private void read(PageSource source, ExecutorService pool, MemoryBudget budget, BlockingQueue<Pending> queue) {
        try {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                queue.put(new Pending(item, submit(item, pool, budget)));
            }
        } catch (InterruptedException e) {
            return; // the writer stopped; nobody waits for END
        } catch (RuntimeException e) {
            SourceItem broken = SourceItem.failure("<input>", "error", e.toString());
            putQuietly(queue, new Pending(broken, CompletableFuture.completedFuture(failed(broken))));
        }
        putQuietly(queue, END);
    }

    private Future<ExtractionResult> submit(SourceItem item, ExecutorService pool, MemoryBudget budget)
            throws InterruptedException {
        if (item.isFailure()) return CompletableFuture.completedFuture(failed(item));
        long cost = (long) item.page().bytes().length * EXPANSION;
        int permits = budget.acquire(cost);
        return pool.submit(() -> {
            try {
                return extractor.extract(item.page());
            } finally {
                budget.release(permits);
            }
        });
    }

    private static ExtractionResult failed(SourceItem item) {
        return ExtractionResult.failed(item.name(), item.reason(), item.detail());
    }

    private static ExtractionResult outcome(Pending p) throws InterruptedException {
        try {
            return p.result().get();
        } catch (ExecutionException e) {
            return ExtractionResult.failed(p.item().name(), "error", String.valueOf(e.getCause()));
        }
    }

    private static void putQuietly(BlockingQueue<Pending> queue, Pending p) {
        try {
            queue.put(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A budget of bytes in flight, counted in KiB so that it fits a semaphore's permits. */
    static final class MemoryBudget {
        private final int total;
        private final Semaphore permits;

        MemoryBudget(long bytes) {
            total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
            permits = new Semaphore(total);
        }

        /** Takes the cost (at most the whole budget, so that any single page can run); returns the permits. */
        int acquire(long bytes) throws InterruptedException {
            int n = (int) Math.max(1, Math.min(total, bytes / 1024));
            permits.acquire(n);
            return n;
        }

        void release(int n) {
            permits.release(n);
        }
    }
}
