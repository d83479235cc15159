package org.newsclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** The outcome of one run of the command line. */
    record Run(int code, String out, String err) {
        List<JsonNode> records() throws IOException {
            List<JsonNode> out = new ArrayList<>();
            for (String line : this.out.split("\n")) if (!line.isBlank()) out.add(MAPPER.readTree(line));
            return out;
        }
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    static String page(String title) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>")
                .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (int i = 0; i < 5; i++) {
            sb.append("<p>The council met on Tuesday to discuss the new bridge over the river, paragraph ")
                    .append(i).append(", and decided to ask the residents before going further.</p>");
        }
        return sb.append("</article><a href=\"/next\">next</a></body></html>").toString();
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(b)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    @Test
    void folderOfMixedInputsEndsWithEveryInputCounted() throws Exception {
        write("a-good.html", page("Bridge plans"));
        write("b-empty.html", "");
        write("c-binary.html", new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 1, 2});
        write("d-zipped.html.gz", gzip(page("Zipped bridge")));
        write("sub/e-no-extension", page("No extension"));
        write("sub/notes", "plain text, not a page");
        write("sub/image.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0});
        write(".hidden.html", page("Hidden"));

        Run r = run("extract", "--threads", "2", dir.toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> records = r.records();
        assertThat(records).extracting(n -> n.path("title").asText())
                .containsExactly("Bridge plans", "Zipped bridge", "No extension");
        assertThat(records.get(0).path("source").path("location").asText()).endsWith("a-good.html");
        assertThat(r.err()).contains("b-empty.html: rejected (empty").contains("c-binary.html: rejected (binary")
                .contains("5 pages: 3 extracted, 2 rejected, 0 failed");
    }

    @Test
    void missingAndCorruptInputsFailButTheOthersAreStillExtracted() throws Exception {
        Path good = write("good.html", page("Still here"));
        Path corrupt = write("broken.html.gz", new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        String missing = dir.resolve("nope.html").toString();

        Run r = run("extract", missing, good.toString(), corrupt.toString());

        assertThat(r.code()).isEqualTo(ExtractCommand.SOME_FAILED);
        assertThat(r.records()).extracting(n -> n.path("title").asText()).containsExactly("Still here");
        assertThat(r.err()).contains(missing + ": failed (not-found").contains("broken.html.gz: failed (bad-gzip")
                .contains("3 pages: 1 extracted, 0 rejected, 2 failed");
    }

    /**
     * Inputs no user can read, root included (CI runs as root, where file permissions do not stop reading): a
     * dangling link and a FIFO named like pages, in a folder and on the command line. A FIFO must not be opened (it
     * would block the run for ever).
     */
    @Test
    void unreadableInputsFail() throws Exception {
        write("in/a.html", page("Readable"));
        Path dangling = Files.createSymbolicLink(dir.resolve("in/dangling.html"), dir.resolve("in/gone.html"));
        Path fifo = dir.resolve("in/pipe.html");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        Run r = run("extract", dir.resolve("in").toString());
        assertThat(r.code()).isEqualTo(ExtractCommand.SOME_FAILED);
        assertThat(r.records()).extracting(n -> n.path("title").asText()).containsExactly("Readable");
        assertThat(r.err()).contains(dangling + ": failed (not-found: dangling link)")
                .contains(fifo + ": failed (unreadable: not a regular file)")
                .contains("3 pages: 1 extracted, 0 rejected, 2 failed");
        Run named = run("extract", fifo.toString());
        assertThat(named.code()).isEqualTo(ExtractCommand.SOME_FAILED);
        assertThat(named.err()).contains("pipe.html: failed (unreadable: not a regular file)");
        Path warcFifo = dir.resolve("pipe.warc.gz");
        assertThat(new ProcessBuilder("mkfifo", warcFifo.toString()).inheritIO().start().waitFor()).isZero();
        Run warc = run("extract", warcFifo.toString());
        assertThat(warc.code()).isEqualTo(ExtractCommand.SOME_FAILED);
        assertThat(warc.err()).contains("pipe.warc.gz: failed (unreadable: not a regular file)");
    }

    @Test
    void standardInputGivesOnePrettyRecordWithTheGivenUrl() throws Exception {
        Run r = run(page("From stdin").getBytes(StandardCharsets.UTF_8), "extract", "--url",
                "https://example.org/news/1", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\n");
        JsonNode record = MAPPER.readTree(r.out());
        assertThat(record.path("title").asText()).isEqualTo("From stdin");
        assertThat(record.path("url").asText()).isEqualTo("https://example.org/news/1");
        assertThat(record.path("source").path("kind").asText()).isEqualTo("stdin");
        assertThat(r.err()).contains("1 pages: 1 extracted, 0 rejected, 0 failed");
    }

    @Test
    void formats() throws Exception {
        Path p = write("one.html", page("Formats"));
        Run text = run("extract", "--format", "text", p.toString());
        assertThat(text.out()).contains("The council met on Tuesday").doesNotContain("<p>").doesNotContain("{");
        Run md = run("extract", "-f", "markdown", p.toString());
        assertThat(md.out()).contains("The council met on Tuesday");
        Run html = run("extract", "-f", "html", p.toString());
        assertThat(html.out()).contains("<p>");
        Run jsonl = run("extract", "-f", "jsonl", p.toString(), p.toString());
        assertThat(jsonl.records()).hasSize(2);
        assertThat(jsonl.out().split("\n")).hasSize(2);
        Run labelled = run("extract", "-f", "text", p.toString(), p.toString());
        assertThat(labelled.out()).contains("==> " + p + " <==");
        for (Run r : List.of(text, md, html, jsonl)) assertThat(r.code()).isZero();
    }

    @Test
    void outputFile() throws Exception {
        Path p = write("one.html", page("To a file"));
        Path out = dir.resolve("out.jsonl");
        Run r = run("extract", "-o", out.toString(), "-f", "jsonl", p.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).contains("\"title\":\"To a file\"");
        Run bad = run("extract", "-o", dir.resolve("no/such/folder/out.json").toString(), p.toString());
        assertThat(bad.code()).isEqualTo(ExtractCommand.OUTPUT_ERROR);
    }

    @Test
    void usageErrors() throws Exception {
        Path p = write("one.html", page("Usage"));
        assertThat(run("extract").code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "--format", "yaml", p.toString()).code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "--url", "https://x.org/", dir.toString()).code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "--url", "https://x.org/", p.toString(), p.toString()).code())
                .isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "--threads", "0", p.toString()).code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "--max-bytes", "lots", p.toString()).code()).isEqualTo(ExtractCommand.USAGE);
        assertThat(run("extract", "--help").code()).isZero();
    }

    @Test
    void oversizedInputIsReadOnlyUpToMaxBytesWithAWarning() throws Exception {
        StringBuilder big = new StringBuilder(page("Big page").replace("</body></html>", ""));
        while (big.length() < 300_000) big.append("<p>More text about the bridge and the river.</p>\n");
        Path p = write("big.html", big + "</body></html>");
        Run r = run("extract", "--max-bytes", "100k", p.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("big.html: warning: input truncated to its first 102400 bytes");
        JsonNode record = MAPPER.readTree(r.out());
        assertThat(record.path("warnings").toString()).contains("truncated");
        assertThat(record.path("source").path("bytes").asLong()).isEqualTo(102400);
    }

    @Test
    void manyInputsOnManyThreadsKeepInputOrder() throws Exception {
        List<String> args = new ArrayList<>(List.of("extract", "-t", "4", "-f", "jsonl"));
        for (int i = 0; i < 40; i++) args.add(write(String.format("p%02d.html", i), page("Page " + i)).toString());
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).isZero();
        List<JsonNode> records = r.records();
        assertThat(records).hasSize(40);
        for (int i = 0; i < 40; i++) assertThat(records.get(i).path("title").asText()).isEqualTo("Page " + i);
    }
}
