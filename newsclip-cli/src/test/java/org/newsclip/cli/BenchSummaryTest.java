package org.newsclip.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchSummaryTest {
    private static BenchCommand.Result run(String name, int threads, long pages, double seconds, double cpu) {
        return new BenchCommand.Result(name, threads, pages, pages, seconds, cpu, cpu * 0.8, cpu * 0.05, 0, 0);
    }

    @Test
    void statesPerThreadRatesAgainstBareJsoupAndTheGainFromThreads() {
        String s = BenchCommand.summary(List.of(run("pipeline", 1, 200, 1.0, 1.25), run("pipeline", 2, 300, 1.0, 2.0)),
                run("jsoup", 1, 1200, 2.0, 2.0));
        assertThat(s).isEqualTo("per thread against bare jsoup: 1 thread 0.33 2 threads 0.25; "
                + "per CPU-second: 1 thread 0.27 2 threads 0.25; 2 threads give 1.50x the pages/s of one");
    }

    @Test
    void splitsTheCpuPerPageIntoExtractionWriterAndTheRest() {
        String s = BenchCommand.parts(List.of(run("pipeline", 1, 200, 1.0, 1.0), run("pipeline", 2, 300, 1.0, 2.0)),
                run("jsoup", 1, 1000, 2.0, 2.0));
        // 1 thread: 0.8 s of extraction over 200 pages = 4.00 ms, writer 0.25, rest 0.75; 2 threads: 5.33 / 0.33 /
        // 1.00; bare jsoup 1.6 s over 1000 pages = 1.60 ms
        assertThat(s).isEqualTo("CPU-ms per page: 1 thread: extraction 4.00, writer 0.25, the rest 0.75; "
                + "2 threads: extraction 5.33, writer 0.33, the rest 1.00; bare jsoup 1.60" + System.lineSeparator()
                + "extraction alone per CPU-second against bare jsoup: 1 thread 0.40 2 threads 0.30; "
                + "with 2 threads the extraction takes 1.33x the CPU per page of one");
    }
}
