package org.newsclip.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.newsclip.ArticleExtractor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quality gate: one pass of the extractor over every dev set, each figure checked against its floor in
 * {@code quality/floors.json}. A figure more than the tolerance (0.005) below its floor fails the build, with every
 * regression listed. Run with {@code -Dnewsclip.writeFloors=true} to rewrite the floors from the current figures
 * (rounded down to three decimals) for review in the diff.
 */
class QualityGateTest {
    static final List<String> SETS = List.of("wcxb-dev", "trafilatura-eval", "htmldate-eval",
            "readability-testpages", "postlight-fixtures", "goose3-fixtures");

    @Test
    void noFigureFallsBelowItsFloor() throws Exception {
        Path ds = TestPaths.datasets();
        List<String> missing = SETS.stream().filter(s -> !GoldSet.isSet(ds.resolve(s))).toList();
        if (!missing.isEmpty() && TestPaths.requireDatasets()) {
            fail("gold sets missing under " + ds + ": " + missing + " (newsclip.requireDatasets is true; "
                    + ".ci/run unpacks them from ../shared/datasets)");
        }
        assumeTrue(missing.size() < SETS.size(), "quality gate skipped: no gold sets under " + ds
                + " (run .ci/run, or unpack ../shared/datasets/*.tar.xz into target/datasets)");
        if (!missing.isEmpty()) System.out.println("quality gate: sets missing, not checked: " + missing);

        Map<String, Scores.Set> figures = evaluate(ds, missing);
        System.out.print(EvalReport.table(figures));
        Path floorsFile = TestPaths.repoRoot().resolve("quality/floors.json");
        if (Boolean.getBoolean("newsclip.writeFloors")) writeFloors(floorsFile, figures);

        QualityFloors floors = QualityFloors.read(floorsFile);
        assertThat(floors.sets().keySet()).as("every dev set has floors").containsAll(SETS);
        List<String> regressions = new ArrayList<>();
        figures.forEach((name, s) -> regressions.addAll(floors.regressions(name, s)));
        if (!regressions.isEmpty()) {
            fail("quality regressions (figure more than " + floors.tolerance() + " below its floor in "
                    + floorsFile + "):\n  " + String.join("\n  ", regressions));
        }
    }

    private static Map<String, Scores.Set> evaluate(Path ds, List<String> missing) throws Exception {
        Evaluator evaluator = new Evaluator(new ArticleExtractor(), Evaluator.Options.qualityOnly());
        Map<String, Scores.Set> figures = new LinkedHashMap<>();
        for (String name : SETS) {
            if (!missing.contains(name)) figures.put(name, evaluator.run(GoldSet.load(ds.resolve(name))).scores());
        }
        return figures;
    }

    private static void writeFloors(Path file, Map<String, Scores.Set> figures) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode().put("tolerance", 0.005);
        ObjectNode sets = root.putObject("sets");
        figures.forEach((name, s) -> {
            ObjectNode set = sets.putObject(name);
            for (String figure : QualityFloors.FIGURES) {
                Double v = QualityFloors.figure(s, figure);
                if (v != null) set.put(figure, Math.floor(v * 1000) / 1000);
            }
        });
        java.nio.file.Files.createDirectories(file.getParent());
        mapper.writeValue(file.toFile(), root);
        System.out.println("quality gate: floors rewritten in " + file);
    }
}
