package org.newsclip.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use as the JVM's memory pools record it. */
final class Heap {
    private Heap() {
    }

    /**
     * The sum of the heap pools' peak usage since the start (or the last {@link #resetPeaks()}): an upper bound of
     * the heap in use at any one time, since the pools need not peak together.
     */
    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }
}
