package org.newsclip.html;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an element's class and id say about it ({@link Vocabulary} matches), cached per distinct class/id string:
 * pages repeat the same class strings thousands of times, pages of one site share most of them, and the vocabulary
 * scan is not cheap. The cache may be shared by the extractions of one extractor on any number of threads.
 */
public final class ClassNames {
    public static final int STRONG_BOILERPLATE = Vocabulary.STRONG_BOILERPLATE;
    public static final int COMMENTS = Vocabulary.COMMENTS;
    public static final int POSITIVE = Vocabulary.POSITIVE;
    public static final int STRONG_POSITIVE = Vocabulary.STRONG_POSITIVE;
    public static final int WEAK_NEGATIVE = Vocabulary.WEAK_NEGATIVE;

    /** Distinct strings a shared cache holds before it starts afresh (a few MB; the strings are short). */
    private static final int MAX_CACHED = 1 << 16;

    private final Map<String, Integer> cache;

    /** A cache of its own, for one extraction. */
    public ClassNames() {
        this(new HashMap<>());
    }

    private ClassNames(Map<String, Integer> cache) {
        this.cache = cache;
    }

    /** Class names backed by a cache that threads share (for one extractor instance and its pages). */
    public static ClassNames shared() {
        return new ClassNames(new ConcurrentHashMap<>());
    }

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
            if (cache.size() >= MAX_CACHED) cache.clear(); // bounded: a long run over many sites starts afresh
            cache.put(s, f);
        }
        return f;
    }

    /** True if the element carries every flag in {@code mask}. */
    public boolean is(Element e, int mask) {
        return (flags(e) & mask) == mask;
    }
}
