package org.newsclip.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchSummaryTest {
    private static BenchCommand.Result run(String name, int threads, long pages, double seconds, double cpu) {
        return new BenchCommand.Result(name, threads, pages, pages, seconds, cpu, 0, 0);
    }

    @Test
    void statesPerThreadRatesAgainstBareJsoupAndTheGainFromThreads() {
        String s = BenchCommand.summary(List.of(run("pipeline", 1, 200, 1.0, 1.25), run("pipeline", 2, 300, 1.0, 2.0)),
                run("jsoup", 1, 1200, 2.0, 2.0));
        assertThat(s).isEqualTo("per thread against bare jsoup: 1 thread 0.33 2 threads 0.25; "
                + "per CPU-second: 1 thread 0.27 2 threads 0.25; 2 threads give 1.50x the pages/s of one");
    }
}
