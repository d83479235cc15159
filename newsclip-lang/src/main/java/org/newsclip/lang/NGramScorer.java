package org.newsclip.lang;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * OpenNLP's {@code LanguageDetectorME.predictLanguages} for the default factory's features (character 1- to
 * 3-grams of the normalized, lower-cased text), with the same probabilities to the last bit and without its
 * objects per n-gram: OpenNLP wraps each n-gram in a {@code CharBuffer}, counts them in two hash maps, turns them
 * into strings and looks each up by string. The normalizers' regex passes that cannot match are skipped
 * ({@link GuardedNormalizer}). Here an n-gram is a {@code long} (up to three chars and the length).
 *
 * <p>The model adds the n-grams' weights in the order OpenNLP hands them over, and floating-point addition is
 * order-sensitive, so that order is reproduced: the distinct n-grams in the order of a {@code HashMap} keyed by
 * {@code CharBuffer}, that is by bucket ({@code CharBuffer.hashCode} spread as {@code HashMap} does, over the
 * table size the map ends with), first-seen order within a bucket. That holds while no bucket grows to a tree
 * (nine entries), whose order is another; {@link #rank} answers null then, and the caller asks OpenNLP.
 * Immutable and thread-safe.
 */
final class NGramScorer {
    /** {@code HashMap}: a bucket that reaches this many entries becomes a tree (or makes a small table grow). */
    private static final int TREEIFY_AT = 9;
    private static final int MAX_GRAM = 3;

    private final MaxentModel model;
    private final int outcomes;
    private final double logPrior;
    /**
     * Open-addressing table: the packed n-gram at {@code [2 * slot]} (0 marks a free slot) and where its weights
     * lie at {@code [2 * slot + 1]}: the complement of its row in {@link #dense}, or its place in {@link #sparse}
     * (see {@link #sparsePlace}).
     */
    private final long[] table;
    /**
     * The weights of the n-grams that have one for many outcomes (the commonest letters and pairs: they carry nine
     * tenths of a text's additions), a row of {@link #outcomes} per n-gram with 0 where it has none. A row is added
     * in one loop over consecutive doubles, which the JIT compiles to vector adds, instead of one indexed add per
     * weight. Adding 0 changes nothing: a sum that starts at the log prior (not 0) is never -0, the one value that
     * adding +0 would change.
     */
    private final double[] dense;
    /**
     * The weights of the other n-grams, each n-gram's (outcome, weight) pairs one after the other, the outcome as
     * a double: one array read where OpenNLP's {@code Context} costs three (the object, its outcomes, its
     * weights), each most likely a cache miss in a model of some 140,000 n-grams.
     */
    private final double[] sparse;

    private NGramScorer(MaxentModel model, Context[] params, Map<String, Context> predicates) {
        this.model = model;
        this.outcomes = model.getNumOutcomes();
        // UniformPrior's log prior, as it computes it
        this.logPrior = StrictMath.log(1.0 / outcomes);
        Map<Context, Integer> index = new IdentityHashMap<>(params.length * 2);
        for (int i = 0; i < params.length; i++) index.put(params[i], i);
        int size = Integer.highestOneBit(Math.max(16, predicates.size() * 2)) * 2;
        long[] table = new long[2 * size];
        int rows = 0;
        int pairs = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            if (!isGram(e.getKey())) continue;
            int n = e.getValue().getOutcomes().length;
            if (isDense(n)) rows++;
            else pairs += n;
        }
        double[] dense = new double[rows * outcomes];
        double[] sparse = new double[2 * pairs];
        int row = 0;
        int at = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String p = e.getKey();
            Integer i = index.get(e.getValue());
            if (!isGram(p) || i == null) continue; // never an n-gram of the text
            long key = pack(p.toCharArray(), 0, p.length());
            int slot = slot(table, key);
            table[2 * slot] = key;
            int[] outs = e.getValue().getOutcomes();
            double[] ws = e.getValue().getParameters();
            if (isDense(outs.length)) {
                for (int k = 0; k < outs.length; k++) dense[row * outcomes + outs[k]] = ws[k];
                table[2 * slot + 1] = ~(long) row++;
            } else {
                table[2 * slot + 1] = sparsePlace(at, outs.length);
                for (int k = 0; k < outs.length; k++) {
                    sparse[at++] = outs[k];
                    sparse[at++] = ws[k];
                }
            }
        }
        this.table = table;
        this.dense = dense;
        this.sparse = sparse;
    }

    /**
     * Where an n-gram's pairs lie in {@link #sparse}: their offset above eight bits, their number (under half the
     * outcomes: fewer than 256) below.
     */
    private static long sparsePlace(int offset, int pairs) {
        return (long) offset << 8 | pairs;
    }

    /** Whether an n-gram with weights for {@code n} outcomes is kept as a {@link #dense} row: for half of them. */
    private boolean isDense(int n) {
        return 2 * n >= outcomes;
    }

    private static boolean isGram(String p) {
        return !p.isEmpty() && p.length() <= MAX_GRAM;
    }

    /**
     * A scorer for the model, or null where its model or features are not those this class reproduces (a maxent
     * model other than GIS, a factory other than OpenNLP's default).
     */
    @SuppressWarnings("unchecked")
    static NGramScorer of(LanguageDetectorModel model) {
        MaxentModel maxent = model.getMaxentModel();
        if (!(maxent instanceof GISModel) || model.getFactory().getClass() != LanguageDetectorFactory.class) {
            return null;
        }
        Object[] data = ((GISModel) maxent).getDataStructures();
        return new NGramScorer(maxent, (Context[]) data[0], (Map<String, Context>) data[1]);
    }

    /**
     * The languages ranked as {@code LanguageDetectorME.predictLanguages(text)} ranks them, with the same
     * confidences; null where OpenNLP's order of the n-grams cannot be reproduced (see the class comment).
     */
    Language[] rank(CharSequence text) {
        double[] eval = eval(text);
        if (eval == null) return null;
        Language[] ranked = new Language[eval.length];
        for (int i = 0; i < eval.length; i++) ranked[i] = new Language(model.getOutcome(i), eval[i]);
        Arrays.sort(ranked, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return ranked;
    }

    /** The model's probabilities per outcome, or null (see {@link #rank}). */
    double[] eval(CharSequence text) {
        char[] chars = lowerCase(GuardedNormalizer.normalize(text));
        if (chars == null) return null;
        Grams grams = Grams.of(chars);
        int[] order = grams.hashMapOrder();
        if (order == null) return null;
        double[] prior = new double[outcomes];
        Arrays.fill(prior, logPrior);
        // The n-grams are looked up first, all together, and their weights added after: lookups that do not wait
        // for the additions overlap their cache misses.
        long[] places = new long[order.length];
        int known = 0;
        for (int g : order) {
            int slot = slot(table, grams.keys[g]);
            if (table[2 * slot] != 0) places[known++] = table[2 * slot + 1];
        }
        // GISModel.eval: each known n-gram's weights added in OpenNLP's order (ArrayMath.sumFeatures: the weight
        // times the feature's value, 1, which changes no bit), then exponentiated and normalised as there
        for (int j = 0; j < known; j++) {
            long place = places[j];
            if (place < 0) {
                int from = (int) ~place * outcomes;
                for (int o = 0; o < outcomes; o++) prior[o] += dense[from + o];
            } else {
                int from = (int) (place >>> 8);
                int to = from + 2 * (int) (place & 0xFF);
                for (int k = from; k < to; k += 2) prior[(int) sparse[k]] += sparse[k + 1];
            }
        }
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            prior[o] = StrictMath.exp(prior[o]);
            normal += prior[o];
        }
        for (int o = 0; o < outcomes; o++) prior[o] /= normal;
        return prior;
    }

    /** The slot of a key in a {@link #table}: its own if present, else the free slot where it would go. */
    private static int slot(long[] table, long key) {
        int mask = table.length / 2 - 1;
        int i = mix(key) & mask;
        while (table[2 * i] != 0 && table[2 * i] != key) i = (i + 1) & mask;
        return i;
    }

    static int mix(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32));
    }

    /** Up to three chars and the length in one long, never 0. */
    static long pack(char[] s, int from, int length) {
        long k = length;
        for (int i = 0; i < MAX_GRAM; i++) k = k << 16 | (i < length ? s[from + i] : 0);
        return k;
    }

    /**
     * {@code StringUtil.toLowerCaseCharBuffer}: each code point lower-cased into a buffer of the input's length
     * (a shorter result leaves NULs at the end, as there); null where the result would not fit (OpenNLP throws).
     */
    static char[] lowerCase(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int lower = Character.toLowerCase(cp);
            if (n + Character.charCount(lower) > out.length) return null;
            n += Character.toChars(lower, out, n);
        }
        return out;
    }

    /** The distinct n-grams of a text, in the order OpenNLP generates them (by length, then by position). */
    static final class Grams {
        final long[] keys;
        /** {@code CharBuffer.hashCode()} of each n-gram, spread as {@code HashMap} spreads it. */
        final int[] hashes;
        final int size;

        private Grams(long[] keys, int[] hashes, int size) {
            this.keys = keys;
            this.hashes = hashes;
            this.size = size;
        }

        static Grams of(char[] s) {
            int max = 0;
            for (int len = 1; len <= MAX_GRAM; len++) max += Math.max(0, s.length - len + 1);
            long[] keys = new long[max];
            int[] hashes = new int[max];
            // more slots than n-grams, so a free one always ends a probe; the text's distinct n-grams are a fraction
            // of max (letters repeat), so the table stays sparse at half the size it had, and half the zeroing
            long[] seen = new long[Integer.highestOneBit(Math.max(8, max)) * 2];
            int mask = seen.length - 1;
            int n = 0;
            for (int len = 1; len <= MAX_GRAM; len++) {
                for (int i = 0; i + len <= s.length; i++) {
                    long key = pack(s, i, len);
                    int slot = mix(key) & mask;
                    while (seen[slot] != 0 && seen[slot] != key) slot = (slot + 1) & mask;
                    if (seen[slot] != 0) continue;
                    seen[slot] = key;
                    int h = 1; // CharBuffer.hashCode: from the last char to the first
                    for (int j = i + len - 1; j >= i; j--) h = 31 * h + s[j];
                    keys[n] = key;
                    hashes[n++] = h ^ (h >>> 16);
                }
            }
            return new Grams(keys, hashes, n);
        }

        /**
         * The n-grams' indices in the iteration order of OpenNLP's maps (see the class comment), or null where a
         * bucket of either map would have become a tree on the way.
         */
        int[] hashMapOrder() {
            int table = 16;
            while (size > table * 3 / 4) table *= 2; // HashMap grows past 3/4 full
            int[] first = new int[size];
            for (int i = 0; i < size; i++) first[i] = i;
            if (!treeFree(first, table)) return null;
            // stable counting sort by bucket
            int[] start = new int[table + 1];
            for (int i = 0; i < size; i++) start[(hashes[i] & (table - 1)) + 1]++;
            for (int b = 0; b < table; b++) start[b + 1] += start[b];
            int[] order = new int[size];
            for (int i = 0; i < size; i++) order[start[hashes[i] & (table - 1)]++] = i;
            // the second map is filled in the first one's order
            return treeFree(order, table) ? order : null;
        }

        /**
         * Whether entries put into a {@code HashMap} in this order keep every bucket under {@link #TREEIFY_AT}:
         * while the table has {@code c} buckets it holds the first {@code 3c/4 + 1} entries at most.
         */
        private boolean treeFree(int[] order, int table) {
            int[] count = new int[table];
            for (int c = 16; c <= table; c *= 2) {
                Arrays.fill(count, 0, c, 0);
                int upTo = Math.min(size, c * 3 / 4 + 1);
                for (int i = 0; i < upTo; i++) {
                    if (++count[hashes[order[i]] & (c - 1)] >= TREEIFY_AT) return false;
                }
            }
            return true;
        }
    }
}
