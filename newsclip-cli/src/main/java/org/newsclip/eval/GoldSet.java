package org.newsclip.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A gold set folder ({@code cases.jsonl} + {@code html/}), in the format of {@code datasets/README.md}. */
public record GoldSet(String name, Path dir, List<GoldCase> cases) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public GoldSet {
        cases = List.copyOf(cases);
    }

    /** Whether a folder looks like a gold set. */
    public static boolean isSet(Path dir) {
        return Files.isRegularFile(dir.resolve("cases.jsonl"));
    }

    /** Loads a set folder; its name is the folder's name. */
    public static GoldSet load(Path dir) throws IOException {
        return new GoldSet(dir.toAbsolutePath().normalize().getFileName().toString(), dir,
                readCases(dir.resolve("cases.jsonl")));
    }

    /** Reads a {@code cases.jsonl} file. */
    public static List<GoldCase> readCases(Path file) throws IOException {
        List<GoldCase> cases = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) cases.add(parse(MAPPER.readTree(line)));
            }
        }
        return cases;
    }

    private static GoldCase parse(JsonNode c) {
        JsonNode truth = c.get("truth");
        if (truth == null || !truth.isObject()) truth = JsonNodeFactory.instance.objectNode();
        JsonNode type = c.path("extra").get("page_type");
        return new GoldCase(c.path("id").asText(), textOrNull(c.get("url")), textOrNull(c.get("html")), truth,
                type == null || type.isNull() ? null : type.asText());
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** The bytes of a case's page. */
    public byte[] bytes(GoldCase c) {
        try {
            return Files.readAllBytes(dir.resolve(c.html()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
