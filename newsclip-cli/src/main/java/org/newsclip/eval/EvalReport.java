package org.newsclip.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Renders evaluation figures as a plain-text table: one row per set, then one per page type where known. */
public final class EvalReport {
    private record Column(String name, Function<Scores.Set, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("pages", s -> Integer.toString(s.pages())),
            new Column("F1", s -> s.body() == null ? null : f3(s.body().f1())),
            new Column("P", s -> s.body() == null ? null : f3(s.body().precision())),
            new Column("R", s -> s.body() == null ? null : f3(s.body().recall())),
            new Column("pF1", s -> s.body() == null ? null : f3(s.body().pF1())),
            new Column("snipF1", s -> s.snippets() == null ? null : f3(s.snippets().f1())),
            new Column("snipP", s -> s.snippets() == null ? null : f3(s.snippets().precision())),
            new Column("snipR", s -> s.snippets() == null ? null : f3(s.snippets().recall())),
            new Column("title", s -> acc(s.title())),
            new Column("authors", s -> acc(s.authors())),
            new Column("date", s -> acc(s.date())),
            new Column("lang", s -> acc(s.lang())),
            new Column("site", s -> acc(s.siteName())),
            new Column("descr", s -> acc(s.description())),
            new Column("empty", s -> Integer.toString(s.empty())),
            new Column("err", s -> Integer.toString(s.errors() + s.missing())),
            new Column("med ms", s -> s.speed() == null ? null : f1(s.speed().medianMs())),
            new Column("pages/s", s -> s.speed() == null ? null : f1(s.speed().pagesPerSecond())),
            new Column("jsoup/s", s -> s.speed() == null || s.speed().jsoupPagesPerSecond() == null ? null
                    : f1(s.speed().jsoupPagesPerSecond())));

    private EvalReport() {
    }

    /** The table for the given sets (name → figures), columns without any figure left out. */
    public static String table(Map<String, Scores.Set> sets) {
        List<String> names = new ArrayList<>();
        List<Scores.Set> rows = new ArrayList<>();
        sets.forEach((name, s) -> {
            names.add(name);
            rows.add(s);
            if (s.pageTypes() != null) {
                s.pageTypes().forEach((type, t) -> {
                    names.add("  " + type);
                    rows.add(t.withSpeed(null));
                });
            }
        });
        List<Column> cols = COLUMNS.stream()
                .filter(c -> rows.stream().anyMatch(r -> c.value().apply(r) != null)).toList();
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("set"));
        cols.forEach(c -> header.add(c.name()));
        cells.add(header);
        for (int i = 0; i < rows.size(); i++) {
            List<String> line = new ArrayList<>(List.of(names.get(i)));
            for (Column c : cols) {
                String v = c.value().apply(rows.get(i));
                line.add(v == null ? "-" : v);
            }
            cells.add(line);
        }
        return align(cells);
    }

    private static String align(List<List<String>> cells) {
        int[] widths = new int[cells.get(0).size()];
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                String pad = " ".repeat(widths[i] - v.length());
                sb.append(i == 0 ? v + pad : "  " + pad + v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String acc(Scores.Accuracy a) {
        return a == null ? null : f3(a.accuracy());
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
