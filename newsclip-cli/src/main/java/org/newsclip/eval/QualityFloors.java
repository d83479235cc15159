package org.newsclip.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pinned minimum figures per set (the committed {@code quality/floors.json}): a figure more than
 * {@code tolerance} below its floor is a regression. The file reads
 * {@code {"tolerance": 0.005, "sets": {"wcxb-dev": {"body_f1": 0.71, "snippet_f1": 0.8, "title": 0.9, ...}}}};
 * the figure names are {@link #FIGURES}.
 */
public record QualityFloors(double tolerance, Map<String, Map<String, Double>> sets) {
    /** The figures a floor may pin. */
    public static final List<String> FIGURES = List.of("body_f1", "snippet_f1", "title", "authors", "date",
            "lang", "site_name", "description");

    /** Reads a floors file. */
    public static QualityFloors read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Map<String, Double>> sets = new LinkedHashMap<>();
        root.path("sets").fields().forEachRemaining(e -> {
            Map<String, Double> floors = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(f -> {
                if (!FIGURES.contains(f.getKey())) {
                    throw new IllegalArgumentException(file + ": unknown figure " + f.getKey() + " in " + e.getKey());
                }
                floors.put(f.getKey(), f.getValue().asDouble());
            });
            sets.put(e.getKey(), floors);
        });
        return new QualityFloors(root.path("tolerance").asDouble(0.005), sets);
    }

    /** A figure of a set's scores by its floor name, or null when the set has no such figure. */
    public static Double figure(Scores.Set s, String name) {
        return switch (name) {
            case "body_f1" -> s.body() == null ? null : s.body().f1();
            case "snippet_f1" -> s.snippets() == null ? null : s.snippets().f1();
            case "title" -> acc(s.title());
            case "authors" -> acc(s.authors());
            case "date" -> acc(s.date());
            case "lang" -> acc(s.lang());
            case "site_name" -> acc(s.siteName());
            case "description" -> acc(s.description());
            default -> throw new IllegalArgumentException("unknown figure " + name);
        };
    }

    private static Double acc(Scores.Accuracy a) {
        return a == null ? null : a.accuracy();
    }

    /** One message per figure of {@code set} below its floor by more than the tolerance (or missing). */
    public List<String> regressions(String set, Scores.Set scores) {
        List<String> out = new ArrayList<>();
        Map<String, Double> floors = sets.getOrDefault(set, Map.of());
        floors.forEach((name, floor) -> {
            Double v = figure(scores, name);
            if (v == null) {
                out.add(String.format(Locale.ROOT, "%s %s: no figure (floor %.3f)", set, name, floor));
            } else if (v < floor - tolerance) {
                out.add(String.format(Locale.ROOT, "%s %s: %.4f is below its floor %.3f (by %.4f)", set, name, v,
                        floor, floor - v));
            }
        });
        return out;
    }
}
