package org.newsclip.html;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {
    @Test
    void classifiesClassAndIdStrings() {
        assertThat(Vocabulary.classify("article-body")).isEqualTo(Vocabulary.POSITIVE | Vocabulary.STRONG_POSITIVE);
        assertThat(Vocabulary.classify("ArticleBody")).isEqualTo(Vocabulary.classify("article_body"));
        assertThat(Vocabulary.classify("social-share ad")).isEqualTo(Vocabulary.STRONG_BOILERPLATE);
        assertThat(Vocabulary.classify("has-sidebar tag-cookies")).isZero();           // ignored names
        assertThat(Vocabulary.classify("token comment")).isZero();                      // a Prism code token
        assertThat(Vocabulary.classify("full commentary article") & Vocabulary.COMMENTS).isZero(); // a genre
        assertThat(Vocabulary.classify("comments-area") & Vocabulary.COMMENTS).isNotZero();
        assertThat(Vocabulary.classify("contextmenu Body")).isEqualTo(Vocabulary.POSITIVE); // a paragraph's tool hook
        assertThat(Vocabulary.classify("context-menu") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("saboxplugin-wrap") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("learn-post__author-summary") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.namesDecorationWrapper("socialicons-sticky")).isTrue();
        assertThat(Vocabulary.namesDecorationWrapper("cuerpo-ad")).isTrue();
        assertThat(Vocabulary.namesDecorationWrapper("footer-social")).isFalse();
        assertThat(Vocabulary.namesDecorationWrapper("modal-share")).isFalse();
        assertThat(Vocabulary.namesDecorationWrapper("header")).isFalse();
        assertThat(Vocabulary.namesDecorationWrapper("shadow")).isFalse();
        assertThat(Vocabulary.classify("es-accordion-content") & Vocabulary.FOLDED_PANEL).isNotZero();
        assertThat(Vocabulary.classify("faq-content-1") & Vocabulary.FOLDED_PANEL).isNotZero();
        assertThat(Vocabulary.classify("newsletter-box") & Vocabulary.FOLDED_PANEL).isZero();
        assertThat(Vocabulary.classify("zen-one-sidebar-second") & Vocabulary.STRONG_BOILERPLATE).isZero();
        assertThat(Vocabulary.classify("sidebar-second") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("site-content related") & Vocabulary.LAYOUT).isNotZero();
        // "pager" (pagination) is chrome, but not inside a page's own wrappers named "page" + "r…"
        assertThat(Vocabulary.classify("ipsPager") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("APageRoot__SectionWrapper") & Vocabulary.STRONG_BOILERPLATE).isZero();
        assertThat(Vocabulary.classify("page-row") & Vocabulary.STRONG_BOILERPLATE).isZero();
        assertThat(Vocabulary.classify("page-region content") & Vocabulary.STRONG_BOILERPLATE).isZero();
        // Drupal 7's "node-promoted" (promoted to the front page) is a story's state, as Drupal 8's "node--promoted"
        assertThat(Vocabulary.classify("node node-article node-promoted clearfix") & Vocabulary.STRONG_BOILERPLATE)
                .isZero();
        assertThat(Vocabulary.classify("promoted-stories") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        // a BEM modifier that says what a block holds is not what the block is
        assertThat(Vocabulary.classify("o-section o-section--has-ads js-section--has-ads")
                & Vocabulary.STRONG_BOILERPLATE).isZero();
        assertThat(Vocabulary.classify("o-section o-section--ads") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("teaser-list--with-share share-bar") & Vocabulary.STRONG_BOILERPLATE)
                .isNotZero();
        assertThat(Vocabulary.classify("comments-area")).isEqualTo(Vocabulary.COMMENTS);
        assertThat(Vocabulary.classify("lead")).isEqualTo(Vocabulary.LEAD);
        assertThat(Vocabulary.classify("leaderboard")).isZero();
        // a table of contents by name; the sections it links to ("toc_faq", "toc-target") are the story
        assertThat(Vocabulary.classify("ez-toc-list") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("table-of-contents-ul") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("wp-block-rank-math-toc-block") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("toc_faq") & Vocabulary.STRONG_BOILERPLATE).isZero();
        assertThat(Vocabulary.classify("toc-target") & Vocabulary.STRONG_BOILERPLATE).isZero();
        // the author's card under a story
        assertThat(Vocabulary.classify("author-card") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("about-author") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        // customer reviews: named unmistakably, or by the bare word; a preview is no review
        assertThat(Vocabulary.classify("pdp-reviews_container") & Vocabulary.REVIEWS).isNotZero();
        assertThat(Vocabulary.classify("jdgm-widget") & Vocabulary.REVIEWS).isNotZero();
        assertThat(Vocabulary.classify("reviews") & (Vocabulary.REVIEWS | Vocabulary.REVIEW_WORD))
                .isEqualTo(Vocabulary.REVIEW_WORD);
        assertThat(Vocabulary.classify("WebcamPreview--ListItem") & (Vocabulary.REVIEWS | Vocabulary.REVIEW_WORD))
                .isZero();
        assertThat(Vocabulary.classify("onetrust-consent-sdk") & Vocabulary.CONSENT_MANAGER).isNotZero();
        assertThat(Vocabulary.classify("cookie-recipe") & Vocabulary.CONSENT_MANAGER).isZero();
        assertThat(Vocabulary.classify("message-signature") & Vocabulary.STRONG_BOILERPLATE).isNotZero();
        assertThat(Vocabulary.classify("c-teaser c-teaser--article") & Vocabulary.TEASER).isNotZero();
        assertThat(Vocabulary.classify("teaser-text") & Vocabulary.LEAD).isNotZero();
        assertThat(Vocabulary.classify("wprm-recipe-ingredients") & Vocabulary.INGREDIENTS).isNotZero();
    }

    /** The range tests of {@link Vocabulary#isSpace} against its definition, for every char. */
    @Test
    void isSpaceIsWhitespaceOrNoBreakSpace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = c == '\u00a0' || Character.isWhitespace((char) c);
            assertThat(Vocabulary.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
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
                "FOLDED_PANEL_ROOTS", "REVIEW_ROOTS", "CONSENT_MANAGER_ROOTS", "TEASER_ROOTS", "INGREDIENT_ROOTS", "IGNORED_PREFIXES"}) {
            for (String w : (String[]) field(f)) {
                parts.add(w);
                if (w.length() > 3) parts.add(w.substring(0, w.length() / 2)); // halves join across separators
            }
        }
        for (String f : new String[]{"STRONG_TOKENS", "LAYOUT_TOKENS", "LAYOUT_NAMES", "COMMENT_TOKENS",
                "LEAD_TOKENS", "REVIEW_TOKENS"}) {
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
            // a modifier saying what the block holds ("--has-ads") ends what the name says
            for (String m : new String[]{"--has-", "--with-", "--no-"}) {
                int at = name.indexOf(m);
                if (at >= 0) name = name.substring(0, at);
            }
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
        if (containsAny(joined, "FOLDED_PANEL_ROOTS")) f |= Vocabulary.FOLDED_PANEL;
        if (containsAny(joined, "REVIEW_ROOTS")) f |= Vocabulary.REVIEWS;
        if (anyToken(runs, "REVIEW_TOKENS")) f |= Vocabulary.REVIEW_WORD;
        if (containsAny(joined, "CONSENT_MANAGER_ROOTS")) f |= Vocabulary.CONSENT_MANAGER;
        if (containsAny(joined, "TEASER_ROOTS")) f |= Vocabulary.TEASER;
        if (containsAny(joined, "INGREDIENT_ROOTS")) f |= Vocabulary.INGREDIENTS;
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
