package org.newsclip.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Scores predictions against a set's truths with exactly the rules of {@code datasets/README.md} (a port of
 * {@code score.py}), plus {@code lang}, {@code site_name} and {@code description} accuracy. Stateless.
 */
public final class Scorer {
    static final int SHINGLE = 4;

    /** Scores predictions (by id; a missing id counts as an empty output) over the given cases. */
    public Scores.Set score(List<GoldCase> cases, Map<String, Prediction> predictions) {
        int missing = 0;
        int errors = 0;
        int empty = 0;
        for (GoldCase c : cases) {
            Prediction p = predictions.get(c.id());
            if (p == null) missing++;
            else if (p.error() != null && !p.error().isEmpty()) errors++;
            if (p == null || TextRules.tokens(p.body()).isEmpty()) empty++;
        }
        return new Scores.Set(cases.size(), missing, errors, empty, body(cases, predictions),
                snippets(cases, predictions),
                accuracy(cases, predictions, "title", Prediction::title, Scorer::sameText),
                authors(cases, predictions),
                accuracy(cases, predictions, "date", Prediction::date, Scorer::sameDay),
                accuracy(cases, predictions, "lang", Prediction::lang, Scorer::sameLanguage),
                accuracy(cases, predictions, "site_name", Prediction::siteName, Scorer::sameText),
                accuracy(cases, predictions, "description", Prediction::description, Scorer::sameText),
                speed(cases, predictions), null);
    }

    /** Shingle P/R/F1 with per-page normalisation, token accuracy and the mean per-page F1. */
    static Scores.Body body(List<GoldCase> cases, Map<String, Prediction> predictions) {
        List<double[]> counts = new ArrayList<>();
        int exact = 0;
        for (GoldCase c : cases) {
            if (!c.has("body")) continue;
            String truth = c.text("body");
            String pred = bodyOf(predictions.get(c.id()));
            counts.add(pageCounts(truth, pred));
            if (TextRules.tokens(truth).equals(TextRules.tokens(pred))) exact++;
        }
        if (counts.isEmpty()) return null;
        double pSum = 0;
        double rSum = 0;
        double f1Sum = 0;
        int pN = 0;
        int rN = 0;
        for (double[] c : counts) {
            if (c[0] + c[1] > 0) { pSum += pagePrecision(c); pN++; }
            if (c[0] + c[2] > 0) { rSum += pageRecall(c); rN++; }
            f1Sum += c[0] + c[1] + c[2] == 0 ? 1.0 : 2 * c[0] / (2 * c[0] + c[1] + c[2]);
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Scores.Body(f1, p, r, (double) exact / counts.size(), f1Sum / counts.size(), counts.size());
    }

    /** Normalised {tp, fp, fn} of one page. */
    static double[] pageCounts(String truth, String pred) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(pred);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        if (total == 0) return new double[]{0, 0, 0};
        return new double[]{tp / total, fp / total, fn / total};
    }

