package org.newsclip.content;

import org.jsoup.nodes.Element;

/** Chooses the content container from the scored tree. */
final class Candidates {
    private Candidates() {
    }

    /** The best-scoring element, or {@code body} when nothing scored above zero. */
    static Element choose(TextStats stats, Element body) {
        Element best = stats.best();
        TextStats.Stat s = best == null ? null : stats.stat(best);
        if (s == null || s.score() <= 0) return body;
        return best;
    }
}
