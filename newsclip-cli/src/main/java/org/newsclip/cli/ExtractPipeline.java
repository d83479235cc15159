package org.newsclip.cli;

import org.newsclip.ExtractionResult;
import org.newsclip.page.Page;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Reading → extracting on N threads → writing, with bounded memory whatever the number or size of inputs.
 *
 * <p>One reader thread pulls items from the {@link PageSource} and hands pages to the {@link Workers}; the calling
 * thread takes the outcomes in input order from a bounded queue and hands them to the {@link Sink}, so output order
 * is input order. It takes them in batches of up to {@code threads + 1}: it empties the queue, sleeps until the
 * batch's last page is done, then writes the batch. So the writer and the reader (blocked on a full queue until the
 * batch is taken) each wake once a batch rather than once a page: with one extraction thread, each wake-up cost
 * them about as much CPU as writing a record. Two limits keep memory bounded: at most {@code 2 × threads + 2} items
 * lie between reading and writing (a batch in hand and a full queue), and a budget charges each page in flight what
 * its DOM is likely to take ({@link #cost}), so a few huge pages wait for each other instead of being parsed side by
 * side; a page that would take the whole budget runs alone.
 *
 * <p>A page that takes longer than the time limit fails with reason {@code timeout}; its worker thread is
 * abandoned and replaced (see {@link Workers}) so that the run goes on.
 */
final class ExtractPipeline {
    /** Heap per byte of page: the bytes, the decoded text (UTF-16), text nodes and output copies. */
    static final int PER_BYTE = 6;
    /**
     * Heap per {@code <} of the page: an element or text node with its child list and attributes. Measured: a 12 MB
     * page of 1.5 million {@code <p>x</p>} keeps about 500 MB live while extracted, some 165 bytes per {@code <}.
     */
    static final int PER_TAG = 200;

    private final Function<Page, ExtractionResult> extractor;
    private final int threads;
    private final long budgetBytes;
    private final Duration timeout;

    /** Receives each item's outcome, in input order, on the calling thread. */
    interface Sink {
        /**
         * @param result the extraction result of a page or a failed input; null for skipped records and damage
         * @throws IOException when the output cannot be written: the run stops
         */
        void accept(SourceItem item, ExtractionResult result) throws IOException;
    }

    private record Pending(SourceItem item, Workers.Task task, ExtractionResult done) {
    }

    private static final Pending END = new Pending(null, null, null);

    ExtractPipeline(Function<Page, ExtractionResult> extractor, int threads, long budgetBytes, Duration timeout) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.budgetBytes = Math.max(1, budgetBytes);
        this.timeout = timeout;
    }

    /** The default budget: half the heap. */
    static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /** Runs every item of the source through the extractor and into the sink; returns the threads abandoned. */
    int run(PageSource source, Sink sink) throws IOException, InterruptedException {
        int batch = threads + 1;
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(batch);
        MemoryBudget budget = new MemoryBudget(budgetBytes, timeout == null || timeout.isZero() ? 0
                : 2 * timeout.toNanos());
        Workers workers = new Workers(extractor, threads, timeout);
        Thread reader = Workers.daemon("newsclip-read", 0, () -> read(source, workers, budget, queue));
        reader.start();
        try {
            List<Pending> hand = new ArrayList<>(batch);
            while (true) {
                hand.add(queue.take());
                queue.drainTo(hand, batch - 1);
                workers.awaitLast(tasks(hand));
                for (Pending p : hand) {
                    if (p == END) return workers.abandoned();
                    ExtractionResult r = p.task() != null ? workers.await(p.task()) : p.done();
                    sink.accept(p.item(), r);
                }
                hand.clear();
            }
        } finally {
            reader.interrupt();
            workers.shutdown();
        }
    }

    private static List<Workers.Task> tasks(List<Pending> hand) {
        List<Workers.Task> tasks = new ArrayList<>(hand.size());
        for (Pending p : hand) if (p.task() != null) tasks.add(p.task());
        return tasks;
    }

    private void read(PageSource source, Workers workers, MemoryBudget budget, BlockingQueue<Pending> queue) {
        try {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                if (Thread.currentThread().isInterrupted()) return;
                queue.put(submit(item, workers, budget));
            }
        } catch (InterruptedException e) {
            return; // the writer stopped; nobody waits for END
        } catch (RuntimeException e) {
            SourceItem broken = SourceItem.failure("<input>", "error", e.toString());
            putQuietly(queue, new Pending(broken, null, failed(broken)));
        }
        putQuietly(queue, END);
    }

    private Pending submit(SourceItem item, Workers workers, MemoryBudget budget) throws InterruptedException {
        return switch (item.kind()) {
            case PAGE -> {
                int permits = budget.acquire(cost(item.page().bytes()));
                yield new Pending(item, workers.submit(item, () -> budget.release(permits)), null);
            }
            case FAILED -> new Pending(item, null, failed(item));
            case SKIPPED, CORRUPT -> new Pending(item, null, null);
        };
    }

    /**
     * About how much heap a page takes while it is extracted. Counting tags, not just bytes, is what tells a page of
     * a million tiny elements (tens of times its size in DOM) from a page of long text (a few times its size).
     */
    static long cost(byte[] page) {
        return (long) page.length * PER_BYTE + tags(page) * PER_TAG;
    }

    /**
     * The number of {@code <} bytes, eight bytes at a time: the reader thread counts every page, and a byte-by-byte
     * loop took a fifth of its CPU (0.08 of 0.41 ms per page of the bench). Exact: in {@code y = x ^ 0x3c…3c} a
     * byte is zero where {@code x} held a {@code <}; adding 0x7f to a byte's low seven bits carries into its high
     * bit unless they are all zero, so after OR-ing in {@code y} itself the high bit is clear exactly at the zero
     * bytes, with no carry between bytes.
     */
    static long tags(byte[] page) {
        long tags = 0;
        int i = 0;
        for (int end = page.length - 7; i < end; i += 8) {
            long y = (long) LONGS.get(page, i) ^ 0x3c3c3c3c3c3c3c3cL;
            long t = ((y & 0x7f7f7f7f7f7f7f7fL) + 0x7f7f7f7f7f7f7f7fL) | y;
            tags += Long.bitCount(~t & 0x8080808080808080L);
        }
        for (; i < page.length; i++) if (page[i] == '<') tags++;
        return tags;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static ExtractionResult failed(SourceItem item) {
        return ExtractionResult.failed(item.name(), item.reason(), item.detail());
    }

    private static void putQuietly(BlockingQueue<Pending> queue, Pending p) {
        try {
            queue.put(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A budget of bytes in flight, counted in KiB so that it fits a semaphore's permits. A page whose thread was
     * abandoned (time limit) keeps its charge until the thread ends, which may be never; so a page waits at most
     * {@code maxWaitNanos} (twice the time limit: long enough for any page that keeps to the limit to finish) and
     * then runs uncharged rather than stall the run for ever.
     */
    static final class MemoryBudget {
        private final int total;
        private final Semaphore permits;
        private final long maxWaitNanos;

        /** @param maxWaitNanos the longest a page waits for memory, or 0 for no limit */
        MemoryBudget(long bytes, long maxWaitNanos) {
            total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
            permits = new Semaphore(total);
            this.maxWaitNanos = maxWaitNanos;
        }

        /**
         * Takes the cost (at most the whole budget, so that any single page can run); returns the permits taken,
         * 0 when the page goes ahead uncharged after waiting too long.
         */
        int acquire(long bytes) throws InterruptedException {
            int n = (int) Math.max(1, Math.min(total, bytes / 1024));
            if (maxWaitNanos <= 0) {
                permits.acquire(n);
                return n;
            }
            return permits.tryAcquire(n, maxWaitNanos, java.util.concurrent.TimeUnit.NANOSECONDS) ? n : 0;
        }

        void release(int n) {
            permits.release(n);
        }
    }
}
