package org.newsclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionResult;
import org.newsclip.model.Article;
import org.newsclip.model.Author;
import org.newsclip.page.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes per-page predictions of one gold set as JSONL, in the format of {@code shared/tools/score.py}. */
@Command(name = "predict", hidden = true, description = "Write score.py predictions for a gold set (development aid).")
public final class PredictCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "set folder (with cases.jsonl)")
    Path set;

    @Option(names = {"-o", "--output"}, required = true)
    Path output;

    @Override
    public Integer call() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArticleExtractor extractor = new ArticleExtractor();
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(set.resolve("cases.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode c = mapper.readTree(line);
                byte[] bytes = Files.readAllBytes(set.resolve(c.get("html").asText()));
                String url = c.hasNonNull("url") ? c.get("url").asText() : null;
                long t0 = System.nanoTime();
                ExtractionResult r = extractor.extract(Page.of(bytes, url));
                double ms = (System.nanoTime() - t0) / 1e6;
                ObjectNode p = mapper.createObjectNode();
                p.put("id", c.get("id").asText());
                Article a = r.article();
                if (a != null) {
                    p.put("body", a.text() == null ? "" : a.text());
                    p.put("title", a.title());
                    var authors = p.putArray("authors");
                    for (Author au : a.authors()) authors.add(au.name());
                    p.put("date", a.published());
                    p.put("modified", a.modified());
                    p.put("description", a.description());
                    p.put("site_name", a.siteName());
                    p.set("sources", mapper.valueToTree(a.provenance()));
                    p.put("lang", a.locale() != null ? a.locale() : a.language());
                } else {
                    p.put("body", "");
                    p.put("error", r.describe());
                }
                p.put("ms", ms);
                w.write(mapper.writeValueAsString(p));
                w.newLine();
            }
        }
        return 0;
    }
}
