package org.newsclip.spark;

import org.junit.jupiter.api.Test;
import org.newsclip.ExtractionOptions;
import org.newsclip.lang.OpenNlpLanguageDetector;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobArgsTest {
    @Test
    void parsesEveryOption() {
        JobArgs a = JobArgs.parse("--input", "s3a://b/*.warc.gz", "--output", "out", "--format", "JSONL",
                "--partition-by", "language, crawl_month", "--report", "r.json", "--include-comments",
                "--no-links", "--max-bytes", "1000");
        assertThat(a.inputGlob()).isEqualTo("s3a://b/*.warc.gz");
        assertThat(a.inputList()).isNull();
        assertThat(a.format()).isEqualTo(JobArgs.Format.JSONL);
        assertThat(a.partitionBy()).containsExactly("language", "crawl_month");
        assertThat(a.report()).isEqualTo("r.json");
        ExtractionOptions o = a.options().toOptions();
        assertThat(o.includeComments()).isTrue();
        assertThat(o.includeLinks()).isFalse();
        assertThat(o.includeImages()).isTrue();
        assertThat(o.maxBytes()).isEqualTo(1000);
    }

    @Test
    void defaultsToParquetWithDefaultOptions() {
        JobArgs a = JobArgs.parse("--input-list", "list.txt", "--output", "out");
        assertThat(a.format()).isEqualTo(JobArgs.Format.PARQUET);
        assertThat(a.partitionBy()).isEmpty();
        assertThat(a.options().detectLanguage()).isTrue();
        assertThat(a.options().toOptions()).isEqualTo(ExtractionOptions.defaults().toBuilder()
                .languageDetector(OpenNlpLanguageDetector.onDemand()).build());
        JobArgs plain = JobArgs.parse("--input-list", "list.txt", "--output", "out", "--no-detect-language");
        assertThat(plain.options().detectLanguage()).isFalse();
        assertThat(plain.options().toOptions()).isEqualTo(ExtractionOptions.defaults());
    }

    @Test
    void rejectsMistakes() {
        assertThatThrownBy(() -> JobArgs.parse("--output", "o")).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> JobArgs.parse("--input", "a", "--input-list", "b", "--output", "o"))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> JobArgs.parse("--input", "a")).hasMessageContaining("--output");
        assertThatThrownBy(() -> JobArgs.parse("--input", "a", "--output", "o", "--format", "csv"))
                .hasMessageContaining("csv");
        assertThatThrownBy(() -> JobArgs.parse("--input", "a", "--output", "o", "--partition-by", "site_name"))
                .hasMessageContaining("site_name");
        assertThatThrownBy(() -> JobArgs.parse("--input", "a", "--output", "o", "--max-bytes", "-1"))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> JobArgs.parse("--input", "--output", "o")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> JobArgs.parse("--input", "a", "--output", "o", "--bogus"))
                .hasMessageContaining("--bogus");
    }

    @Test
    void optionsSurviveJavaSerialisation() throws IOException, ClassNotFoundException {
        JobOptions sent = JobOptions.of(ExtractionOptions.builder().includeComments(true).includeImages(false)
                .maxBytes(12345).favorPrecision(true).build());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sent);
        }
        Object got = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertThat(((JobOptions) got).toOptions()).isEqualTo(sent.toOptions());
        assertThat(got).isEqualTo(sent).hasToString(sent.toString());
        JobOptions detecting = JobOptions.of(ExtractionOptions.defaults(), true);
        bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(detecting);
        }
        JobOptions back = (JobOptions) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertThat(back.detectLanguage()).isTrue();
        assertThat(back.toOptions().languageDetector()).isSameAs(OpenNlpLanguageDetector.onDemand());
    }

    @Test
    void readsMaxAttemptsFromTheMaster() {
        org.apache.spark.SparkConf c = new org.apache.spark.SparkConf(false);
        assertThat(NewsclipSparkJob.maxAttempts(c.clone().set("spark.master", "local[2]"))).isEqualTo(1);
        assertThat(NewsclipSparkJob.maxAttempts(c.clone().set("spark.master", "local[2,3]"))).isEqualTo(3);
        assertThat(NewsclipSparkJob.maxAttempts(c.clone().set("spark.master", "yarn"))).isEqualTo(4);
        assertThat(NewsclipSparkJob.maxAttempts(c.clone().set("spark.master", "yarn")
                .set("spark.task.maxFailures", "8"))).isEqualTo(8);
    }

    @Test
    void reportSumsFilesAndReasons() {
        FileStats a = new FileStats("a");
        a.skipped("request");
        a.page(org.newsclip.ExtractionResult.rejected("x", "binary", null));
        a.page(org.newsclip.ExtractionResult.failed("y", "error", "boom"));
        FileStats b = new FileStats("b");
        b.skipped("request");
        b.corrupt("truncated gzip member");
        b.fileFailed("corrupt: truncated gzip member");
        RunReport r = RunReport.of(List.of(a, b), 2.0);
        assertThat(r.files()).isEqualTo(2);
        assertThat(r.read()).isEqualTo(4);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.reasons()).containsEntry("skipped:request", 2L).containsEntry("rejected:binary", 1L)
                .containsEntry("failed:error", 1L).containsEntry("corrupt:truncated gzip member", 1L);
        assertThat(r.failedFiles()).containsOnlyKeys("b");
        assertThat(r.pagesPerSecond()).isEqualTo(1.0);
        assertThat(r.toJson()).contains("\"files_failed\" : 1");
    }

    @Test
    void crawlMonthComesFromTheWarcDate() {
        assertThat(ArticleRows.crawlMonth("2024-03-01T12:00:00Z")).isEqualTo("2024-03");
        assertThat(ArticleRows.crawlMonth("2024")).isNull();
        assertThat(ArticleRows.crawlMonth(null)).isNull();
        assertThat(ArticleRows.crawlMonth("March 2024")).isNull();
    }
}
