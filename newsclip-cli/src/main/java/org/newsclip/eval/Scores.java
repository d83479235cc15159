package org.newsclip.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** The figures of one evaluation, with the names and JSON layout of {@code score.py --json}. */
public final class Scores {
    private Scores() {
    }

    /** Shingle scores against {@code truth.body}. */
    public record Body(double f1, double precision, double recall, double accuracy,
                       @JsonProperty("pF1") double pF1, int pages) {
    }

    /** Pooled {@code with}/{@code without} snippet scores. */
    public record Snippets(double precision, double recall, double f1, double accuracy, int pages,
                           int tp, int fp, int fn, int tn) {
    }

    /** Exact-match accuracy of a metadata field over the pages whose truth has it. */
    public record Accuracy(double accuracy, int pages) {
    }

    /**
     * Time per page of the extractor, and of a bare jsoup parse + text over the same pages (when measured).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speed(@JsonProperty("median_ms") double medianMs, @JsonProperty("mean_ms") double meanMs,
                        @JsonProperty("total_ms") double totalMs, @JsonProperty("p90_ms") double p90Ms,
                        @JsonProperty("pages_per_s") double pagesPerSecond,
                        @JsonProperty("jsoup_median_ms") Double jsoupMedianMs,
                        @JsonProperty("jsoup_pages_per_s") Double jsoupPagesPerSecond) {

        /** The same figures with the jsoup baseline added. */
        public Speed withJsoup(double medianMs, double pagesPerSecond) {
            return new Speed(this.medianMs, meanMs, totalMs, p90Ms, this.pagesPerSecond, medianMs, pagesPerSecond);
        }
    }

    /** All figures of one set (or one page type of a set); absent parts are null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Set(int pages, int missing, int errors, int empty, Body body, Snippets snippets,
                      Accuracy title, Accuracy authors, Accuracy date, Accuracy lang,
                      @JsonProperty("site_name") Accuracy siteName, Accuracy description, Speed speed,
                      @JsonProperty("page_types") Map<String, Set> pageTypes) {

        public Set withSpeed(Speed s) {
            return new Set(pages, missing, errors, empty, body, snippets, title, authors, date, lang, siteName,
                    description, s, pageTypes);
        }

        public Set withPageTypes(Map<String, Set> types) {
            return new Set(pages, missing, errors, empty, body, snippets, title, authors, date, lang, siteName,
                    description, speed, types);
        }
    }
}
