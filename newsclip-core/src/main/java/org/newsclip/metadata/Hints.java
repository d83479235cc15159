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
    /** The indices of the tokens by their first (ASCII) character; tokens that start otherwise in {@link #others}. */
    private final int[][] byFirst = new int[128][];
    private final int[] others;
    private final int shortest;

    private Hints(String... raw) {
        tokens = new String[raw.length];
        starts = new boolean[raw.length];
        ends = new boolean[raw.length];
        int[] other = new int[raw.length];
        int nOther = 0;
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < raw.length; i++) {
            starts[i] = raw[i].startsWith("^");
            ends[i] = raw[i].endsWith("$");
            tokens[i] = raw[i].substring(starts[i] ? 1 : 0, raw[i].length() - (ends[i] ? 1 : 0));
            if (tokens[i].isEmpty()) throw new IllegalArgumentException("empty token");
            min = Math.min(min, tokens[i].length());
            char c = tokens[i].charAt(0);
            if (c < 128) {
                int[] list = byFirst[c] == null ? new int[0] : byFirst[c];
                list = java.util.Arrays.copyOf(list, list.length + 1);
                list[list.length - 1] = i;
                byFirst[c] = list;
            } else {
                other[nOther++] = i;
            }
        }
        others = java.util.Arrays.copyOf(other, nOther);
        shortest = raw.length == 0 ? Integer.MAX_VALUE : min;
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
        int n = lower.length();
        if (n < shortest) return false;
        // one pass over the string, trying only the tokens that start with the character there: far cheaper than
        // one search per token, as few tokens share a first character
        for (int i = 0, last = n - shortest; i <= last; i++) {
            char c = lower.charAt(i);
            int[] ks = c < 128 ? byFirst[c] : null;
            if (ks == null) continue;
            for (int k : ks) {
                if (lower.startsWith(tokens[k], i) && matchAt(lower, i, k)) return true;
            }
        }
        for (int k : others) if (holds(lower, tokens[k], starts[k], ends[k])) return true;
        return false;
    }

    /** Whether the token {@code k}, found at {@code i}, counts there: its word edges, and no taxonomy class. */
    private boolean matchAt(String s, int i, int k) {
        boolean okStart = !starts[k] || i == 0 || !Character.isLetter(s.charAt(i - 1));
        int j = i + tokens[k].length();
        boolean okEnd = !ends[k] || j == s.length() || !Character.isLetter(s.charAt(j));
        return okStart && okEnd && !taxonomy(s, i);
    }

    /** True when the element's class or id holds one of the tokens. */
    boolean on(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) return false;
        return in(PageIndex.lower(c, id));
    }

    /** The elements of the document whose class or id holds one of the tokens, in document order, at most max. */
    List<Element> select(PageIndex index, int max) {
        List<Element> out = new ArrayList<>();
        List<Element> hinted = index.hinted();
        for (int i = 0; i < hinted.size(); i++) {
            if (in(index.hint(i))) {
                out.add(hinted.get(i));
                if (out.size() >= max) break;
            }
        }
        return out;
    }

    /**
     * True when the match at {@code i} lies in a taxonomy class ("tag-social-media", "category-kommentar"): WordPress
     * and other CMSs write the post's tags and categories into its classes, which name topics, not regions.
     */
    private static boolean taxonomy(String s, int i) {
        int w = s.lastIndexOf(' ', i) + 1;
        return s.startsWith("tag-", w) || s.startsWith("category-", w);
    }

    private static boolean holds(String s, String t, boolean start, boolean end) {
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
            boolean okStart = !start || i == 0 || !Character.isLetter(s.charAt(i - 1));
            int j = i + t.length();
            boolean okEnd = !end || j == s.length() || !Character.isLetter(s.charAt(j));
            if (okStart && okEnd && !taxonomy(s, i)) return true;
        }
        return false;
    }
}
