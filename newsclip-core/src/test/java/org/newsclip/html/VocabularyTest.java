package org.newsclip.html;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {
    @Test
    void startCharactersAreThoseAMatchCanBeginWith() {
        Pattern p = Pattern.compile("(?iu)(read more|share( on \\w+)?|tags?:.{0,20}|(das|dies) \\w+)");
        boolean[] start = PhraseOpenings.startCharacters(p, 0x250);
        for (char c : "rRsStTdD\u017F".toCharArray()) assertThat(start[c]).as("'%s'", c).isTrue(); // long s = s
        for (char c : "xXaA1_q *»-(".toCharArray()) assertThat(start[c]).as("'%s'", c).isFalse();
    }

    @Test
    void phraseStartCharactersAreWhatTheRegexSaysForEveryCharacter() {
        java.util.regex.Matcher m = Pattern.compile("(?iu)" + Vocabulary.BOILERPLATE_PHRASES).matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) continue;
            m.reset(String.valueOf((char) c));
            boolean possible = m.lookingAt() || m.hitEnd();
            if (possible != Vocabulary.PHRASE_OPENINGS.mayBeginWith((char) c)) {
                assertThat(Vocabulary.PHRASE_OPENINGS.mayBeginWith((char) c)).as("U+%04X", c).isEqualTo(possible);
            }
        }
        assertThat(Vocabulary.PHRASE_OPENINGS.mayBeginWith('\u212A')).isEqualTo(Vocabulary.PHRASE_OPENINGS.mayBeginWith('k')); // Kelvin sign
        assertThat(Vocabulary.PHRASE_OPENINGS.mayBeginWith('日')).isFalse();
        assertThat(Vocabulary.PHRASE_OPENINGS.mayBeginWith('\uD840')).isTrue(); // surrogates: always a yes
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
    void openingsAreThoseAMatchCanOpenWith() {
        Pattern p = Pattern.compile("(?iu)^\\W*(read more|share( on \\w+)?|tags?:.{0,20}|(das|dies) \\w+|s)\\W*$");
        PhraseOpenings openings = new PhraseOpenings(p, Pattern.compile("(?iu)(read more|share|tags?:|das|dies|s)"));
        for (String s : new String[]{"Read", "REA", "sha", "tag", "Das", "die", "s x", "x", "12", "» t", "Ré"}) {
            assertThat(openings.mayOpen(s)).as(s).isTrue();
        }
        for (String s : new String[]{"The minister", "rex", "shx", "da x", "Tax"}) {
            assertThat(openings.mayOpen(s)).as(s).isFalse();
        }
        // never a false "no": every random text the pattern matches passes
        String[] parts = {"read", " ", "more", "share", "on", "x", "tags", ":", "das", "dies", "*", "R", "EAD", "s",
            "Ta"};
        Random r = new Random(13);
        int matched = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(4); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            if (p.matcher(s).matches()) {
                matched++;
                assertThat(openings.mayOpen(s)).as(s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void boilerplatePhrasesMatchWhateverTheirFirstCharacter() {
        for (String s : new String[]{"Advertisement", "ADVERTISEMENT", "  » Read more", "*Read more*", "Share on X",
                "Tags: politics, economy", "Ähnliche Artikel", "à lire aussi", "Zurück nach oben", "e-mail",
                "TOP STORIES", "Share this article", "Print", "Sponsored Content", "Mehr zum Thema", "Email",
                "This story continues below", "Related", "More from The Times", "Lesen Sie auch: x"}) {
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

    /**
     * Pins the one-pass {@link Vocabulary#classify} (automaton, token tables) to a plain reading of its rules, built
     * from the same word lists: names split at whitespace, ignored names left out, roots looked for in the joined
     * letters and digits of the others, tokens compared with each run of letters and digits.
     */
    @Test
    void classifyAgreesWithAPlainReadingOfItsRules() throws Exception {
        List<String> parts = new ArrayList<>(List.of(" ", " ", "-", "_", "\t", "é", "İ", "\u212A", "A", "Z", "x", "9",
                "token ", "Side", "BAR", "ad", "ads"));
        for (String f : new String[]{"STRONG_ROOTS", "LAYOUT_ROOTS", "COMMENT_ROOTS", "POSITIVE_ROOTS",
                "STRONG_POSITIVE_ROOTS", "WEAK_NEGATIVE_ROOTS", "EXPANDER_ROOTS", "LEAD_ROOTS", "CREDIT_ROOTS",
                "IGNORED_PREFIXES"}) {
            for (String w : (String[]) field(f)) {
                parts.add(w);
                if (w.length() > 3) parts.add(w.substring(0, w.length() / 2)); // halves join across separators
            }
        }
        for (String f : new String[]{"STRONG_TOKENS", "LAYOUT_TOKENS", "LAYOUT_NAMES", "COMMENT_TOKENS",
                "LEAD_TOKENS"}) {
            parts.addAll((Collection<String>) field(f));
        }
        Random r = new Random(5);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(6); k > 0; k--) sb.append(parts.get(r.nextInt(parts.size())));
            String s = sb.toString();
            assertThat(Vocabulary.classify(s)).as(s).isEqualTo(plainClassify(s));
        }
    }

    private static final java.util.Map<String, Object> FIELDS = new java.util.HashMap<>();

    private static Object field(String name) throws ReflectiveOperationException {
        Object v = FIELDS.get(name);
        if (v == null) {
            Field f = Vocabulary.class.getDeclaredField(name);
            f.setAccessible(true);
            v = f.get(null);
            FIELDS.put(name, v);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static int plainClassify(String s) throws ReflectiveOperationException {
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || lower.startsWith("token ")) return 0;
        StringBuilder joined = new StringBuilder();
        List<String> runs = new ArrayList<>();
        boolean layoutName = false;
        for (String name : lower.split("[\\x00- ]+")) {
            if (name.isEmpty()) continue;
            layoutName |= ((Collection<String>) field("LAYOUT_NAMES")).contains(name);
            boolean ignored = false;
            for (String p : (String[]) field("IGNORED_PREFIXES")) ignored |= name.startsWith(p);
            if (ignored) continue;
            joined.append(name.replaceAll("[^a-z0-9]", ""));
            runs.addAll(List.of(name.split("[^a-z0-9]+")));
        }
        boolean layout = layoutName || containsAny(joined, "LAYOUT_ROOTS") || anyToken(runs, "LAYOUT_TOKENS");
        int f = layout ? Vocabulary.LAYOUT : 0;
        if (!layout && (containsAny(joined, "STRONG_ROOTS") || anyToken(runs, "STRONG_TOKENS"))) {
            f |= Vocabulary.STRONG_BOILERPLATE;
        }
        if (containsAny(joined, "COMMENT_ROOTS") || anyToken(runs, "COMMENT_TOKENS")) f |= Vocabulary.COMMENTS;
        if (containsAny(joined, "POSITIVE_ROOTS")) f |= Vocabulary.POSITIVE;
        if (containsAny(joined, "STRONG_POSITIVE_ROOTS")) f |= Vocabulary.STRONG_POSITIVE;
        if (containsAny(joined, "WEAK_NEGATIVE_ROOTS")) f |= Vocabulary.WEAK_NEGATIVE;
        if (containsAny(joined, "EXPANDER_ROOTS")) f |= Vocabulary.EXPANDER;
        if (containsAny(joined, "LEAD_ROOTS") || anyToken(runs, "LEAD_TOKENS")) f |= Vocabulary.LEAD;
        if (containsAny(joined, "CREDIT_ROOTS")) f |= Vocabulary.CREDIT;
        return f;
    }

    private static boolean containsAny(CharSequence joined, String list) throws ReflectiveOperationException {
        for (String w : (String[]) field(list)) if (joined.toString().contains(w)) return true;
        return false;
    }

    @SuppressWarnings("unchecked")
    private static boolean anyToken(List<String> runs, String set) throws ReflectiveOperationException {
        for (String run : runs) if (((Collection<String>) field(set)).contains(run)) return true;
        return false;
    }
}
