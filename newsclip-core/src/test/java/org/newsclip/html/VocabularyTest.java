package org.newsclip.html;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {
    @Test
    void startCharactersAreThoseAMatchCanBeginWith() {
        Pattern p = Pattern.compile("(?iu)(read more|share( on \\w+)?|tags?:.{0,20}|(das|dies) \\w+)");
        boolean[] start = Vocabulary.startCharacters(p, 0x250);
        for (char c : "rRsStTdD\u017F".toCharArray()) assertThat(start[c]).as("'%s'", c).isTrue(); // long s = s
        for (char c : "xXaA1_q *»-(".toCharArray()) assertThat(start[c]).as("'%s'", c).isFalse();
    }

    @Test
    void phraseStartCharactersAreWhatTheRegexSaysForEveryCharacter() {
        java.util.regex.Matcher m = Vocabulary.phrasePattern().matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) continue;
            m.reset(String.valueOf((char) c));
            boolean possible = m.lookingAt() || m.hitEnd();
            if (possible != Vocabulary.mayStartPhrase((char) c)) {
                assertThat(Vocabulary.mayStartPhrase((char) c)).as("U+%04X", c).isEqualTo(possible);
            }
        }
        assertThat(Vocabulary.mayStartPhrase('\u212A')).isEqualTo(Vocabulary.mayStartPhrase('k')); // Kelvin sign
        assertThat(Vocabulary.mayStartPhrase('日')).isFalse();
        assertThat(Vocabulary.mayStartPhrase('\uD840')).isTrue(); // surrogates: always a yes
    }

    @Test
    void boilerplatePhraseFastPathAgreesWithTheRegex() {
        String[] parts = {"read", " ", "more", "Share", "on", "x", "Tags", ":", "das", "könnte", "Sie", "interessieren",
            "*", "»", "-", "1", "_", "日本", "記事", "関連", "Ähnliche", "Artikel", "à", "lire", "aussi", "\u00a0", "ſ",
            "\uD840\uDC00", "Advertisement", "Related", "stories", "é", "\n"};
        Random r = new Random(7);
        int matched = 0;
        for (int n = 0; n < 50000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(5); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            boolean expected = Vocabulary.boilerplatePhraseByRegex(s);
            assertThat(Vocabulary.isBoilerplatePhrase(s)).as(s).isEqualTo(expected);
            if (expected) matched++;
        }
        assertThat(matched).isGreaterThan(200);
    }

    @Test
    void boilerplatePhrasesMatchWhateverTheirFirstCharacter() {
        for (String s : new String[]{"Advertisement", "ADVERTISEMENT", "  » Read more", "*Read more*", "Share on X",
                "Tags: politics, economy", "Ähnliche Artikel", "à lire aussi", "Zurück nach oben", "e-mail"}) {
            assertThat(Vocabulary.isBoilerplatePhrase(s)).as(s).isTrue();
        }
        for (String s : new String[]{"", "Xadvertisement", "1 Read more", "The minister said on Tuesday.", "Q"}) {
            assertThat(Vocabulary.isBoilerplatePhrase(s)).as(s).isFalse();
        }
    }

    @Test
    void classifiesClassAndIdStrings() {
        assertThat(Vocabulary.classify("article-body")).isEqualTo(Vocabulary.POSITIVE | Vocabulary.STRONG_POSITIVE);
        assertThat(Vocabulary.classify("ArticleBody")).isEqualTo(Vocabulary.classify("article_body"));
        assertThat(Vocabulary.classify("social-share ad")).isEqualTo(Vocabulary.STRONG_BOILERPLATE);
        assertThat(Vocabulary.classify("has-sidebar tag-cookies")).isZero();           // ignored names
        assertThat(Vocabulary.classify("token comment")).isZero();                      // a Prism code token
        assertThat(Vocabulary.classify("site-content related") & Vocabulary.LAYOUT).isNotZero();
        assertThat(Vocabulary.classify("comments-area")).isEqualTo(Vocabulary.COMMENTS);
        assertThat(Vocabulary.classify("lead")).isEqualTo(Vocabulary.LEAD);
        assertThat(Vocabulary.classify("leaderboard")).isZero();
    }
}
