package org.newsclip.page;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins {@link Utf8} to the JDK's UTF-8 decoder: null exactly where the JDK finds the bytes malformed, else its text. */
class Utf8Test {
    /** The JDK's strict reading of {@code b[from..]}: its text, or null where it reports malformed input. */
    private static String jdk(byte[] b, int from) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void agrees(byte[] b, int from) {
        String expected = jdk(b, from);
        assertThat(Utf8.decode(b, from)).as("%s from %d", Arrays.toString(b), from).isEqualTo(expected);
        if (expected != null) assertThat(expected).isEqualTo(new String(b, from, b.length - from, StandardCharsets.UTF_8));
    }

    @Test
    void edgeCasesAsTheJdk() {
        byte[][] cases = {
            "aé€😀".getBytes(StandardCharsets.UTF_8), {}, "plain".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE0, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0x9F, (byte) 0xBF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
            {(byte) 0xF0, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0x41},
            {(byte) 0xE2, (byte) 0x82, 0x41}, {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xFF}, {(byte) 0xFE},
            {0x41, (byte) 0xC3, (byte) 0xA9, (byte) 0xC3}};
        for (byte[] c : cases) agrees(c, 0);
    }

    @Test
    void randomBytesAsTheJdk() {
        Random r = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            byte[] b = new byte[r.nextInt(60)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (r.nextInt(8) == 0 ? 0x80 + r.nextInt(128) : r.nextInt(128));
            agrees(b, b.length == 0 ? 0 : r.nextInt(b.length + 1));
        }
    }

    /** Well-formed text with ASCII runs of every length (short ones by the loop, long ones by getChars). */
    @Test
    void randomTextAsTheJdk() {
        Random r = new Random(11);
        String[] pieces = {"a", "<p class=\"x\">", " ", "é", "ÿ", "\u0100", "’", "—", "€", "日本", "\uFFFD", "\uFEFF",
            "\uD83D\uDE00", "\uDBFF\uDFFF", "\u0080", "\u07FF", "\u0800", "\uD7FF", "\uE000", "x".repeat(15),
            "y".repeat(16), "z".repeat(40)};
        for (int k = 0; k < 20_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) text.append(pieces[r.nextInt(pieces.length)]);
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8.decode(b, 0)).isEqualTo(text.toString());
            agrees(b, 0);
            if (b.length > 0) {
                agrees(b, r.nextInt(b.length)); // may start inside a sequence: malformed, as for the JDK
                b[r.nextInt(b.length)] = (byte) r.nextInt(256); // one byte changed: malformed or not, as the JDK
                agrees(b, 0);
            }
        }
    }

    @Test
    void asciiRunsSkippedEightBytesAtATimeEndWhereAByteByByteScanEnds() {
        Random r = new Random(7);
        for (int k = 0; k < 2000; k++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (r.nextInt(10) == 0 ? 0x80 + r.nextInt(128) : r.nextInt(128));
            int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
            int expected = from;
            while (expected < b.length && b[expected] >= 0) expected++;
            assertThat(Utf8.asciiPrefix(b, from)).isEqualTo(expected);
            boolean multi = false;
            for (byte x : b) multi |= x < 0;
            assertThat(CharsetDecoder.hasMultiByteUtf8(b)).isEqualTo(multi);
        }
    }
}
