package org.newsclip.cli;

import org.newsclip.ExtractionResult;
import org.newsclip.page.Page;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The extraction threads, with a time limit per page.
 *
 * <p>jsoup and the extractors do not check for interruption, so a page that runs too long cannot be stopped. The
 * writer, waiting in input order, notices when the page it waits for has been running past the limit: it fails the
 * page with reason {@code timeout}, interrupts its thread (in case it does check), and starts a replacement thread,
 * so that the run keeps its number of working threads. The abandoned thread finishes its page in the background (or
 * never, for a real endless loop: it then keeps a core busy until the process ends) and exits; its result is thrown
 * away. Its page stays charged to the memory budget until then, since its memory is still in use. Since pages are taken in input order, the page the writer waits for has always started before any later one,
 * so watching that one page is enough.
 *
 * <p>Errors are outcomes too: a {@link StackOverflowError} (a page nested too deep for a recursive walk) fails the
 * page with reason {@code stack-overflow}, an {@link OutOfMemoryError} with {@code out-of-memory}, anything else with
 * {@code error}. Worker threads get a large stack ({@value #STACK_BYTES} bytes, reserved, not committed) so that deep
 * but sane pages do not overflow.
 */
final class Workers {
    static final long STACK_BYTES = 64L << 20;
    private static final long POLL_MILLIS = 50;

    private final Function<Page, ExtractionResult> extractor;
    private final long timeoutNanos;
    private final LinkedBlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    private volatile boolean stopped;
    private int abandoned;
    private int started;

    /** One page to extract. */
    static final class Task {
        final SourceItem item;
        final Runnable release;
        final CompletableFuture<ExtractionResult> result = new CompletableFuture<>();
        private volatile long startNanos;
        private Thread runner;
        private boolean finished;
        private boolean abandoned;

        Task(SourceItem item, Runnable release) {
            this.item = item;
            this.release = release;
        }
    }

    Workers(Function<Page, ExtractionResult> extractor, int threads, Duration timeout) {
        this.extractor = extractor;
        this.timeoutNanos = timeout == null || timeout.isZero() ? Long.MAX_VALUE : timeout.toNanos();
        for (int i = 0; i < threads; i++) startWorker();
    }

    Task submit(SourceItem item, Runnable release) {
        Task t = new Task(item, release);
        tasks.add(t);
        return t;
    }

    /** The outcome of a task, waiting for it; a task past the time limit is failed and its thread replaced. */
    ExtractionResult await(Task t) throws InterruptedException {
        while (true) {
            try {
                return t.result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long start = t.startNanos;
                if (start != 0 && System.nanoTime() - start > timeoutNanos) abandon(t);
            } catch (ExecutionException e) {
                return ExtractionResult.failed(t.item.name(), "error", String.valueOf(e.getCause()));
            }
        }
    }

    /**
     * Waits until the last of {@code tasks} is done (or failed), failing on the way any of them that runs past the
     * time limit: the tasks run in order, so once the last is done the others are too, except those still running
     * on other threads.
     */
    void awaitLast(List<Task> tasks) throws InterruptedException {
        if (tasks.isEmpty()) return;
        Task last = tasks.get(tasks.size() - 1);
        while (!last.result.isDone()) {
            try {
                last.result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                for (Task t : tasks) {
                    long start = t.startNanos;
                    if (!t.result.isDone() && start != 0 && System.nanoTime() - start > timeoutNanos) abandon(t);
                }
            } catch (ExecutionException e) {
                return; // await reports it
            }
        }
    }

    private void abandon(Task t) {
        Thread runner;
        synchronized (t) {
            if (t.finished) return;
            t.abandoned = true;
            runner = t.runner;
        }
        abandoned++;
        // the budget stays charged until the abandoned thread really ends: its page's memory is still held
        t.result.complete(ExtractionResult.failed(t.item.name(), "timeout",
                "extraction took longer than " + timeoutNanos / 1_000_000 + " ms (--page-timeout)"));
        if (runner != null) runner.interrupt();
        startWorker();
    }

    /** Threads abandoned so far (pages that timed out). */
    int abandoned() {
        return abandoned;
    }

    void shutdown() {
        stopped = true;
        for (int i = 0; i < started; i++) tasks.add(new Task(null, () -> { }));
    }

    private void startWorker() {
        started++;
        daemon("newsclip-extract-" + started, STACK_BYTES, this::work).start();
    }

    private void work() {
        while (!stopped) {
            Task t;
            try {
                t = tasks.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (t.item == null) return;
            synchronized (t) {
                t.runner = Thread.currentThread();
            }
            t.startNanos = System.nanoTime();
            ExtractionResult r = extract(t.item);
            t.release.run();
            synchronized (t) {
                if (t.abandoned) return; // a replacement thread has taken this one's place
                t.finished = true;
            }
            Thread.interrupted(); // clear a stray interrupt before the next page
            t.result.complete(r);
        }
    }

    private ExtractionResult extract(SourceItem item) {
        try {
            return extractor.apply(item.page());
        } catch (StackOverflowError e) {
            return ExtractionResult.failed(item.name(), "stack-overflow", "the page is nested too deep");
        } catch (OutOfMemoryError e) {
            return ExtractionResult.failed(item.name(), "out-of-memory", "the page needs more memory than there is");
        } catch (RuntimeException | Error e) {
            return ExtractionResult.failed(item.name(), "error", e.toString());
        }
    }

    static Thread daemon(String name, long stack, Runnable r) {
        Thread t = new Thread(null, r, name, stack);
        t.setDaemon(true);
        return t;
    }
}
