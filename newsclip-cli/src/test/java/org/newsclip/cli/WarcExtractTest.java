package org.newsclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsclip.cli.ExtractCommandTest.run;

/** {@code newsclip extract} over WARC files: accounting, inputs, output formats and parts, damaged input. */
class WarcExtractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static JsonNode report(Path output) throws IOException {
        return JSON.readTree(RunReport.pathFor(output).toFile());
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(file)) if (!l.isBlank()) out.add(JSON.readTree(l));
        return out;
    }

    /** read = extracted + rejected + failed + skipped, and each total is the sum of its reasons. */
    static void assertAccountedFor(JsonNode r) {
        long sum = r.get("extracted").asLong() + r.get("rejected").asLong() + r.get("failed").asLong()
                + r.get("skipped").asLong();
        assertThat(r.get("read").asLong()).isEqualTo(sum);
        for (String k : List.of("rejected", "failed", "skipped")) {
            long reasons = 0;
            for (JsonNode n : r.get(k + "_reasons")) reasons += n.asLong();
            assertThat(reasons).as(k).isEqualTo(r.get(k).asLong());
        }
    }

    @Test
    void ccNewsShapedFileIsReadAndEveryRecordAccountedFor() throws Exception {
        Path warc = dir.resolve("CC-NEWS-20240301-00001.warc.gz");
        TestWarcs.write(warc, WarcCompression.GZIP, TestWarcs.ccNews("daily.example", 3));
        Path out = dir.resolve("out.jsonl");
        ExtractCommandTest.Run r = run("extract", "-o", out.toString(), "-t", "2", warc.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> records = lines(out);
        assertThat(records).extracting(n -> n.path("url").asText()).containsExactly(
                "https://daily.example/story/0", "https://daily.example/story/1", "https://daily.example/story/2");
        assertThat(records.get(0).path("source").path("warc_file").asText()).isEqualTo(warc.getFileName()
                .toString());
        JsonNode rep = report(out);
        assertAccountedFor(rep);
        assertThat(rep.get("read").asLong()).isEqualTo(11); // warcinfo, 3 requests, 3 pages, pdf, 404, revisit, empty
        assertThat(rep.get("extracted").asLong()).isEqualTo(3);
        JsonNode skipped = rep.get("skipped_reasons");
        assertThat(skipped.get("request").asLong()).isEqualTo(3);
        assertThat(skipped.get("warcinfo").asLong()).isEqualTo(1);
        assertThat(skipped.get("revisit").asLong()).isEqualTo(1);
        assertThat(skipped.get("not-html").asLong()).isEqualTo(1);
        assertThat(skipped.get("http-status").asLong()).isEqualTo(1);
        assertThat(rep.get("corrupt").asLong()).isZero();
        assertThat(rep.get("output_files")).extracting(JsonNode::asText).containsExactly(out.toString());
        assertThat(r.err()).contains("3 pages: 3 extracted");
    }

    @Test
    void foldersListsAndPlainWarcsMix() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        TestWarcs.write(dir.resolve("in/a.warc.gz"), WarcCompression.GZIP, List.of(TestWarcs.page("https://a.example/1",
                "Alpha one"), TestWarcs.page("https://a.example/2", "Alpha two")));
        TestWarcs.write(dir.resolve("in/sub/b.warc"), WarcCompression.NONE, List.of(TestWarcs.page(
                "https://b.example/1", "Beta one")));
        Files.writeString(dir.resolve("in/c.html"), ExtractCommandTest.page("Gamma page"));
        Files.writeString(dir.resolve("in/notes.txt"), "not an input");
        ExtractCommandTest.Run folder = run("extract", dir.resolve("in").toString());
        assertThat(folder.code()).as(folder.err()).isZero();
        assertThat(folder.records()).extracting(n -> n.path("title").asText())
                .containsExactly("Alpha one", "Alpha two", "Gamma page", "Beta one");

        Path list = dir.resolve("list.txt");
        Files.writeString(list, "# inputs\n" + in.resolveSibling("c.html") + "\n\n" + in.resolve("b.warc") + "\n");
        ExtractCommandTest.Run listed = run("extract", "@" + list);
        assertThat(listed.records()).extracting(n -> n.path("title").asText()).containsExactly("Gamma page",
                "Beta one");
    }

    @Test
    void parquetAndCompressedJsonlInParts() throws Exception {
        Path warc = dir.resolve("five.warc.gz");
        List<WarcRecord> pages = new ArrayList<>();
        for (int i = 0; i < 5; i++) pages.add(TestWarcs.page("https://p.example/" + i, "Part story " + i));
        TestWarcs.write(warc, WarcCompression.GZIP, pages);

        Path pq = dir.resolve("out.parquet");
        assertThat(run("extract", "-o", pq.toString(), "--part-size", "2", warc.toString()).code()).isZero();
        List<String> parts = List.of("out-00000.parquet", "out-00001.parquet", "out-00002.parquet");
        for (String p : parts) {
            byte[] b = Files.readAllBytes(dir.resolve(p));
            assertThat(new String(Arrays.copyOfRange(b, b.length - 4, b.length), StandardCharsets.US_ASCII))
                    .isEqualTo("PAR1");
        }
        assertThat(report(pq).get("output_files")).hasSize(3);
        assertThat(Files.exists(dir.resolve("out-00003.parquet"))).isFalse();

        Path zst = dir.resolve("out.jsonl.zst");
        assertThat(run("extract", "-o", zst.toString(), "--part-size", "3", warc.toString()).code()).isZero();
        List<String> titles = new ArrayList<>();
        for (String p : List.of("out-00000.jsonl.zst", "out-00001.jsonl.zst")) {
            try (InputStream in = new ZstdInputStream(Files.newInputStream(dir.resolve(p)))) {
                for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    titles.add(JSON.readTree(l).path("title").asText());
                }
            }
        }
        assertThat(titles).containsExactly("Part story 0", "Part story 1", "Part story 2", "Part story 3",
                "Part story 4");
        Path gz = dir.resolve("all.jsonl");
        assertThat(run("extract", "-o", gz.toString(), "--format", "jsonl.gz", warc.toString()).code()).isZero();
        assertThat(Files.readAllBytes(gz)[0] & 0xff).isEqualTo(0x1f);
    }

    /** The time limit is wired through: a page that takes far longer fails with reason timeout, the run goes on. */
    @Test
    void pageTimeout() throws Exception {
        Path big = dir.resolve("a-big.html");
        Files.writeString(big, PathologicalPagesTest.manyElements(1_000_000));
        Path small = dir.resolve("b-small.html");
        Files.writeString(small, ExtractCommandTest.page("Small"));
        Path out = dir.resolve("timeout.jsonl");
        ExtractCommandTest.Run r = run("extract", "-t", "1", "--page-timeout", "100ms", "-o", out.toString(),
                big.toString(), small.toString());
        assertThat(r.code()).isEqualTo(ExtractCommand.SOME_FAILED);
        assertThat(r.err()).contains("a-big.html: failed (timeout");
        JsonNode rep = report(out);
        assertAccountedFor(rep);
        assertThat(rep.get("read").asLong()).isEqualTo(2);
        assertThat(rep.get("failed_reasons").get("timeout").asLong()).isPositive();
        assertThat(rep.get("threads_abandoned").asLong()).isPositive();
        assertThat(rep.get("page_timeout_ms").asLong()).isEqualTo(100);
    }

    @Test
    void benchRunsOverAFolderOfPages() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("set"));
        for (int i = 0; i < 3; i++) Files.writeString(pages.resolve(i + ".html"), ExtractCommandTest.page("B" + i));
        ExtractCommandTest.Run r = run("bench", "--threads", "1,2", pages.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 pages").containsPattern("pipeline +1 +3 ").containsPattern("pipeline +2 +3 ")
                .contains("jsoup parse+text")
                .containsPattern("reading the WARC alone \\(gunzip, WARC and HTTP parsing\\): [0-9.]+ CPU-ms per page")
                .doesNotContain("Infinity %");
    }

    @Test
    void resumeRefusesOtherInputsAndABrokenCheckpoint() throws Exception {
        Path a = dir.resolve("a.warc.gz");
        TestWarcs.write(a, WarcCompression.GZIP, List.of(TestWarcs.page("https://a.example/", "A story")));
        Path b = dir.resolve("b.html");
        Files.writeString(b, ExtractCommandTest.page("B story"));
        Path out = dir.resolve("r.jsonl");
        assertThat(run("extract", "-o", out.toString(), "--part-size", "1", a.toString()).code()).isZero();
        ExtractCommandTest.Run other = run("extract", "-o", out.toString(), "--part-size", "1", "--resume",
                a.toString(), b.toString());
        assertThat(other.code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(other.err()).contains("the inputs differ");
        Files.writeString(Checkpoint.pathFor(out), "{ not json");
        ExtractCommandTest.Run broken = run("extract", "-o", out.toString(), "--part-size", "1", "--resume",
                a.toString());
        assertThat(broken.code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(broken.err()).contains("cannot read the checkpoint");
    }

    @Test
    void usageOfBatchOptions() {
        assertThat(run("extract", "--part-size", "10", "x.warc").code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "--resume", "x.warc").code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "-f", "parquet", "x.warc").code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "--page-timeout", "soon", "x.warc").code()).isEqualTo(ExtractCommand.USAGE);
    }
}
