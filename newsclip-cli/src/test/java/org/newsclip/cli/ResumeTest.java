package org.newsclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed with {@code kill -9} part-way, then resumed, writes exactly what a clean run writes, record for
 * record; and a run over several files of a few thousand pages fits in a 512 MB heap. The killed run is a separate
 * JVM (the test's own class path), started with {@code -Xmx512m}.
 */
class ResumeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PART = 100;

    @TempDir
    static Path dir;
    static List<String> warcs = new ArrayList<>();

    @BeforeAll
    static void writeWarcs() throws IOException {
        int[] sizes = {1500, 1200, 600};
        for (int i = 0; i < sizes.length; i++) {
            Path f = dir.resolve("in-" + i + ".warc.gz");
            TestWarcs.pages(f, "host" + i + ".example", sizes[i]);
            warcs.add(f.toString());
        }
    }

    private static List<String> args(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of("extract", "-q", "-t", "2", "--part-size", String.valueOf(PART),
                "-o", out.toString()));
        a.addAll(List.of(extra));
        a.addAll(warcs);
        return a;
    }

    static Process launch(List<String> args, String... jvm) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    /** The lines of the committed parts, in part order. */
    static List<String> committed(Path out) throws IOException {
        String stem = out.getFileName().toString().replace(".jsonl", "");
        List<Path> parts;
        try (Stream<Path> s = Files.list(out.getParent())) {
            parts = s.filter(p -> p.getFileName().toString().matches(stem + "-\\d{5}\\.jsonl")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path p : parts) lines.addAll(Files.readAllLines(p));
        return lines;
    }

    static int committedParts(Path out) {
        try {
            return JSON.readTree(Checkpoint.pathFor(out).toFile()).get("parts").asInt();
        } catch (IOException | RuntimeException e) {
            return 0; // not written yet, or being replaced
        }
    }

    @Test
    @Timeout(300)
    void aRunKilledPartWayResumesWithoutDuplicatesOrLosses() throws Exception {
        Path clean = Files.createDirectories(dir.resolve("clean")).resolve("out.jsonl");
        ExtractCommandTest.Run c = ExtractCommandTest.run(args(clean).toArray(String[]::new));
        assertThat(c.code()).as(c.err()).isZero();
        List<String> expected = committed(clean);
        assertThat(expected).hasSize(3300);

        Path out = Files.createDirectories(dir.resolve("killed")).resolve("out.jsonl");
        Process p = launch(args(out), "-Xmx512m");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(200);
        while (committedParts(out) < 3 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        p.destroyForcibly().waitFor();
        JsonNode cp = JSON.readTree(Checkpoint.pathFor(out).toFile());
        assertThat(cp.get("complete").asBoolean()).as("killed before the end").isFalse();
        List<String> before = committed(out);
        assertThat(before).isNotEmpty().hasSizeLessThan(expected.size());

        ExtractCommandTest.Run r = ExtractCommandTest.run(args(out, "--resume").toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("resuming at input");
        List<String> after = committed(out);
        assertThat(after).hasSameSizeAs(expected);
        assertThat(keys(after)).containsExactlyElementsOf(keys(expected));
        assertThat(after).containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(keys(after))).hasSameSizeAs(after);
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        JsonNode a = WarcExtractTest.report(out);
        JsonNode b = WarcExtractTest.report(clean);
        for (String k : List.of("read", "extracted", "rejected", "failed", "skipped", "skipped_reasons", "corrupt")) {
            assertThat(a.get(k)).as(k).isEqualTo(b.get(k));
        }
        assertThat(a.get("resumed").asBoolean()).isTrue();

        ExtractCommandTest.Run again = ExtractCommandTest.run(args(out, "--resume").toArray(String[]::new));
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("already complete");
        assertThat(committed(out)).containsExactlyElementsOf(expected);
    }

    /** Source offset + URL of each record. */
    private static List<String> keys(List<String> lines) throws IOException {
        List<String> k = new ArrayList<>();
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            k.add(n.path("source").path("warc_file").asText() + "@" + n.path("source").path("warc_offset").asLong()
                    + " " + n.path("url").asText());
        }
        return k;
    }

    @Test
    @Timeout(300)
    void severalFilesOfThousandsOfPagesFitIn512Megabytes() throws Exception {
        Path out = Files.createDirectories(dir.resolve("heap")).resolve("out.jsonl");
        Process p = launch(args(out), "-Xmx512m");
        assertThat(p.waitFor(280, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        JsonNode rep = WarcExtractTest.report(out);
        assertThat(rep.get("extracted").asLong()).isEqualTo(3300);
        assertThat(rep.get("max_heap_mb").asLong()).isLessThanOrEqualTo(512);
        System.out.println("peak heap with -Xmx512m, 2 threads, 3 WARC files, 3300 pages: "
                + rep.get("peak_heap_mb") + " MB (sum of pool peaks)");
    }
}
