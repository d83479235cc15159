package org.newsclip.output;

import com.github.luben.zstd.ZstdInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclip.io.ArticleJson;
import org.newsclip.model.Article;
import org.newsclip.model.Source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleWritersTest {
    @TempDir
    Path dir;

    private static List<Article> samples() {
        return List.of(Samples.full(), Samples.sparse(), Samples.middle(3));
    }

    private static List<Article> readJsonl(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        String name = p.getFileName().toString();
        if (name.endsWith(".gz")) in = new GZIPInputStream(in);
        if (name.endsWith(".zst")) in = new ZstdInputStream(in);
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) out.add(ArticleJson.fromJson(line));
        }
        return out;
    }

    private List<Article> roundTrip(String fileName) throws IOException {
        Path p = dir.resolve(fileName);
        try (ArticleWriter w = ArticleWriters.forPath(p, null)) {
            for (Article a : samples()) w.write(a);
            assertThat(w.count()).isEqualTo(3);
            assertThat(w.files()).containsExactly(p);
        }
        return fileName.endsWith(".parquet") ? ParquetArticles.read(p) : readJsonl(p);
    }

    @Test
    void jsonlFormatsRoundTrip() throws IOException {
        for (String name : List.of("a.jsonl", "a.jsonl.gz", "a.jsonl.zst")) {
            assertThat(roundTrip(name)).as(name).containsExactlyElementsOf(samples());
        }
        byte[] gz = Files.readAllBytes(dir.resolve("a.jsonl.gz"));
        byte[] zst = Files.readAllBytes(dir.resolve("a.jsonl.zst"));
        assertThat(gz[0] & 0xff).isEqualTo(0x1f);
        assertThat(zst[0] & 0xff).isEqualTo(0x28); // zstd frame magic 28 b5 2f fd
    }

    @Test
    void jsonlBytesAreTheLinesStringInUtf8() throws IOException {
        // the writer streams JSON through an encoder; the file must hold what toLine + getBytes(UTF-8) gave, also for
        // a character outside the BMP, control characters and a lone surrogate (which both make '?')
        Article odd = Article.builder().url("https://n.example/odd")
                .title("emoji \uD83D\uDE00 tab\t nul\u0000 quote\" lone \uD83D end").text("x\uDC00\n\u2028y").build();
        List<Article> articles = List.of(Samples.full(), Samples.sparse(), odd);
        Path file = dir.resolve("bytes.jsonl");
        try (ArticleWriter w = ArticleWriters.forPath(file, OutputFormat.JSONL)) {
            for (Article a : articles) w.write(a);
        }
        StringBuilder expected = new StringBuilder();
        for (Article a : articles) expected.append(ArticleJson.toLine(a)).append('\n');
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        java.io.StringWriter sw = new java.io.StringWriter();
        ArticleJson.writeLine(odd, sw);
        ArticleJson.writePrettyJson(odd, sw);
        assertThat(sw.toString()).isEqualTo(ArticleJson.toLine(odd) + ArticleJson.toPrettyJson(odd));
    }

    @Test
    void parquetRoundTripsFieldByField() throws IOException {
        List<Article> back = roundTrip("a.parquet");
        assertThat(back).hasSize(3);
        Article full = Samples.full();
        Article got = back.get(0);
        // Parquet keeps the record but not the Source fields outside its columns
        Source s = full.source();
        Source expectedSource = new Source(s.kind(), s.location(), s.warcFile(), s.warcOffset(), s.warcLength(),
                s.warcDate(), s.warcRecordId(), s.httpStatus(), s.contentType(), s.charset(), null, null, null);
        assertThat(got).usingRecursiveComparison().ignoringFields("source", "provenance").isEqualTo(full);
        assertThat(got.source()).isEqualTo(expectedSource);
        assertThat(got.publisher().logo().width()).isEqualTo(60);
        assertThat(got.images().get(1).width()).isNull();

        Article sparse = back.get(1);
        assertThat(sparse.url()).isEqualTo("https://n.example/empty");
        assertThat(sparse.title()).isNull();
        assertThat(sparse.authors()).isEmpty();
        assertThat(sparse.publisher()).isNull();
        assertThat(sparse.source().warcOffset()).isNull();
        assertThat(sparse.source().httpStatus()).isNull();
        assertThat(sparse.wordCount()).isZero();
        assertThat(back.get(2)).usingRecursiveComparison().ignoringFields("source").isEqualTo(Samples.middle(3));
    }

    @Test
    void parquetFileDeclaresListsAndStructs() throws IOException {
        roundTrip("s.parquet");
        Path p = dir.resolve("s.parquet");
        String schema = ParquetArticles.schema(p);
        assertThat(schema).contains("optional group authors (LIST)", "optional group publisher",
                "optional int64 warc_offset", "optional binary title (STRING)", "required int32 word_count");
        assertThat(ParquetArticles.keyValueMetadata(p)).containsEntry(ArticleParquetSchema.VERSION_KEY, "1");
    }

    @Test
    void splitsIntoPartsByRecords() throws IOException {
        Path base = dir.resolve("out.jsonl.gz");
        List<Article> all = new ArrayList<>();
        try (ArticleWriter w = ArticleWriters.forPath(base, null, PartPolicy.records(4))) {
            for (int i = 0; i < 10; i++) {
                all.add(Samples.middle(i));
                w.write(Samples.middle(i));
            }
            assertThat(w.files()).extracting(f -> f.getFileName().toString())
                    .containsExactly("out-00000.jsonl.gz", "out-00001.jsonl.gz", "out-00002.jsonl.gz");
        }
        List<Article> back = new ArrayList<>();
        for (String n : List.of("out-00000.jsonl.gz", "out-00001.jsonl.gz", "out-00002.jsonl.gz")) {
            back.addAll(readJsonl(dir.resolve(n)));
        }
        assertThat(back).containsExactlyElementsOf(all);
        assertThat(Files.exists(base)).isFalse();
    }

    @Test
    void splitsParquetIntoPartsByBytes() throws IOException {
        Path base = dir.resolve("out.parquet");
        List<Path> files;
        try (ArticleWriter w = ArticleWriters.forPath(base, OutputFormat.PARQUET, PartPolicy.bytes(2000))) {
            for (int i = 0; i < 30; i++) w.write(Samples.middle(i));
            files = w.files();
        }
        assertThat(files).hasSizeGreaterThan(1);
        assertThat(files.get(0).getFileName().toString()).isEqualTo("out-00000.parquet");
        List<Article> back = new ArrayList<>();
        for (Path f : files) back.addAll(ParquetArticles.read(f));
        assertThat(back).extracting(Article::url).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 30).mapToObj(i -> "https://n.example/" + i).toList());
    }

    @Test
    void formatByNameAndByWord() {
        assertThat(OutputFormat.fromPath(Path.of("x.JSONL.ZST"))).isEqualTo(OutputFormat.JSONL_ZST);
        assertThat(OutputFormat.fromPath(Path.of("x.jsonl.gz"))).isEqualTo(OutputFormat.JSONL_GZ);
        assertThat(OutputFormat.fromPath(Path.of("x.parquet"))).isEqualTo(OutputFormat.PARQUET);
        assertThat(OutputFormat.fromPath(Path.of("x.json"))).isEqualTo(OutputFormat.JSONL);
        assertThat(OutputFormat.parse("parquet")).isEqualTo(OutputFormat.PARQUET);
        assertThat(OutputFormat.parse(".jsonl.zst")).isEqualTo(OutputFormat.JSONL_ZST);
        assertThat(RollingWriter.partPath(Path.of("/o/run.jsonl"), OutputFormat.JSONL, 7))
                .isEqualTo(Path.of("/o/run-00007.jsonl"));
    }
}
