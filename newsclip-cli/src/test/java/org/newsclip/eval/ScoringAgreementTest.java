package org.newsclip.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclip.ArticleExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Java scorer must agree with the reference {@code score.py} to three decimals on the same predictions: on
 * hand-made corner cases, and on the extractor's real output for two gold sets when they are there.
 */
class ScoringAgreementTest {
    private static final double TOLERANCE = 0.0005;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void agreesOnHandMadeCornerCases() throws Exception {
        Path cases = resource("cases.jsonl");
        Path preds = resource("predictions.jsonl");
        List<String> compared = compare(cases, preds, GoldSet.readCases(cases), "synthetic");
        // the corner cases fill every part of the report, so every part was compared
        assertThat(compared).contains("body.f1", "body.pF1", "body.accuracy", "snippets.f1", "snippets.accuracy",
                "title.accuracy", "authors.accuracy", "date.accuracy", "speed.median_ms", "errors", "missing");
    }

    @Test
    void agreesOnExtractorOutputForRealSets() throws Exception {
        Path ds = TestPaths.datasets();
        Path readability = ds.resolve("readability-testpages");
        Path trafilatura = ds.resolve("trafilatura-eval");
        boolean present = GoldSet.isSet(readability) && GoldSet.isSet(trafilatura);
        if (!present && TestPaths.requireDatasets()) {
            org.junit.jupiter.api.Assertions.fail("gold sets readability-testpages and trafilatura-eval missing "
                    + "under " + ds + " (newsclip.requireDatasets is true)");
        }
        assumeTrue(present,
                "gold sets not found under " + ds + " (run .ci/run, or unpack ../shared/datasets): skipped");
        Evaluator evaluator = new Evaluator(new ArticleExtractor(), Evaluator.Options.qualityOnly());
        GoldSet r = GoldSet.load(readability);
        GoldSet t = GoldSet.load(trafilatura);
        // the first 200 cases of trafilatura-eval are enough for with/without snippets in many languages
        GoldSet tSmall = new GoldSet(t.name(), t.dir(), t.cases().subList(0, Math.min(200, t.cases().size())));
        for (GoldSet set : List.of(r, tSmall)) {
            Path preds = tmp.resolve(set.name() + ".jsonl");
            PredictionsFile.write(preds, evaluator.run(set).predictions());
            Path cases = tmp.resolve(set.name() + "-cases.jsonl");
            writeCases(set, cases);
            assertThat(compare(cases, preds, set.cases(), set.name())).contains("pages", "empty");
        }
    }

    /** Runs both scorers on the same files; returns the figures compared. */
    private List<String> compare(Path casesFile, Path predsFile, List<GoldCase> cases, String what)
            throws Exception {
        JsonNode python = runScorePy(casesFile, predsFile);
        Scores.Set java = new Scorer().score(cases, PredictionsFile.read(predsFile));
        JsonNode javaTree = MAPPER.valueToTree(java);
        List<String> compared = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        walk(python, javaTree, "", compared, disagreements);
        assertThat(disagreements).as("Java scorer vs score.py on " + what).isEmpty();
        return compared;
    }

    private static void walk(JsonNode py, JsonNode java, String path, List<String> compared, List<String> bad) {
        if (py.isNumber()) {
            compared.add(path);
            if (java == null || !java.isNumber()) bad.add(path + ": score.py " + py + ", Java has none");
            else if (Math.abs(py.asDouble() - java.asDouble()) > TOLERANCE) {
                bad.add(path + ": score.py " + py + ", Java " + java);
            }
            return;
        }
        if (!py.isObject()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = py.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            walk(e.getValue(), java == null ? null : java.get(e.getKey()),
                    path.isEmpty() ? e.getKey() : path + "." + e.getKey(), compared, bad);
        }
    }

    private JsonNode runScorePy(Path cases, Path preds) throws IOException, InterruptedException {
        Path script = TestPaths.scorer();
        assumeTrue(Files.isRegularFile(script), "score.py not found at " + script
                + " (set -Dnewsclip.scorer=PATH): agreement not checked");
        assumeTrue(hasPython(), "python3 is not on the PATH: agreement with score.py not checked");
        Path out = tmp.resolve("score-" + System.nanoTime() + ".json");
        Process p = new ProcessBuilder("python3", script.toString(), cases.toString(), preds.toString(), "--json",
                out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("score.py failed:\n" + log).isZero();
        JsonNode all = MAPPER.readTree(out.toFile());
        return all.elements().next(); // one prediction file → one entry
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void writeCases(GoldSet set, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (GoldCase c : set.cases()) {
            var node = MAPPER.createObjectNode().put("id", c.id()).put("html", c.html());
            node.set("truth", c.truth());
            lines.add(MAPPER.writeValueAsString(node));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private Path resource(String name) throws Exception {
        return Path.of(getClass().getResource("/agreement/" + name).toURI());
    }
}
