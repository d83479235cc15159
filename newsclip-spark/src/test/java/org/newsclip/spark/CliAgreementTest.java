package org.newsclip.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Spark job and {@code newsclip extract} agree, row for row and field by field, on the same WARC files. The CLI
 * runs as a subprocess from its built jar ({@code newsclip-cli/target/newsclip.jar}, which the reactor packages
 * before this module): this module cannot have the CLI's classes on its class path, whose Parquet is newer than
 * Spark 3.5's.
 */
class CliAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Path cliJar() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().resolveSibling("newsclip-cli")
                .resolve("target/newsclip.jar");
    }

    @Test
    void sparkJobAndCliWriteTheSameRecords() throws Exception {
        Path jar = cliJar();
        assumeTrue(Files.isRegularFile(jar), "the CLI jar " + jar + " is not built (run the reactor to package "
                + "newsclip-cli first, e.g. mvn verify): the Spark/CLI agreement is not checked");
        Path gz = dir.resolve("a.warc.gz");
        TestWarcs.create(gz, true)
                .request("https://news.example/one", Instant.parse("2024-03-05T10:00:00Z"))
                .html("https://news.example/one", Instant.parse("2024-03-05T10:00:01Z"),
                        TestWarcs.article("en", "First story", 4))
                .html("https://news.example/zwei", Instant.parse("2024-04-01T00:00:00Z"),
                        TestWarcs.article("de", "Zweite Meldung", 3))
                .response("https://news.example/gone", Instant.parse("2024-03-06T00:00:00Z"), 404,
                        "text/html", "<html><body>gone</body></html>")
                .html("https://news.example/short", Instant.parse("2024-03-06T00:00:00Z"), "<p>too short</p>")
                .close();
        Path plain = dir.resolve("b.warc");
        TestWarcs.create(plain, false)
                .html("https://journal.example/un", Instant.parse("2023-12-31T23:59:59Z"),
                        TestWarcs.article("fr", "Premier article", 5))
                .html("https://journal.example/deux", Instant.parse("2024-01-01T00:00:00Z"),
                        TestWarcs.article("fr", "Second article", 2))
                .close();

        Path cliOut = dir.resolve("cli.jsonl");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "extract", "-q", "-t", "1", "-o", cliOut.toString(), gz.toString(), plain.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("cli.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("cli.log"))).isZero();

        String sparkOut = dir.resolve("spark").toString();
        NewsclipSparkJob.run(SharedSpark.session(), JobArgs.parse("--input", dir + "/*.warc*", "--output", sparkOut,
                "--format", "jsonl"));
        List<String> sparkLines = SharedSpark.session().read().text(sparkOut).as(Encoders.STRING()).collectAsList();

        Map<String, JsonNode> cli = byRecord(Files.readAllLines(cliOut, StandardCharsets.UTF_8));
        Map<String, JsonNode> spark = byRecord(sparkLines);
        assertThat(cli).hasSizeGreaterThanOrEqualTo(4); // the four articles, and the short page if the extractor keeps it
        assertThat(spark.keySet()).containsExactlyElementsOf(cli.keySet());
        for (String key : cli.keySet()) {
            JsonNode a = cli.get(key);
            JsonNode b = spark.get(key);
            List<String> fields = new ArrayList<>();
            a.fieldNames().forEachRemaining(fields::add);
            b.fieldNames().forEachRemaining(f -> { if (!fields.contains(f)) fields.add(f); });
            for (String f : fields) assertThat(b.get(f)).as(key + " " + f).isEqualTo(a.get(f));
        }
    }

    /**
     * Records keyed by WARC file and offset. The one field that must differ is the source location: the CLI names a
     * local path, the job a Hadoop URI ({@code file:/…}); it is compared without the scheme.
     */
    private static Map<String, JsonNode> byRecord(List<String> lines) throws IOException {
        Map<String, JsonNode> m = new TreeMap<>();
        for (String l : lines) {
            if (l.isBlank()) continue;
            JsonNode n = JSON.readTree(l);
            ObjectNode source = (ObjectNode) n.get("source");
            String loc = source.path("location").asText();
            source.put("location", loc.startsWith("file:") ? loc.substring("file:".length()) : loc);
            m.put(source.path("warc_file").asText() + "@" + source.path("warc_offset").asLong(), n);
        }
        return m;
    }
}
