package org.newsclip.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes score.py's prediction JSONL, and writes evaluation figures as JSON. */
public final class PredictionsFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private PredictionsFile() {
    }

    /** Writes one prediction a line. */
    public static void write(Path file, Map<String, Prediction> predictions) throws IOException {
        var compact = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Prediction p : predictions.values()) {
                w.write(compact.writeValueAsString(p));
                w.newLine();
            }
        }
    }

    /** Reads a predictions file, by id (a later line with the same id wins, as in score.py). */
    public static Map<String, Prediction> read(Path file) throws IOException {
        Map<String, Prediction> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                Prediction p = MAPPER.readValue(line, Prediction.class);
                out.put(p.id(), p);
            }
        }
        return out;
    }

    /** Writes figures (set name → figures) as pretty JSON. */
    public static void writeFigures(Path file, Map<String, Scores.Set> figures) throws IOException {
        MAPPER.writeValue(file.toFile(), figures);
    }
}
