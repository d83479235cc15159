package org.newsclip.html;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * What an element's class and id say about it ({@link Vocabulary} matches), cached per distinct class/id string:
 * pages repeat the same class strings thousands of times, and the vocabulary scan is not cheap. One instance serves
 * one extraction; it is not thread-safe. (A cache shared across pages saved little CPU and held tens of MB of class
 * strings, which made the garbage collector's work dearer than the scans it saved.)
 */
public final class ClassNames {
    public static final int STRONG_BOILERPLATE = Vocabulary.STRONG_BOILERPLATE;
    public static final int COMMENTS = Vocabulary.COMMENTS;
    public static final int POSITIVE = Vocabulary.POSITIVE;
    public static final int STRONG_POSITIVE = Vocabulary.STRONG_POSITIVE;
    public static final int WEAK_NEGATIVE = Vocabulary.WEAK_NEGATIVE;
    public static final int EXPANDER = Vocabulary.EXPANDER;

    private final Map<String, Integer> cache = new HashMap<>();

    /** The flags of an element (0 when it has neither class nor id). */
    public int flags(Element e) {
        if (e.attributesSize() == 0) return 0;
        int f = lookup(e.attr("class")) | lookup(e.attr("id"));
        return (f & Vocabulary.LAYOUT) != 0 ? f & ~STRONG_BOILERPLATE : f;
    }

    private int lookup(String s) {
        if (s.isEmpty()) return 0;
        Integer f = cache.get(s);
        if (f == null) {
            f = Vocabulary.classify(s);
            cache.put(s, f);
        }
        return f;
    }

    /** True if the element carries every flag in {@code mask}. */
    public boolean is(Element e, int mask) {
        return (flags(e) & mask) == mask;
    }
}
