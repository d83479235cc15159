package org.newsclip.html;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TagNameSetTest {
    /** Tag names of every kind: members and their near misses, common HTML tags, custom elements, odd strings. */
    private static List<String> names(Set<String> members) {
        List<String> names = new ArrayList<>(List.of("", "div", "span", "p", "a", "li", "img", "br", "strong", "em",
                "section", "article", "h1", "h2", "td", "tr", "my-widget", "x", "ß", "é", "\u212A", "scripts",
                "scrip", "s", "sv", "svg2", "foot", "footer", "aside", "asides", "a".repeat(70), "b".repeat(63)));
        for (String m : members) {
            names.add(m);
            names.add(m + "x");
            names.add(m.substring(1));
            names.add(m.toUpperCase());
            names.add("x" + m.substring(1));
        }
        Random r = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(9); k >= 0; k--) sb.append((char) (r.nextInt(8) == 0 ? r.nextInt(0x300) : 'a' + r.nextInt(26)));
            names.add(sb.toString());
        }
        return names;
    }

    @Test
    void answersAsTheSetItWasMadeOf() {
        for (Set<String> set : List.of(Vocabulary.JUNK_TAGS, Vocabulary.CHROME_TAGS, Vocabulary.KEEP_BLOCKS,
                Set.of("a", "b".repeat(63), "c".repeat(64)), Set.<String>of())) {
            TagNameSet fast = TagNameSet.of(set);
            for (String n : names(set)) assertThat(fast.contains(n)).as("%s in %s", n, set).isEqualTo(set.contains(n));
        }
    }
}
