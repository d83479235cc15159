package org.newsclip.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsclip.warc.Warcs.*;

class CorruptInputTest {
    @TempDir
    Path dir;

    private static WarcRecord[] four() {
        return new WarcRecord[]{page("https://c.example/1", "One"), page("https://c.example/2", "Two"),
                page("https://c.example/3", "Three"), page("https://c.example/4", "Four")};
    }

    /** Writes four pages, returns the file bytes and record offsets. */
    private byte[] build(WarcCompression c, List<Long> offsetsOut) throws IOException {
        Path f = dir.resolve("src");
        offsetsOut.addAll(write(f, c, four()));
        return Files.readAllBytes(f);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private List<WarcItem> read(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return readAll(f);
    }

    @Test
    void truncatedGzipMemberInTheMiddleIsSkipped() throws IOException {
        List<Long> o = new java.util.ArrayList<>();
        byte[] b = build(WarcCompression.GZIP, o);
        // record 2's member loses its second half
        int cut = (int) (o.get(1) + (o.get(2) - o.get(1)) / 2);
        byte[] bad = concat(Arrays.copyOfRange(b, 0, cut), Arrays.copyOfRange(b, o.get(2).intValue(), b.length));
        List<WarcItem> items = read("t.warc.gz", bad);
        assertThat(urls(items)).containsExactly("https://c.example/1", "https://c.example/3", "https://c.example/4");
        List<WarcItem.Corrupt> c = corrupt(items);
        assertThat(c).hasSize(1);
        assertThat(c.get(0).offset()).isEqualTo(o.get(1));
        assertThat(c.get(0).file()).isEqualTo("t.warc.gz");
        assertThat(c.get(0).resumedAt()).isEqualTo(cut);
        // the records after the damage keep their true offsets in the damaged file
        assertThat(items.get(items.size() - 1).offset()).isEqualTo(o.get(3) - (o.get(2) - cut));
    }

    @Test
    void truncatedLastGzipMemberStopsTheFile() throws IOException {
        List<Long> o = new java.util.ArrayList<>();
        byte[] b = build(WarcCompression.GZIP, o);
        List<WarcItem> items = read("end.warc.gz", Arrays.copyOf(b, b.length - 20));
        assertThat(urls(items)).hasSize(3);
        WarcItem.Corrupt c = corrupt(items).get(0);
        assertThat(c.offset()).isEqualTo(o.get(3));
        assertThat(c.reason()).contains("truncated");
        assertThat(c.stopped()).isTrue();
    }

    @Test
    void damagedDeflateDataIsSkipped() throws IOException {
        List<Long> o = new java.util.ArrayList<>();
        byte[] b = build(WarcCompression.GZIP, o);
        for (long i = o.get(2) + 30; i < o.get(2) + 60; i++) b[(int) i] = (byte) 0xff;
        List<WarcItem> items = read("d.warc.gz", b);
        assertThat(urls(items)).containsExactly("https://c.example/1", "https://c.example/2", "https://c.example/4");
        assertThat(corrupt(items)).singleElement().satisfies(c -> {
            assertThat(c.offset()).isEqualTo(o.get(2));
            assertThat(c.resumedAt()).isEqualTo(o.get(3));
        });
    }

    @Test
    void garbageBetweenGzipMembers() throws IOException {
        List<Long> o = new java.util.ArrayList<>();
        byte[] b = build(WarcCompression.GZIP, o);
        byte[] junk = "junk bytes\n".getBytes(StandardCharsets.US_ASCII);
        int at = o.get(2).intValue();
        List<WarcItem> items = read("g.warc.gz", concat(Arrays.copyOf(b, at), junk, Arrays.copyOfRange(b, at, b.length)));
        assertThat(urls(items)).hasSize(4);
        assertThat(corrupt(items)).singleElement().satisfies(c -> {
            assertThat(c.offset()).isEqualTo(at);
            assertThat(c.resumedAt()).isEqualTo(at + junk.length);
        });
    }

    @Test
    void garbageBetweenPlainRecords() throws IOException {
        List<Long> o = new java.util.ArrayList<>();
        byte[] b = build(WarcCompression.NONE, o);
        byte[] junk = "<html>stray bytes\r\nWARC is not at line start\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = o.get(1).intValue();
        List<WarcItem> items = read("g.warc", concat(Arrays.copyOf(b, at), junk, Arrays.copyOfRange(b, at, b.length)));
        assertThat(urls(items)).hasSize(4);
        assertThat(corrupt(items)).singleElement().satisfies(c -> {
            assertThat(c.offset()).isEqualTo(at);
            assertThat(c.resumedAt()).isEqualTo(at + junk.length);
        });
        assertThat(items.get(items.size() - 1).offset()).isEqualTo(o.get(3) + junk.length);
    }

    private byte[] withContentLength(byte[] b, long recordOffset, int delta) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int i = s.indexOf("Content-Length: ", (int) recordOffset) + "Content-Length: ".length();
        int e = s.indexOf("\r\n", i);
        long n = Long.parseLong(s.substring(i, e)) + delta;
        return (s.substring(0, i) + n + s.substring(e)).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void contentLengthTooLong() throws IOException {
        List<Long> o = new java.util.ArrayList<>();
        byte[] original = build(WarcCompression.NONE, o);
        byte[] b = withContentLength(original, o.get(1), 100);
        int shift = b.length - original.length; // the length field may have grown by a digit
        List<WarcItem> items = read("long.warc", b);
        assertThat(urls(items)).containsExactly("https://c.example/1", "https://c.example/3", "https://c.example/4");
        assertThat(corrupt(items)).singleElement().satisfies(c -> {
            assertThat(c.offset()).isEqualTo(o.get(1));
            assertThat(c.reason()).contains("Content-Length");
            assertThat(c.resumedAt()).isEqualTo(o.get(2) + shift);
        });
    }

    @Test
    void contentLengthTooShort() throws IOException {
        List<Long> o = new java.util.ArrayList<>();
        byte[] b = withContentLength(build(WarcCompression.NONE, o), o.get(1), -40);
        List<WarcItem> items = read("short.warc", b);
        assertThat(urls(items)).containsExactly("https://c.example/1", "https://c.example/3", "https://c.example/4");
        assertThat(corrupt(items)).singleElement().satisfies(c -> assertThat(c.offset()).isEqualTo(o.get(1)));
    }

    @Test
    void contentLengthPastTheEndOfTheFile() throws IOException {
        List<Long> o = new java.util.ArrayList<>();
        byte[] b = withContentLength(build(WarcCompression.NONE, o), o.get(2), 1_000_000);
        List<WarcItem> items = read("past.warc", b);
        assertThat(urls(items)).containsExactly("https://c.example/1", "https://c.example/2", "https://c.example/4");
        assertThat(corrupt(items)).singleElement().satisfies(c -> assertThat(c.reason()).contains("cut short"));
    }

    @Test
    void contentLengthLieInsideAGzipMember() throws IOException {
        List<Long> plainOffsets = new java.util.ArrayList<>();
        byte[] original = build(WarcCompression.NONE, plainOffsets);
        byte[] plain = withContentLength(original, plainOffsets.get(1), 50);
        int shift = plain.length - original.length;
        // re-compress record by record, as Common Crawl does, with the lie inside member 2
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        List<Long> members = new java.util.ArrayList<>();
        long[] cuts = {0, plainOffsets.get(1), plainOffsets.get(2) + shift, plainOffsets.get(3) + shift,
                plain.length};
        for (int i = 0; i < 4; i++) {
            members.add((long) gz.size());
            try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(gz) {
                @Override
                public void close() throws IOException {
                    finish();
                }
            }) {
                g.write(plain, (int) cuts[i], (int) (cuts[i + 1] - cuts[i]));
            }
        }
        List<WarcItem> items = read("lie.warc.gz", gz.toByteArray());
        assertThat(urls(items)).containsExactly("https://c.example/1", "https://c.example/3", "https://c.example/4");
        assertThat(corrupt(items)).singleElement().satisfies(c -> {
            assertThat(c.offset()).isEqualTo(members.get(1));
            assertThat(c.resumedAt()).isEqualTo(members.get(2));
        });
        assertThat(items.get(items.size() - 1).offset()).isEqualTo(members.get(3));
    }

