package org.newsclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsclip.cli.ExtractCommandTest.run;

/**
 * Damaged WARC input through {@code newsclip extract}: each kind of damage is reported with its file and offset
 * (on standard error and in the report), the records around it come through, and the run goes on to the next file.
 */
class CorruptWarcExtractTest {
    @TempDir
    Path dir;

    private final List<Long> offsets = new ArrayList<>();

    private byte[] fourPages(WarcCompression c) throws IOException {
        List<WarcRecord> r = new ArrayList<>();
        for (int i = 0; i < 4; i++) r.add(TestWarcs.page("https://c.example/" + i, "Damage story " + i));
        Path f = dir.resolve("build.warc");
        offsets.addAll(TestWarcs.write(f, c, r));
        return Files.readAllBytes(f);
    }

    /** Runs extract over the file (and a sound one after it); returns the report. */
    private JsonNode extract(String name, byte[] bytes, List<String> titles) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        Path good = dir.resolve("z-sound.warc.gz");
        TestWarcs.write(good, WarcCompression.GZIP, List.of(TestWarcs.page("https://z.example/", "Sound file")));
        Path out = dir.resolve(name + ".jsonl");
        ExtractCommandTest.Run r = run("extract", "-o", out.toString(), f.toString(), good.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExtractCommand.SOME_FAILED);
        assertThat(r.err()).contains(name + "@").contains("damaged");
        List<String> expected = new ArrayList<>(titles);
        expected.add("Sound file");
        assertThat(WarcExtractTest.lines(out)).extracting(n -> n.path("title").asText())
                .containsExactlyElementsOf(expected);
        JsonNode rep = WarcExtractTest.report(out);
        WarcExtractTest.assertAccountedFor(rep);
        assertThat(rep.get("corrupt").asLong()).isEqualTo(rep.get("corrupt_regions").size()).isPositive();
        for (JsonNode c : rep.get("corrupt_regions")) {
            assertThat(c.get("file").asText()).isEqualTo(f.toString());
            assertThat(c.get("reason").asText()).isNotBlank();
        }
        return rep;
    }

    private static JsonNode first(JsonNode rep) {
        return rep.get("corrupt_regions").get(0);
    }

    @Test
    void damagedGzipMember() throws IOException {
        byte[] b = fourPages(WarcCompression.GZIP);
        for (long i = offsets.get(2) + 30; i < offsets.get(2) + 60; i++) b[(int) i] = (byte) 0xff;
        JsonNode rep = extract("member.warc.gz", b, List.of("Damage story 0", "Damage story 1", "Damage story 3"));
        assertThat(first(rep).get("offset").asLong()).isEqualTo(offsets.get(2));
        assertThat(first(rep).get("reason").asText()).contains("gzip");
        assertThat(first(rep).get("resumed_at").asLong()).isEqualTo(offsets.get(3));
    }

    @Test
    void truncatedGzipMember() throws IOException {
        byte[] b = fourPages(WarcCompression.GZIP);
        long cut = (offsets.get(3) + offsets.get(4)) / 2;
        JsonNode rep = extract("cut.warc.gz", Arrays.copyOf(b, (int) cut),
                List.of("Damage story 0", "Damage story 1", "Damage story 2"));
        assertThat(first(rep).get("offset").asLong()).isEqualTo(offsets.get(3));
        assertThat(first(rep).get("reason").asText()).isEqualTo("truncated gzip member");
        assertThat(first(rep).get("resumed_at").asLong()).isEqualTo(-1);
    }

    @Test
    void garbageBetweenRecords() throws IOException {
        byte[] b = fourPages(WarcCompression.GZIP);
        int at = offsets.get(2).intValue();
        byte[] junk = "junk bytes\n".getBytes(StandardCharsets.US_ASCII);
        byte[] withJunk = new byte[b.length + junk.length];
        System.arraycopy(b, 0, withJunk, 0, at);
        System.arraycopy(junk, 0, withJunk, at, junk.length);
        System.arraycopy(b, at, withJunk, at + junk.length, b.length - at);
        JsonNode rep = extract("junk.warc.gz", withJunk,
                List.of("Damage story 0", "Damage story 1", "Damage story 2", "Damage story 3"));
        assertThat(first(rep).get("offset").asLong()).isEqualTo(at);
        assertThat(first(rep).get("reason").asText()).contains("garbage");
        assertThat(first(rep).get("resumed_at").asLong()).isEqualTo(at + junk.length);
    }

    @Test
    void contentLengthThatLies() throws IOException {
        byte[] b = fourPages(WarcCompression.NONE);
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int i = s.indexOf("Content-Length: ", offsets.get(1).intValue()) + "Content-Length: ".length();
        int e = s.indexOf("\r\n", i);
        String lying = s.substring(0, i) + (Long.parseLong(s.substring(i, e)) + 40) + s.substring(e);
        JsonNode rep = extract("length.warc", lying.getBytes(StandardCharsets.ISO_8859_1),
                List.of("Damage story 0", "Damage story 2", "Damage story 3"));
        assertThat(first(rep).get("offset").asLong()).isEqualTo(offsets.get(1));
        assertThat(first(rep).get("reason").asText()).contains("Content-Length");
    }

    @Test
    void notAWarcAtAll() throws IOException {
        byte[] text = "this is not a WARC file at all\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        JsonNode rep = extract("text.warc.gz", text, List.of());
        assertThat(first(rep).get("offset").asLong()).isZero();
        assertThat(first(rep).get("reason").asText()).containsAnyOf("garbage", "not a WARC", "gzip");
        assertThat(first(rep).get("resumed_at").asLong()).isEqualTo(-1);
    }
}
