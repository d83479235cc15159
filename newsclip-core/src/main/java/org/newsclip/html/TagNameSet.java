package org.newsclip.html;

import java.util.Set;

/**
 * A fixed set of tag names that turns most other names away on their length and first character, before a hash
 * look-up: the cleaning walk and the renderers ask such a set about every element, and nearly every element
 * ({@code div}, {@code span}, {@code p}, {@code a}) is in none of them. Exact: a name whose (first character,
 * length) no member shares cannot be a member. Immutable and thread-safe.
 */
public final class TagNameSet {
    private final Set<String> names;
    /** Per ASCII first character: bit {@code n} set where a member of length {@code n} (63 for longer) starts so. */
    private final long[] shapes = new long[128];

    private TagNameSet(Set<String> names) {
        this.names = Set.copyOf(names);
        for (String s : this.names) {
            if (!s.isEmpty() && s.charAt(0) < 128) shapes[s.charAt(0)] |= bit(s.length());
        }
    }

    /** The set of the given names (copied). */
    public static TagNameSet of(Set<String> names) {
        return new TagNameSet(names);
    }

    /** {@code names.contains(name)} for the names this set was made of. */
    public boolean contains(String name) {
        int n = name.length();
        if (n > 0) {
            char c = name.charAt(0);
            if (c < 128 && (shapes[c] & bit(n)) == 0) return false;
        }
        return names.contains(name);
    }

    private static long bit(int length) {
        return 1L << Math.min(length, 63);
    }
}
