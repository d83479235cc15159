package org.newsclip.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordScanTest {
    private final WordScan scan = new WordScan(new String[]{"hazte miembro", "support our work", "sofern"});

    @Test
    void findsAWordAtTheStartOrAfterASpace() {
        assertThat(scan.firstIn("hazte miembro y disfruta")).isEqualTo("hazte miembro");
        assertThat(scan.firstIn("would you consider to support our work? thanks")).isEqualTo("support our work");
        assertThat(scan.index("sofern")).isEqualTo(2);
        assertThat(scan.firstIn("inhalte, sofern nicht anders angegeben")).isEqualTo("sofern");
    }

    @Test
    void findsNothingInsideAWordOrWhereNoneIs() {
        assertThat(scan.firstIn("unsupport our work")).isNull();
        assertThat(scan.firstIn("the council met on monday.")).isNull();
        assertThat(scan.firstIn("")).isNull();
        assertThat(scan.firstIn("ha")).isNull();
    }
}