    @Test
    void notAWarcFileStopsWithOneCorruptItem() throws IOException {
        List<WarcItem> items = read("notes.warc", "Hello, this is a text file.\nNothing more.\n".getBytes());
        assertThat(items).singleElement().isInstanceOfSatisfying(WarcItem.Corrupt.class, c -> {
            assertThat(c.offset()).isZero();
            assertThat(c.stopped()).isTrue();
        });
        List<WarcItem> gz = read("notes.warc.gz", new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(gz).singleElement().isInstanceOfSatisfying(WarcItem.Corrupt.class,
                c -> assertThat(c.stopped()).isTrue());
    }

    @Test
    void hugeRecordIsSkippedWithoutBuffering() throws IOException {
        Path f = dir.resolve("huge.warc");
        long size = 300L << 20;
        byte[] header = ("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://c.example/huge\r\n"
                + "Content-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n<html><body>")
                .getBytes(StandardCharsets.US_ASCII);
        Path tail = dir.resolve("tail.warc");
        write(tail, WarcCompression.NONE, page("https://c.example/after", "After"));
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write(header);
            raf.setLength(header.length - "<html><body>".length() + size); // sparse: costs no disk
            raf.seek(raf.length());
            raf.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            raf.write(Files.readAllBytes(tail));
        }
        List<WarcItem> items = readAll(f, WarcOptions.defaults().maxPayloadBytes(1 << 20));
        assertThat(items).hasSize(2);
        WarcItem.PageItem huge = (WarcItem.PageItem) items.get(0);
        assertThat(huge.truncated()).isTrue();
        assertThat(huge.page().bytes()).hasSize(1 << 20);
        assertThat(huge.page().source().warcLength()).isEqualTo(header.length - 12 + size + 4);
        assertThat(urls(items)).endsWith("https://c.example/after");
    }
}
