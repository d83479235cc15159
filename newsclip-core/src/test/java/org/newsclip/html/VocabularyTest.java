package org.newsclip.html;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {
    @Test
    void firstCharactersAreThoseAMatchCanStartWith() {
        Pattern p = Pattern.compile("(?iu)^\\W*(read more|share( on \\w+)?|tags?:.{0,20}|(das|dies) \\w+)\\W*$");
        boolean[] first = Vocabulary.firstCharacters(p);
        for (char c : "rRsStTdD *»-(".toCharArray()) if (c < 128) assertThat(first[c]).as("'%s'", c).isTrue();
        for (char c : "xXaA1_q".toCharArray()) assertThat(first[c]).as("'%s'", c).isFalse();
        // never a false "no": every random text the pattern matches starts with a character marked possible
        String[] parts = {"read", " ", "more", "share", "on", "x", "tags", ":", "das", "dies", "*", "R", "EAD", "-"};
        Random r = new Random(11);
        int matched = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(4); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            if (p.matcher(s).matches()) {
                matched++;
                assertThat(first[s.charAt(0)]).as(s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
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
    void recognizesClosingLabels() {
        for (String s : new String[]{"12 Comments", "No comments yet", "Leave a Reply", "Photo credits", "Bildnachweis:",
                "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "(Noch keine Bewertungen)"}) {
            assertThat(Vocabulary.isClosingPhrase(s)).as(s).isTrue();
        }
        assertThat(Vocabulary.isClosingPhrase("Keine Kommentare gab es von der Regierung.")).isFalse();
        assertThat(Vocabulary.isClosingPhrase("The minister commented on Tuesday.")).isFalse();
    }

    @Test
    void recognizesAffiliateDisclosures() {
        assertThat(Vocabulary.isDisclosure("This post may contain affiliate links. Read our disclosure.")).isTrue();
        assertThat(Vocabulary.isDisclosure("Für Links auf dieser Seite erhält X ggf. eine Provision vom Händler.")).isTrue();
        assertThat(Vocabulary.isDisclosure("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.")).isTrue();
        assertThat(Vocabulary.isDisclosure("The company signed a partnership with a bank on Monday.")).isFalse();
    }

    @Test
    void classifiesClassAndIdStrings() {
        assertThat(Vocabulary.classify("article-body")).isEqualTo(Vocabulary.POSITIVE | Vocabulary.STRONG_POSITIVE);
        assertThat(Vocabulary.classify("ArticleBody")).isEqualTo(Vocabulary.classify("article_body"));
        assertThat(Vocabulary.classify("social-share ad")).isEqualTo(Vocabulary.STRONG_BOILERPLATE);
        assertThat(Vocabulary.classify("has-sidebar tag-cookies")).isZero();           // ignored names
        assertThat(Vocabulary.classify("token comment")).isZero();                      // a Prism code token
        assertThat(Vocabulary.classify("full commentary article") & Vocabulary.COMMENTS).isZero(); // a genre
        assertThat(Vocabulary.classify("comments-area") & Vocabulary.COMMENTS).isNotZero();
        assertThat(Vocabulary.classify("zen-one-sidebar-second") & Vocabulary.STRONG_BOILERPLATE).isZero();
        assertThat(Vocabulary.classify("sidebar-second") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("site-content related") & Vocabulary.LAYOUT).isNotZero();
        assertThat(Vocabulary.classify("comments-area")).isEqualTo(Vocabulary.COMMENTS);
        assertThat(Vocabulary.classify("lead")).isEqualTo(Vocabulary.LEAD);
        assertThat(Vocabulary.classify("leaderboard")).isZero();
    }
}
