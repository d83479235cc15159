package org.newsclip.metadata;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of class/id tokens tested with plain substring search: far cheaper than a case-insensitive regex run on
 * every element of a page. A token written {@code ^nav} must start a word; {@code by$} must end one too.
 */
final class Hints {
    private final String[] tokens;
    private final boolean[] starts;
    private final boolean[] ends;
    /** The {@link #mask} of each token: the letters (and hyphen) a string must hold to hold the token. */
    private final int[] masks;

    private Hints(String... raw) {
        for (String r : raw) {
            if (r.replace("^", "").replace("$", "").isEmpty()) throw new IllegalArgumentException("empty token");
        }
        tokens = new String[raw.length];
        starts = new boolean[raw.length];
        ends = new boolean[raw.length];
        masks = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            starts[i] = raw[i].startsWith("^");
            ends[i] = raw[i].endsWith("$");
            tokens[i] = raw[i].substring(starts[i] ? 1 : 0, raw[i].length() - (ends[i] ? 1 : 0));
            masks[i] = mask(tokens[i]);
        }
    }

    /**
     * The set of the lower-case ASCII letters and the hyphen that occur in the string, as bits (a = bit 0, ...,
     * z = bit 25, hyphen = bit 26); other characters add none.
     */
    static int mask(String s) {
        int m = 0;
        for (int i = 0; i < s.length(); i++) m |= bit(s.charAt(i));
        return m;
    }

    /** The {@link #mask} bit of one character, 0 for the characters it ignores. */
    static int bit(char c) {
        if (c >= 'a' && c <= 'z') return 1 << (c - 'a');
        return c == '-' ? 1 << 26 : 0;
    }

    /** The tokens as written ({@code ^nav}, {@code bio$}). */
    List<String> written() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) out.add((starts[i] ? "^" : "") + tokens[i] + (ends[i] ? "$" : ""));
        return out;
    }

    static Hints of(String... tokens) {
        return new Hints(tokens);
    }

    /** True when the lower-case hint string holds one of the tokens. */
    boolean in(String lower) {
        return in(lower, mask(lower));
    }

    /**
     * As {@link #in(String)}, given the string's {@link #mask}: a token whose letters the string lacks cannot occur
     * in it, so only the others are searched for (most strings lack a letter of most tokens). The string itself is
     * read only then: the masks lie in one array, the strings all over the heap. (No token is empty, so an empty
     * string holds none.)
     */
    boolean in(String lower, int mask) {
        // a string that lacks a letter of "tag-" holds no taxonomy class ("category-" and "post_tag-" hold them too)
        boolean taxonomies = (TAXONOMY & ~mask) == 0;
        for (int i = 0; i < tokens.length; i++) {
            if ((masks[i] & ~mask) == 0 && holds(lower, tokens[i], starts[i], ends[i], taxonomies)) return true;
        }
        return false;
    }

    /**
     * As {@link #in(String, int)} for the hint string of the index's {@code i}th hinted element, read only where a
     * token's letters are all in its mask, and then as its lower-cased class and id apart: no token holds a space,
     * and the end of a part stands where the joining space stood, which is no letter either (nor does it change
     * how the parts lower-case), so each token is found in one part exactly where it is found in the joined string.
     */
    boolean in(PageIndex index, int i) {
        int mask = index.mask(i);
        return mayHold(mask) && inParts(index.lowerClass(i), index.lowerId(i), mask);
    }

    /** Whether the letters of one of the tokens are all in {@code mask}. */
    private boolean mayHold(int mask) {
        for (int m : masks) {
            if ((m & ~mask) == 0) return true;
        }
        return false;
    }

    /**
     * Whether the lower-cased class {@code c} or id {@code id}, whose letters make {@code mask}, holds a token: each
     * part apart, as the joined "class id" string would answer (no token holds a space).
     */
    private boolean inParts(String c, String id, int mask) {
        boolean taxonomies = (TAXONOMY & ~mask) == 0;
        for (int k = 0; k < tokens.length; k++) {
            if ((masks[k] & ~mask) == 0 && (holds(c, tokens[k], starts[k], ends[k], taxonomies)
                    || holds(id, tokens[k], starts[k], ends[k], taxonomies))) return true;
        }
        return false;
    }

    /** The {@link #mask} that every taxonomy class (see {@link #taxonomy}) holds. */
    private static final int TAXONOMY = mask("tag-");

    /** True when the element's class or id holds one of the tokens. */
    boolean on(Element e) {
        if (e.attributesSize() == 0) return false; // most ancestors of a text: no class, no id
        // className() and id() by their exact keys (see PageIndex.attr)
        org.jsoup.nodes.Attributes attrs = e.attributes();
        String c = attrs.get("class").trim();
        String id = attrs.get("id");
        if (c.isEmpty() && id.isEmpty()) return false;
        // the parts apart, as in(PageIndex, int) reads them: no joined copy
        String lc = c.toLowerCase(java.util.Locale.ROOT);
        String lid = id.toLowerCase(java.util.Locale.ROOT);
        return inParts(lc, lid, mask(lc) | mask(lid));
    }

    /**
     * The elements of the document whose class or id holds one of the tokens, in document order, at most max. The
     * list is filled as it is read: most callers stop at one of its first elements, and the rest of the page is
     * then never tested. Not to be modified.
     */
    List<Element> select(PageIndex index, int max) {
        return new Selection(index, max);
    }

    /** {@link #select}'s list: the hinted elements are tested as far as iteration, get or size asks. */
    private final class Selection extends java.util.AbstractList<Element> {
        private final PageIndex index;
        private final int max;
        private final List<Element> found = new ArrayList<>();
        /** The next hinted element to test. */
        private int next;

        Selection(PageIndex index, int max) {
            this.index = index;
            this.max = max;
        }

        /** Tests hinted elements until more than {@code want} are found or none is left; true when they are. */
        private boolean fill(int want) {
            List<Element> hinted = index.hinted();
            while (found.size() <= want && found.size() < max && next < hinted.size()) {
                int i = next++;
                if (in(index, i)) found.add(hinted.get(i));
            }
            return found.size() > want;
        }

        @Override
        public Element get(int i) {
            if (i < 0 || !fill(i)) throw new IndexOutOfBoundsException(i);
            return found.get(i);
        }

        @Override
        public int size() {
            fill(Integer.MAX_VALUE - 1);
            return found.size();
        }

        @Override
        public java.util.Iterator<Element> iterator() {
            return new java.util.Iterator<>() {
                private int at;

                @Override
                public boolean hasNext() {
                    return fill(at);
                }

                @Override
                public Element next() {
                    if (!hasNext()) throw new java.util.NoSuchElementException();
                    return found.get(at++);
                }
            };
        }
    }

    /**
     * True when the match at {@code i} lies in a taxonomy class ("tag-social-media", "category-kommentar",
     * "post_tag-kommentar" in older themes): WordPress
     * and other CMSs write the post's tags and categories into its classes, which name topics, not regions.
     */
    private static boolean taxonomy(String s, int i) {
        int w = s.lastIndexOf(' ', i) + 1;
        return s.startsWith("tag-", w) || s.startsWith("category-", w) || s.startsWith("post_tag-", w);
    }

    private static boolean holds(String s, String t, boolean start, boolean end, boolean taxonomies) {
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
            boolean okStart = !start || i == 0 || !Character.isLetter(s.charAt(i - 1));
            int j = i + t.length();
            boolean okEnd = !end || j == s.length() || !Character.isLetter(s.charAt(j));
            if (!okStart || !okEnd) continue;
            if (!taxonomies || !taxonomy(s, i)) return true;
            // a later match inside this taxonomy class is in it too (no token holds a space): go on after the class
            i = s.indexOf(' ', i);
            if (i < 0) return false;
        }
        return false;
    }
}
