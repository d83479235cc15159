package org.newsclip.cli;

import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.eval.Evaluator;
import org.newsclip.eval.GoldSet;
import org.newsclip.eval.PredictionsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Writes per-page predictions of one gold set as JSONL, in the format of {@code shared/tools/score.py}. A thin
 * alias kept for existing scripts: {@code newsclip eval SET --predictions FILE} does the same and more.
 */
@Command(name = "predict", hidden = true,
        description = "Write score.py predictions for a gold set (alias of eval --predictions; one cold pass).")
public final class PredictCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "set folder (with cases.jsonl)")
    Path set;

    @Option(names = {"-o", "--output"}, required = true)
    Path output;

    @Override
    public Integer call() throws Exception {
        ExtractionOptions options = ExtractionOptions.builder()
                .languageDetector(ExtractCommand.languageDetector(false)).build();
        Evaluator evaluator = new Evaluator(new ArticleExtractor(options), new Evaluator.Options(false, false, 1, 1));
        PredictionsFile.write(output, evaluator.run(GoldSet.load(set)).predictions());
        return 0;
    }
}
