package org.newsclip.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTest {
    @Test
    void tokensFollowPythonWordCharacters() {
        // combining marks split words in Python's \w (and so here), unlike Java's Unicode \w
        assertThat(TextRules.tokens("हिन्दी")).containsExactly("ह", "न", "द");
        assertThat(TextRules.tokens("snake_case x² Ⅻ 今天的新闻。好")).containsExactly("snake_case", "x²", "Ⅻ", "今天的新闻",
                "好");
    }

    @Test
    void titlesNormaliseLikeScorePy() {
        assertThat(TextRules.normText("ﬁnance _ News__Today!!")).isEqualTo("finance news today");
        assertThat(TextRules.normText("STRASSE")).isEqualTo(TextRules.normText("Straße"));
    }

    @Test
    void authorsSplitOnlyOnWholeWordAnd() {
        assertThat(TextRules.authorSet(TextNode.valueOf("By Sandra Anderson and Bob & Alice; Eve\nMallory")))
                .containsExactlyInAnyOrder("sandra anderson", "bob", "alice", "eve", "mallory");
        var list = JsonNodeFactory.instance.arrayNode().add("Bob & Alice");
        assertThat(TextRules.authorSet(list)).containsExactly("bob alice");
    }

    @Test
    void datesAndLanguages() {
        assertThat(TextRules.normDate("published 2021/3/5 10:00")).isEqualTo("2021-03-05");
        assertThat(TextRules.normDate("2021-13-01")).isEmpty();
        assertThat(TextRules.normDate("٢٠٢١-٠٣-٠٥")).isEqualTo("2021-03-05");
        assertThat(TextRules.primaryLanguage("en-US")).isEqualTo("en");
        assertThat(TextRules.primaryLanguage("pt_BR")).isEqualTo("pt");
    }
}
