package org.newsclip.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Local-mode throughput, by hand (not a test, so CI never runs it): writes {@code files} gzip WARCs from the pages
 * of a gold set, then runs the job over them in local[1] and local[2], a warm-up run first, and prints pages/s.
 *
 * <pre>java -cp ... org.newsclip.spark.ThroughputBench /tmp/ds/trafilatura-eval 500 4 /tmp/spark-bench</pre>
 */
public final class ThroughputBench {
    private ThroughputBench() {
    }

    public static void main(String[] args) throws IOException {
        Path set = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        int files = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        Files.createDirectories(work);
        List<Path> warcs = writeWarcs(set, pages, files, work);
        long bytes = 0;
        for (Path w : warcs) bytes += Files.size(w);
        System.out.printf("%d pages in %d WARC files, %.1f MB gzip%n", pages, files, bytes / 1e6);
        for (String master : List.of("local[1]", "local[2]")) {
            SparkSession spark = SparkSession.builder().master(master).appName("bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            String[] jobArgs = {"--input", work.resolve("*.warc.gz").toString(), "--output",
                    work.resolve("out").toString()};
            NewsclipSparkJob.run(spark, JobArgs.parse(jobArgs)); // warm-up: JIT, class loading
            RunReport r = NewsclipSparkJob.run(spark, JobArgs.parse(jobArgs));
            System.out.printf("%s: %d pages (%d extracted) in %.2f s = %.1f pages/s%n", master,
                    r.extracted() + r.rejected() + r.failed(), r.extracted(), r.seconds(), r.pagesPerSecond());
            spark.stop();
        }
    }

    private static List<Path> writeWarcs(Path set, int pages, int files, Path work) throws IOException {
        List<String> lines = Files.readAllLines(set.resolve("cases.jsonl"));
        ObjectMapper json = new ObjectMapper();
        List<TestWarcs> writers = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            paths.add(work.resolve("bench-" + i + ".warc.gz"));
            writers.add(TestWarcs.create(paths.get(i), true));
        }
        Instant date = Instant.parse("2024-03-01T00:00:00Z");
        for (int i = 0; i < pages; i++) {
            JsonNode c = json.readTree(lines.get(i % lines.size()));
            byte[] html = Files.readAllBytes(set.resolve(c.get("html").asText()));
            writers.get(i % files).response(c.get("url").asText(), date.plusSeconds(i), 200, "text/html", html);
        }
        for (TestWarcs w : writers) w.close();
        return paths;
    }
}
