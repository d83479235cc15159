package org.newsclip.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the cleaner's fast paths (exact attribute reads, the style test without copies) to the general code they
 * replaced.
 */
class CleanerFastPathsTest {
    private static final String[] STYLE_PARTS = {" ", "  ", ";", ":", "display", "DISPLAY", "Display", "none", "NONE",
        "block", "visibility", "Visibility", "hidden", "HIDDEN", "dis play", "vis ibility", "hid den", "\t", "é", "İ",
        "\u212A", "color:red", "d", "n", "x"};

    @Test
    void hiddenStyleAgreesWithLowerCaseAndStrippedCopy() {
        Random r = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(7); k > 0; k--) sb.append(STYLE_PARTS[r.nextInt(STYLE_PARTS.length)]);
            String style = sb.toString();
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            boolean expected = !style.isEmpty() && (s.contains("display:none") || s.contains("visibility:hidden"));
            assertThat(InlineStyles.hides(style)).as(style).isEqualTo(expected);
        }
        assertThat(InlineStyles.hides("Display : None")).isTrue();
        assertThat(InlineStyles.hides("display:\tnone")).isFalse(); // only spaces are dropped
    }

    @Test
    void exactAttributeReadsMatchElementAttrOnHtmlPages() {
        Document doc = Jsoup.parse("<div CLASS='Side-Bar' Id='x' ROLE='navigation' Aria-Hidden='true' hidden>a</div>");
        Element div = doc.selectFirst("div");
        assertThat(ClassNames.lowerCaseKeys(div)).isTrue();
        for (String key : new String[]{"class", "id", "role", "aria-hidden", "style", "hidden"}) {
            assertThat(ClassNames.attr(div.attributes(), key, true)).as(key).isEqualTo(div.attr(key));
            assertThat(ClassNames.hasAttr(div.attributes(), key, true)).as(key).isEqualTo(div.hasAttr(key));
        }
    }

    @Test
    void caseKeepingParsesTakeTheGeneralPath() {
        Document doc = Jsoup.parse("<div CLASS='sidebar' Style='display:none'>a</div>", "", Parser.xmlParser());
        Element div = doc.selectFirst("div");
        assertThat(ClassNames.lowerCaseKeys(div)).isFalse();
        assertThat(ClassNames.attr(div.attributes(), "class", false)).isEqualTo("sidebar");
        assertThat(new ClassNames().flags(div) & ClassNames.STRONG_BOILERPLATE).isNotZero();
        assertThat(DomCleaner.isStyledHidden(div)).isTrue();
    }

    /** ClassNames' cache (an open-addressing table that grows) answers as a fresh classification does. */
    @Test
    void classNamesCacheAnswersAsAFreshLookup() {
        String[] parts = {"article", "-body", "side", "bar", " ", "comment", "s", "x", "nav", "related", "Lead", "_"};
        Random r = new Random(21);
        ClassNames cached = new ClassNames();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder c = new StringBuilder();
            for (int k = r.nextInt(6); k > 0; k--) c.append(parts[r.nextInt(parts.length)]);
            org.jsoup.nodes.Attributes a = new org.jsoup.nodes.Attributes().put("class", c.toString())
                    .put("id", r.nextBoolean() ? "" : "id" + r.nextInt(3000));
            assertThat(cached.flags(a, true)).as(a.html()).isEqualTo(new ClassNames().flags(a, true));
        }
    }
}
