package org.newsclip.lang;

import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Skipping the passes that cannot match must leave OpenNLP's normalized text as it is. */
class GuardedNormalizerTest {
    private static final CharSequenceNormalizer OPENNLP = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    /** Pieces that make each pattern match, or nearly. */
    private static final String[] PIECES = {"a", "word", " ", "  ", "\n", "\t", "\u000B", "\f", "\r", "\u00a0",
            "http", "https://x.org/a?b=1", "htt", "mail@host.com", "@", "#tag", "#", "rt ", "RT:", "rt", "art ",
            ":)", ":-(", ";p", "xD", "XO", "x-", "x", "ha", "haha", "jeje", "HAHA", "hih", "h", "e", "j", "aaa", "aAa",
            "AAA", "bb", "ſſſ", "KKK", "ßßß", "😀", "😀😀😀", "\uD83D", "\uDE00", "日本", "123", "٣", "é", "É", "ééé",
            "Éée", ".", "-", "\u2013", "\uFF0C", "\uE000", "\uD83B", "\uDBFF\uDC00", "\uDFFF"};

    @Test
    void sameTextAsOpenNlpsNormalizers() {
        Random r = new Random(1);
        for (int k = 0; k < 30000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) sb.append(PIECES[r.nextInt(PIECES.length)]);
            String s = sb.toString();
            assertThat(GuardedNormalizer.normalize(s)).as("[%s]", s).isEqualTo(OPENNLP.normalize(s).toString());
        }
    }

    /** Pieces without surrogates, where the loops of {@link BmpNormalizer} stand for the regexes. */
    private static final String[] BMP_PIECES = {"a", "word", " ", "  ", "\n", "\t", "\u000B", "\f", "\r",
            "\u00a0", "\u0085", "\u2028", "\u2029", "http://x.org", "mail@host.com", "@", "#tag", "#", "rt ", "RT:",
            "rT", "Rt:rt ", "art ", "_", "9", "\u0301", "e\u0301", "-\u0301", "\u0300\u0301", ":", ";", ")", "(",
            ":)", ":-(", ";p", "xD", "XO", "x-", "X-d", "-", "x", "ha", "haha", "jeje", "HAHA", "hih", "h", "e", "j",
            "hija", "hoJo", "hAh", "jhaha", "hhaa", "jJ", "aH", "eiJ", "Hu", "hIhI", "jaJA", "hihhi", "jajJa", "hh",
            "aaa", "aAa", "AAA", "bb", "B", "ſſſ", "KKK", "\u212A", "ßßß", "日本", "123", "٣", "é", "É", "ééé", "Éée",
            ".", "\u2013", "\uFF0C", "\uE000", "\uFFFD", "\uFEFF", "\u00ff\u00ff\u00ff", "İıi"};

    @Test
    void loopsGiveTheRegexesTextOnTextWithoutSurrogates() {
        Random r = new Random(2);
        for (int k = 0; k < 30000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(10); i > 0; i--) sb.append(BMP_PIECES[r.nextInt(BMP_PIECES.length)]);
            String s = sb.toString();
            assertThat(BmpNormalizer.emoji(s)).as("emoji [%s]", s)
                    .isEqualTo(EmojiCharSequenceNormalizer.getInstance().normalize(s).toString());
            assertThat(BmpNormalizer.numbers(s)).as("numbers [%s]", s)
                    .isEqualTo(NumberCharSequenceNormalizer.getInstance().normalize(s).toString());
            assertThat(BmpNormalizer.shrink(s)).as("shrink [%s]", s)
                    .isEqualTo(ShrinkCharSequenceNormalizer.getInstance().normalize(s).toString());
            assertThat(GuardedNormalizer.normalize(s)).as("[%s]", s).isEqualTo(OPENNLP.normalize(s).toString());
        }
    }

    @Test
    void twitterLoopsGiveTheRegexesText() {
        Random r = new Random(3);
        for (int k = 0; k < 30000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(10); i > 0; i--) sb.append(BMP_PIECES[r.nextInt(BMP_PIECES.length)]);
            String s = sb.toString();
            String expected = TwitterCharSequenceNormalizer.getInstance().normalize(s).toString();
            String actual = BmpNormalizer.hashesRetweetsFaces(s);
            if (GuardedNormalizer.mayLaugh(actual)) {
                actual = java.util.regex.Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+",
                        java.util.regex.Pattern.CASE_INSENSITIVE).matcher(actual).replaceAll("$1$2$1$2");
            }
            assertThat(actual).as("[%s]", s).isEqualTo(expected);
        }
    }

    @Test
    void plainProseNeedsNoPass() {
        String prose = "The council met on Tuesday to discuss the new budget for schools and roads.";
        assertThat(GuardedNormalizer.mayBeTwitter(prose)).isFalse();
        assertThat(GuardedNormalizer.mayShrink(prose)).isFalse();
        assertThat(GuardedNormalizer.mayBeTwitter("so funny haha")).isTrue();
        assertThat(GuardedNormalizer.mayShrink("soooo")).isTrue();
        assertThat(GuardedNormalizer.mayLaugh("la hija del hojalatero, Hohenzollern")).isFalse();
        assertThat(GuardedNormalizer.mayLaugh("jajaja")).isTrue();
        assertThat(GuardedNormalizer.mayLaugh("uhHAha")).isTrue();
    }
}
