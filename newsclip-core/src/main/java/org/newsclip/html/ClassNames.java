package org.newsclip.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;


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

    /**
     * The cache: class/id strings and their flags in an open-addressing table (linear probing, at most half
     * full), without a boxed Integer per string as a HashMap would hold. Sized for most pages (a news page has a
     * median of about two hundred distinct class and id strings), so that it rarely grows: each growth reads every
     * string again.
     */
    private String[] keys = new String[512];
    private int[] values = new int[512];
    private int size;
    /** Whether the page stores attribute names in lower case; null until the first element is seen. */
    private Boolean lowerKeys;

    /** The flags of an element (0 when it has neither class nor id). */
    public int flags(Element e) {
        if (e.attributesSize() == 0) return 0;
        if (lowerKeys == null) lowerKeys = lowerCaseKeys(e);
        return flags(e.attributes(), lowerKeys);
    }

    /** The flags of an element's attributes (see {@link #attr} for {@code lowerKeys}). */
    int flags(Attributes a, boolean lowerKeys) {
        return flags(attr(a, "class", lowerKeys), attr(a, "id", lowerKeys));
    }

    /** The flags of an element with this class and id ("" for none). */
    int flags(String cls, String id) {
        int f = lookup(cls) | lookup(id);
        return (f & Vocabulary.LAYOUT) != 0 ? f & ~STRONG_BOILERPLATE : f;
    }

    /**
     * The value of attribute {@code key} (a lower-case name), as {@code Element.attr} gives it. That method compares
     * names ignoring case; jsoup's HTML parser stores them in lower case, so where the document was parsed that way
     * ({@code lowerKeys}) an exact comparison finds the same attribute at less cost.
     */
    static String attr(Attributes a, String key, boolean lowerKeys) {
        return lowerKeys ? a.get(key) : a.getIgnoreCase(key);
    }

    /** True if {@code key} (a lower-case name) is set; see {@link #attr}. */
    static boolean hasAttr(Attributes a, String key, boolean lowerKeys) {
        return lowerKeys ? a.hasKey(key) : a.hasKeyIgnoreCase(key);
    }

    /**
     * True if the attribute names of {@code e}'s document are in lower case: it was parsed with jsoup's HTML
     * settings (the default), which also apply to attributes set later through {@code Element.attr}.
     */
    static boolean lowerCaseKeys(Element e) {
        Document d = e.ownerDocument();
        return d != null && !d.parser().settings().preserveAttributeCase();
    }

    private int lookup(String s) {
        if (s.isEmpty()) return 0;
        int mask = keys.length - 1;
        int i = spread(s.hashCode()) & mask;
        for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k.equals(s)) return values[i];
        }
        int f = Vocabulary.classify(s);
        keys[i] = s;
        values[i] = f;
        if (++size * 2 > keys.length) grow();
        return f;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = spread(oldKeys[j].hashCode()) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }

    /** True if the element carries every flag in {@code mask}. */
    public boolean is(Element e, int mask) {
        return (flags(e) & mask) == mask;
    }
}
