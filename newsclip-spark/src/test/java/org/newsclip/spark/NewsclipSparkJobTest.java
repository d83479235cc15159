package org.newsclip.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclip.ArticleExtractor;
import org.newsclip.ExtractionOptions;
import org.newsclip.ExtractionResult;
import org.newsclip.io.ArticleJson;
import org.newsclip.model.Article;
import org.newsclip.page.Page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job end to end in local mode, over tiny WARCs written here: its output must be, row for row and field by
 * field, what the library gives for the same pages read through the same WARC reader.
 */
class NewsclipSparkJobTest {
    @TempDir
    static java.nio.file.Path dir;
    static java.nio.file.Path gz, plain, garbage, list;

    @BeforeAll
    static void writeWarcs() throws IOException {
        gz = dir.resolve("a.warc.gz");
        TestWarcs.create(gz, true)
                .request("https://news.example/one", Instant.parse("2024-03-05T10:00:00Z"))
                .html("https://news.example/one", Instant.parse("2024-03-05T10:00:01Z"),
                        TestWarcs.article("en", "First story", 4))
                .html("https://news.example/zwei", Instant.parse("2024-04-01T00:00:00Z"),
                        TestWarcs.article("de", "Zweite Meldung", 3))
                .response("https://news.example/gone", Instant.parse("2024-03-06T00:00:00Z"), 404,
                        "text/html", "<html><body>gone</body></html>")
                .response("https://news.example/logo.png", Instant.parse("2024-03-06T00:00:00Z"), 200,
                        "image/png", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000")
                .html("https://news.example/empty", Instant.parse("2024-03-06T00:00:00Z"), "")
                .close();
        plain = dir.resolve("b.warc");
        TestWarcs.create(plain, false)
                .html("https://journal.example/un", Instant.parse("2023-12-31T23:59:59Z"),
                        TestWarcs.article("fr", "Premier article", 5))
                .html("https://journal.example/deux", Instant.parse("2024-01-01T00:00:00Z"),
                        TestWarcs.article("fr", "Second article", 2))
                .close();
        garbage = dir.resolve("c.warc.gz");
        Files.write(garbage, "this is not a WARC file at all\n".repeat(20).getBytes(StandardCharsets.UTF_8));
        list = dir.resolve("warcs.txt");
        Files.writeString(list, "# the test inputs\n" + gz + "\n\n" + plain + "\n" + garbage + "\n"
                + dir.resolve("missing.warc.gz") + "\n");
    }

    @Test
    void parquetMatchesTheLibraryRowForRowAndFieldByField() throws IOException {
        String out = dir.resolve("out-parquet").toString();
        String reportFile = dir.resolve("report.json").toString();
        RunReport report = NewsclipSparkJob.run(spark(), JobArgs.parse("--input-list", list.toString(),
                "--output", out, "--report", reportFile));

        List<Row> expected = rows(library(gz.toString()), library(plain.toString()));
        List<Row> actual = sorted(spark().read().parquet(out).collectAsList());
        assertThat(actual).hasSize(expected.size()).hasSize(4);
        for (int i = 0; i < expected.size(); i++) {
            for (StructField f : ArticleSchema.ARTICLE.fields()) {
                assertThat((Object) actual.get(i).getAs(f.name()))
                        .as("row %d (%s), column %s", i, expected.get(i).getAs("url"), f.name())
                        .isEqualTo(expected.get(i).getAs(f.name()));
            }
        }
        assertThat(report.extracted()).isEqualTo(4);
        assertThat(report.files()).isEqualTo(4);
        assertThat(report.failedFiles()).containsOnlyKeys(garbage.toString(), dir.resolve("missing.warc.gz").toString());
        assertThat(report.failedFiles().get(dir.resolve("missing.warc.gz").toString())).contains("FileNotFound");
        assertThat(report.read()).isEqualTo(report.extracted() + report.rejected() + report.failed() + report.skipped());
        // the request, the 404, the PNG and the empty page: skipped by the reader or rejected by the extractor
        assertThat(report.skipped() + report.rejected()).isEqualTo(4);

        JsonNode json = new ObjectMapper().readTree(Files.readString(java.nio.file.Path.of(reportFile)));
        assertThat(json.get("extracted").asLong()).isEqualTo(4);
        assertThat(json.get("files_failed").asLong()).isEqualTo(2);
        assertThat(json.get("reasons").fieldNames()).toIterable().isNotEmpty();
    }

    @Test
    void parquetHasTheDeclaredColumnsAndTypes() throws IOException {
        String out = dir.resolve("out-schema").toString();
        NewsclipSparkJob.run(spark(), JobArgs.parse("--input", plain.toString(), "--output", out));
        assertThat(typeNames(spark().read().parquet(out).schema().fields()))
                .containsExactlyElementsOf(typeNames(ArticleSchema.ARTICLE.fields()));
        java.nio.file.Path part;
        try (var files = Files.list(java.nio.file.Path.of(out))) {
            part = files.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        try (org.apache.parquet.hadoop.ParquetFileReader r = org.apache.parquet.hadoop.ParquetFileReader.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(new Path(part.toString()), new Configuration()))) {
            // the physical layout of the CLI's writer: required counters, three-level lists, zstd
            org.apache.parquet.schema.MessageType physical = r.getFooter().getFileMetaData().getSchema();
            assertThat(physical.getFieldCount()).isEqualTo(ArticleSchema.ARTICLE.size());
            assertThat(physical.toString()).contains("required int32 schema_version;", "required int32 word_count;",
                    "optional group authors (LIST) {\n    repeated group list {\n      optional group element {");
            assertThat(r.getFooter().getBlocks().get(0).getColumns().get(0).getCodec().name()).isEqualTo("ZSTD");
        }
    }

    @Test
    void jsonlLinesAreTheLibrarysLines() throws IOException {
        String out = dir.resolve("out-jsonl").toString();
        NewsclipSparkJob.run(spark(), JobArgs.parse("--input", dir + "/*.warc*", "--output", out,
                "--format", "jsonl"));
        List<String> expected = new ArrayList<>();
        for (String f : List.of("file:" + gz, "file:" + plain)) {
            for (Article a : library(f)) expected.add(ArticleJson.toLine(a));
        }
        List<String> actual = spark().read().text(out).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void partitionsByCrawlMonthAndLanguage() throws IOException {
        String out = dir.resolve("out-partitioned").toString();
        RunReport report = NewsclipSparkJob.run(spark(), JobArgs.parse("--input", dir.toString(), "--output", out,
                "--partition-by", "crawl_month,language"));
        assertThat(report.extracted()).isEqualTo(4);
        assertThat(java.nio.file.Path.of(out, "crawl_month=2024-03", "language=en")).isDirectory();
        assertThat(java.nio.file.Path.of(out, "crawl_month=2024-04", "language=de")).isDirectory();
        assertThat(java.nio.file.Path.of(out, "crawl_month=2023-12", "language=fr")).isDirectory();
        assertThat(java.nio.file.Path.of(out, "crawl_month=2024-01", "language=fr")).isDirectory();
        List<Row> back = spark().read().option("basePath", out).parquet(out).collectAsList();
        assertThat(back).hasSize(4).allSatisfy(r ->
                assertThat(r.<String>getAs("crawl_month")).isEqualTo(ArticleRows.crawlMonth(r.getAs("warc_date"))));
    }

    static SparkSession spark() {
        return SharedSpark.session();
    }

    /** What the library extracts (with the job's default options) from a WARC file read through the job's reader. */
    static List<Article> library(String file) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor(JobOptions.of(ExtractionOptions.defaults(), true).toOptions());
        List<Article> out = new ArrayList<>();
        Path p = new Path(file);
        org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(new Configuration());
        try (PageReader r = PageReaders.open(fs.open(p), fs.getFileStatus(p).getLen(), file)) {
            PageReader.Visitor v = new PageReader.Visitor() {
                public void page(Page page) {
                    ExtractionResult res = extractor.extract(page);
                    if (res.isExtracted()) out.add(res.article());
                }
                public void skipped(String reason) { }
                public void corrupt(String reason, boolean stopped) { }
            };
            while (r.next(v)) {
                // the visitor collects
            }
        }
        return out;
    }

    /** Library articles as rows in Spark's external form, so they compare with rows read back. */
    @SafeVarargs
    static List<Row> rows(List<Article>... files) {
        List<Row> rows = new ArrayList<>();
        for (List<Article> f : files) f.forEach(a -> rows.add(ArticleRows.toRow(a)));
        return sorted(spark().createDataFrame(rows, ArticleSchema.ARTICLE).collectAsList());
    }

    static List<Row> sorted(List<Row> rows) {
        List<Row> s = new ArrayList<>(rows);
        s.sort(Comparator.comparing((Row r) -> r.<String>getAs("warc_file"))
                .thenComparing(r -> r.<Long>getAs("warc_offset")));
        return s;
    }

    static List<String> typeNames(StructField[] fields) {
        List<String> out = new ArrayList<>();
        for (StructField f : fields) out.add(f.name() + ":" + f.dataType().simpleString());
        return out;
    }
}
