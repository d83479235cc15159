package org.newsclip.render;

import org.junit.jupiter.api.Test;
import org.newsclip.html.Vocabulary;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderers' array-based text helpers against the plain character loops they replace. */
class RenderFastPathsTest {
    private static final String[] PIECES = {"a", "Word", " ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2003", "\u200b",
            "\u00ad", "*", "_", "é", "日本", "😀", ".", "|"};

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) sb.append(PIECES[r.nextInt(PIECES.length)]);
        return sb.toString();
    }

    @Test
    void textCollapsingAsTheCharacterLoop() {
        Random r = new Random(3);
        for (int k = 0; k < 20000; k++) {
            String before = r.nextInt(4) == 0 ? "" : random(r);
            String s = random(r);
            StringBuilder fast = new StringBuilder(before);
            TextRenderer.appendCollapsed(fast, s);
            StringBuilder slow = new StringBuilder(before);
            referenceAppendCollapsed(slow, s);
            assertThat(fast.toString()).as("[%s] + [%s]", before, s).isEqualTo(slow.toString());
        }
    }

    @Test
    void markdownEscapingAndCollapsingAsTheCharacterLoops() {
        Random r = new Random(5);
        for (int k = 0; k < 20000; k++) {
            String s = random(r);
            StringBuilder fast = new StringBuilder("x");
            MarkdownRenderer.appendEscaped(fast, s);
            StringBuilder slow = new StringBuilder("x");
            for (char c : s.toCharArray()) {
                if (c == '\u200b' || c == '\u00ad') continue;
                if (c == '*' || c == '_') slow.append('\\');
                slow.append(c == '\n' || c == '\r' ? ' ' : c);
            }
            assertThat(fast.toString()).isEqualTo(slow.toString());
            for (boolean keep : new boolean[]{true, false}) {
                assertThat(MarkdownRenderer.collapse(new StringBuilder(s), keep)).isEqualTo(referenceCollapse(s, keep));
            }
        }
    }

    @Test
    void stripAsTheStringsStrip() {
        Random r = new Random(9);
        for (int k = 0; k < 5000; k++) {
            String s = random(r) + random(r);
            assertThat(TextRenderer.strip(new StringBuilder(s))).isEqualTo(s.strip());
        }
    }

    private static void referenceAppendCollapsed(StringBuilder sb, String s) {
        boolean inSpace = false;
        for (char c : s.toCharArray()) {
            boolean invisible = c == '\u200b' || c == '\u00ad';
            boolean space = !invisible && Vocabulary.isSpace(c);
            if (!invisible && !space) {
                sb.append(c);
                inSpace = false;
            } else if (space && !inSpace) {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) != ' ' && sb.charAt(len - 1) != '\n') sb.append(' ');
                inSpace = true;
            }
        }
    }

    private static String referenceCollapse(String s, boolean keepNewlines) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        boolean newline = false;
        for (char c : s.toCharArray()) {
            if (Vocabulary.isSpace(c)) {
                space = true;
                if (c == '\n' && keepNewlines) newline = true;
                continue;
            }
            if (space && sb.length() > 0) sb.append(newline ? '\n' : ' ');
            space = false;
            newline = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
