package org.newsclip.eval;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * A warm-up that lasts as long as the JIT compiler needs: an untimed pass is repeated until the compiler's time
 * during one pass falls under {@link #QUIET_SHARE} of the pass's own time.
 *
 * <p>Why not one pass: the extractor has hundreds of methods that run once or a few times per page (dates, authors,
 * titles, the record's builder). HotSpot compiles a method with its optimising compiler only after some thousands of
 * calls, so after one pass over a few thousand pages they still run as profiling first-tier code, and a pass timed
 * then measures how far the compiler has got rather than the code (on this project's sets the second to fifth passes
 * run 3-5 % faster than the first, while bare jsoup, far less code, is warm after one). A batch of millions of pages
 * runs warm code; so should its measurement.
 */
public final class WarmUp {
    /** The compiler's share of a pass under which the pass counts as warm. */
    public static final double QUIET_SHARE = 0.05;

    /** One untimed pass, which may throw {@code E}. */
    @FunctionalInterface
    public interface Pass<E extends Exception> {
        void run() throws E;
    }

    private WarmUp() {
    }

    /**
     * Runs {@code pass} at least {@code minPasses} and at most {@code maxPasses} times, stopping after the first pass
     * (from the minimum on) in which the JIT compiled for less than {@link #QUIET_SHARE} of the pass's wall time.
     * Where the JVM does not report compile time, runs the minimum.
     *
     * @return the passes run
     */
    public static <E extends Exception> int run(Pass<E> pass, int minPasses, int maxPasses) throws E {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean watched = jit != null && jit.isCompilationTimeMonitoringSupported();
        int passes = 0;
        while (passes < maxPasses) {
            long compiled = watched ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            pass.run();
            passes++;
            double wallMs = (System.nanoTime() - t0) / 1e6;
            if (passes < minPasses) continue;
            if (!watched || quiet(jit.getTotalCompilationTime() - compiled, wallMs)) break;
        }
        return passes;
    }

    /** Whether a pass of {@code wallMs} in which the JIT compiled for {@code compileMs} ran warm code. */
    static boolean quiet(long compileMs, double wallMs) {
        return compileMs < QUIET_SHARE * wallMs;
    }
}