    /** The multiset of 4-token shingles (a text of 1–3 tokens is one shingle), keyed by space-joined tokens. */
    static Map<String, Integer> shingles(String text) {
        List<String> toks = TextRules.tokens(text);
        Map<String, Integer> out = new HashMap<>();
        if (toks.isEmpty()) return out;
        if (toks.size() < SHINGLE) {
            out.put(String.join(" ", toks), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= toks.size(); i++) {
            out.merge(String.join(" ", toks.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }

    private static double pagePrecision(double[] c) {
        if (c[1] == 0 && c[2] == 0) return 1.0;
        return c[0] + c[1] > 0 ? c[0] / (c[0] + c[1]) : 0.0;
    }

    private static double pageRecall(double[] c) {
        if (c[1] == 0 && c[2] == 0) return 1.0;
        return c[0] + c[2] > 0 ? c[0] / (c[0] + c[2]) : 0.0;
    }

    /** Pooled snippet scores over the pages with {@code with} or {@code without} snippets. */
    static Scores.Snippets snippets(List<GoldCase> cases, Map<String, Prediction> predictions) {
        int pages = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (GoldCase c : cases) {
            List<String> withs = strings(c, "with");
            List<String> withouts = strings(c, "without");
            if (withs.isEmpty() && withouts.isEmpty()) continue;
            pages++;
            String body = TextRules.wsNorm(bodyOf(predictions.get(c.id())));
            for (String s : withs) { if (body.contains(TextRules.wsNorm(s))) tp++; else fn++; }
            for (String s : withouts) { if (body.contains(TextRules.wsNorm(s))) fp++; else tn++; }
        }
        if (pages == 0) return null;
        int total = tp + fp + fn + tn;
        return new Scores.Snippets(ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn),
                ratio(tp + tn, total), pages, tp, fp, fn, tn);
    }

    private static List<String> strings(GoldCase c, String key) {
        List<String> out = new ArrayList<>();
        var node = c.truth().get(key);
        if (node != null && node.isArray()) node.forEach(n -> out.add(TextRules.asPythonStr(n)));
        return out;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static Scores.Accuracy authors(List<GoldCase> cases, Map<String, Prediction> predictions) {
        int hits = 0;
        int pages = 0;
        for (GoldCase c : cases) {
            if (!c.has("authors")) continue;
            var truth = TextRules.authorSet(c.truth().get("authors"));
            if (truth.isEmpty()) continue;
            Prediction p = predictions.get(c.id());
            pages++;
            if (truth.equals(TextRules.authorSet(p == null ? null : p.authors()))) hits++;
        }
        return pages == 0 ? null : new Scores.Accuracy((double) hits / pages, pages);
    }

    /** Accuracy of a string field; {@code match} returns null where the truth is empty after normalisation. */
    private static Scores.Accuracy accuracy(List<GoldCase> cases, Map<String, Prediction> predictions, String key,
                                            Function<Prediction, String> field,
                                            BiFunction<String, String, Boolean> match) {
        int hits = 0;
        int pages = 0;
        for (GoldCase c : cases) {
            if (!c.has(key)) continue;
            Prediction p = predictions.get(c.id());
            Boolean hit = match.apply(c.text(key), p == null ? null : field.apply(p));
            if (hit == null) continue;
            pages++;
            if (hit) hits++;
        }
        return pages == 0 ? null : new Scores.Accuracy((double) hits / pages, pages);
    }

    static Boolean sameText(String truth, String pred) {
        String t = TextRules.normText(truth);
        return t.isEmpty() ? null : t.equals(TextRules.normText(pred));
    }

    static Boolean sameDay(String truth, String pred) {
        String t = TextRules.normDate(truth);
        return t.isEmpty() ? null : t.equals(TextRules.normDate(pred));
    }

    static Boolean sameLanguage(String truth, String pred) {
        String t = TextRules.primaryLanguage(truth);
        return t.isEmpty() ? null : t.equals(TextRules.primaryLanguage(pred));
    }

    /** Speed from the predictions' {@code ms}, as score.py computes it; null when no page has a time. */
    static Scores.Speed speed(List<GoldCase> cases, Map<String, Prediction> predictions) {
        List<Double> ms = new ArrayList<>();
        for (GoldCase c : cases) {
            Prediction p = predictions.get(c.id());
            if (p != null && p.ms() != null) ms.add(p.ms());
        }
        if (ms.isEmpty()) return null;
        double total = 0;
        for (double m : ms) total += m;
        List<Double> sorted = ms.stream().sorted().toList();
        int p90 = Math.min(sorted.size() - 1, (int) Math.ceil(0.9 * sorted.size()) - 1);
        return new Scores.Speed(median(sorted), total / ms.size(), total, sorted.get(Math.max(0, p90)),
                total == 0 ? Double.POSITIVE_INFINITY : 1000.0 * ms.size() / total, null, null);
    }

    /** The median of sorted values. */
    static double median(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Scores per {@code extra.page_type}, in order of first appearance; empty when no case carries one. */
    public Map<String, Scores.Set> byPageType(List<GoldCase> cases, Map<String, Prediction> predictions) {
        Map<String, List<GoldCase>> groups = new LinkedHashMap<>();
        for (GoldCase c : cases) {
            if (c.pageType() != null) groups.computeIfAbsent(c.pageType(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Scores.Set> out = new LinkedHashMap<>();
        groups.forEach((type, group) -> out.put(type, score(group, predictions)));
        return out;
    }

    private static String bodyOf(Prediction p) {
        return p == null ? "" : Objects.requireNonNullElse(p.body(), "");
    }
}
