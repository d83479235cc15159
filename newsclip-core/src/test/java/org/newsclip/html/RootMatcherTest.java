package org.newsclip.html;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RootMatcherTest {
    private static final String[] A = {"side", "sidebar", "bar", "nav"};
    private static final String[] B = {"art", "article", "body", "rtic", "a"};

    @Test
    void findsEveryListWithAMemberAnywhere() {
        RootMatcher m = new RootMatcher(A, B);
        assertThat(m.match("articlebody")).isEqualTo(0b10);
        assertThat(m.match("leftsidebar")).isEqualTo(0b11);   // "a" of B inside "sidebar"
        assertThat(m.match("xyz")).isZero();
        assertThat(m.match("")).isZero();
        assertThat(m.match("na-v")).isEqualTo(0b10);          // other characters break a match
    }

    @Test
    void agreesWithContainsOnRandomStrings() {
        RootMatcher m = new RootMatcher(A, B);
        Random r = new Random(7);
        String alphabet = "abcdeinorstvy-";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(16); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            int expected = (containsAny(s, A) ? 1 : 0) | (containsAny(s, B) ? 2 : 0);
            assertThat(m.match(s)).as(s).isEqualTo(expected);
        }
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }
}
