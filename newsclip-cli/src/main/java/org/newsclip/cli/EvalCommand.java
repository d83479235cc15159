package org.newsclip.cli;

import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.eval.EvalReport;
import org.newsclip.eval.Evaluator;
import org.newsclip.eval.GoldSet;
import org.newsclip.eval.PredictionsFile;
import org.newsclip.eval.QualityFloors;
import org.newsclip.eval.Scores;
import org.newsclip.eval.WarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code newsclip eval}: scores the extractor on gold sets with the rules of {@code datasets/README.md}. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Score the extractor on gold sets (folders with cases.jsonl + html/; a folder of such "
                + "folders is taken set by set).",
                "Prints per set: body shingle F1/P/R and mean per-page F1, snippet F1/P/R, title/authors/date/"
                        + "lang/site_name/description accuracy, median ms and pages/s of the extractor (one "
                        + "thread, warmed by untimed passes over all the sets until the JIT compiles for under 5 %% "
                        + "of a pass, at most 8; fastest of --rounds timed passes) and of bare passes, alternating "
                        + "with them, from the same bytes (decoding, then Jsoup.parse(html, url).text()); sets with "
                        + "extra.page_type also per page type."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (and no figure below its floor with --floors)",
                "1:a figure is below its floor (--floors)", "2:usage error (not a gold set, bad option)",
                "3:a file could not be read or written"})
public final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SET_DIR", arity = "1..*", description = "gold set folders")
    List<Path> sets;

    @Option(names = "--json", paramLabel = "FILE", description = "write all figures as JSON (set name → figures)")
    Path json;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "write per-page output as score.py JSONL; with several sets, FILE is a folder that "
                    + "gets <set>.jsonl")
    Path predictions;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "check the figures against pinned floors (quality/floors.json); exit 1 on regression")
    Path floors;

    @Option(names = "--quick", description = "one pass on all cores, no warm-up, no jsoup baseline (quality only)")
    boolean quick;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "" + Evaluator.Options.MEASURE_ROUNDS,
            description = "timed passes per set, the extractor's alternating with bare jsoup's; each side's "
                    + "fastest is reported (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--no-detect-language", description = "take the language only from what the page declares")
    boolean noDetectLanguage;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        List<Path> dirs = expand();
        ExtractionOptions options = ExtractionOptions.builder()
                .languageDetector(ExtractCommand.languageDetector(noDetectLanguage)).build();
        Evaluator evaluator = new Evaluator(new ArticleExtractor(options),
                quick ? Evaluator.Options.qualityOnly() : new Evaluator.Options(true, true, 1, rounds));
        Map<String, Scores.Set> figures = new LinkedHashMap<>();
        List<GoldSet> goldSets = new ArrayList<>();
        for (Path dir : dirs) goldSets.add(GoldSet.load(dir));
        for (Evaluator.Run run : evaluator.runAll(goldSets)) {
            GoldSet set = run.set();
            figures.put(set.name(), run.scores());
            if (predictions != null) PredictionsFile.write(predictionsFile(set, dirs.size()), run.predictions());
        }
        main.out().print(EvalReport.table(figures));
        if (evaluator.warmUpPasses() > 0) {
            main.out().printf(Locale.ROOT, "timed after %d untimed passes over all the sets (until the JIT compiled "
                    + "for under %.0f %% of a pass)%n", evaluator.warmUpPasses(), 100 * WarmUp.QUIET_SHARE);
        }
        main.out().flush();
        if (json != null) PredictionsFile.writeFigures(json, figures);
        return floors == null ? 0 : checkFloors(figures);
    }

    private int checkFloors(Map<String, Scores.Set> figures) throws IOException {
        QualityFloors f = QualityFloors.read(floors);
        List<String> regressions = new ArrayList<>();
        figures.forEach((name, s) -> regressions.addAll(f.regressions(name, s)));
        regressions.forEach(r -> main.err().println("newsclip: regression: " + r));
        return regressions.isEmpty() ? 0 : 1;
    }

    private Path predictionsFile(GoldSet set, int count) throws IOException {
        if (count == 1 && !Files.isDirectory(predictions)) return predictions;
        Files.createDirectories(predictions);
        return predictions.resolve(set.name() + ".jsonl");
    }

    /** The set folders: each argument is a set, or a folder whose sub-folders are sets. */
    private List<Path> expand() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : sets) {
            if (GoldSet.isSet(p)) {
                out.add(p);
                continue;
            }
            List<Path> inner = Files.isDirectory(p) ? subSets(p) : List.of();
            if (inner.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), p + " is not a gold set folder "
                        + "(no cases.jsonl)");
            }
            out.addAll(inner);
        }
        return out;
    }

    private static List<Path> subSets(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(GoldSet::isSet).sorted().toList();
        }
    }
}
