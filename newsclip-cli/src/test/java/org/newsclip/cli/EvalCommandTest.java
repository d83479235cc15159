package org.newsclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path set() throws Exception {
        Path set = dir.resolve("mini-set");
        Files.createDirectories(set.resolve("html"));
        Files.writeString(set.resolve("html/a.html"), ExtractCommandTest.page("Bridge plans"));
        Files.writeString(set.resolve("html/b.html"), ExtractCommandTest.page("River walk"));
        Files.write(set.resolve("cases.jsonl"), List.of(
                "{\"id\":\"a\",\"url\":\"https://example.org/a\",\"html\":\"html/a.html\",\"truth\":{\"title\":"
                        + "\"Bridge plans\",\"with\":[\"decided to ask the residents\"],\"without\":[\"next\"]},"
                        + "\"extra\":{\"page_type\":\"article\"}}",
                "{\"id\":\"b\",\"url\":null,\"html\":\"html/b.html\",\"truth\":{\"title\":\"Something else\","
                        + "\"lang\":\"en-GB\"},\"extra\":{\"page_type\":\"listing\"}}"));
        return set;
    }

    @Test
    void printsFiguresAndWritesJsonAndPredictions() throws Exception {
        Path set = set();
        Path json = dir.resolve("figures.json");
        Path preds = dir.resolve("preds.jsonl");
        var r = ExtractCommandTest.run("eval", set.toString(), "--json", json.toString(), "--predictions",
                preds.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("mini-set").contains("  article").contains("  listing").contains("jsoup/s")
                .containsPattern("timed after [1-8] untimed passes over all the sets");
        JsonNode f = MAPPER.readTree(json.toFile()).path("mini-set");
        assertThat(f.path("title").path("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(f.path("lang").path("pages").asInt()).isEqualTo(1);
        assertThat(f.path("snippets").path("tp").asInt()).isEqualTo(1);
        assertThat(f.path("speed").path("jsoup_pages_per_s").asDouble()).isPositive();
        assertThat(Files.readAllLines(preds)).hasSize(2).allMatch(l -> l.contains("\"ms\":"));
    }

    @Test
    void floorsTurnARegressionIntoExitCodeOne() throws Exception {
        Path set = set();
        Path floors = dir.resolve("floors.json");
        Files.writeString(floors, "{\"tolerance\":0.005,\"sets\":{\"mini-set\":{\"title\":0.9}}}");
        var r = ExtractCommandTest.run("eval", "--quick", "--floors", floors.toString(), set.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("regression: mini-set title: 0.5000 is below its floor 0.900");
        Files.writeString(floors, "{\"tolerance\":0.005,\"sets\":{\"mini-set\":{\"title\":0.504}}}");
        assertThat(ExtractCommandTest.run("eval", "--quick", "--floors", floors.toString(), set.toString()).code())
                .isZero();
    }

    @Test
    void notASetIsAUsageError() {
        assertThat(ExtractCommandTest.run("eval", dir.toString()).code()).isEqualTo(2);
    }

    @Test
    void roundsAreCountedFromOne() throws Exception {
        Path set = set();
        var bad = ExtractCommandTest.run("eval", "--rounds", "0", set.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--rounds must be at least 1");
        Path json = dir.resolve("one.json");
        var one = ExtractCommandTest.run("eval", "--rounds", "1", set.toString(), "--json", json.toString());
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(MAPPER.readTree(json.toFile()).path("mini-set").path("title").path("accuracy").asDouble())
                .isEqualTo(0.5);
    }

    @Test
    void predictAliasStillWorks() throws Exception {
        Path out = dir.resolve("p.jsonl");
        assertThat(ExtractCommandTest.run("predict", set().toString(), "-o", out.toString()).code()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).first().asString().startsWith("{\"id\":\"a\",\"body\":");
    }
}
