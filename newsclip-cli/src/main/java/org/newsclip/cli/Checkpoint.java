package org.newsclip.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the committed output parts of a run cover its inputs, saved next to the output as
 * {@code <output>.checkpoint.json} each time a part is committed.
 *
 * <p>Items are written in input order, so one cursor says it all: every item of the inputs before {@code input},
 * and the first {@code index} items of input {@code input}, are in the {@code parts} committed part files (or were
 * counted, in {@code tally}, as rejected, failed, skipped or damaged). The file is written to a temporary name and
 * moved over the old one atomically, so a crash leaves either the old checkpoint or the new one.
 *
 * @param inputs   the names of the run's inputs, in order (a resumed run must have the same)
 * @param parts    committed part files
 * @param input    the cursor's input
 * @param index    the cursor's item index in that input
 * @param complete whether the run finished
 * @param tally    the counts up to the cursor ({@link Tally#toMap()})
 */
record Checkpoint(List<String> inputs, int parts, int input, long index, boolean complete,
                  Map<String, Object> tally) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The checkpoint file of an output. */
    static Path pathFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".checkpoint.json");
    }

    void save(Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 1);
        m.put("complete", complete);
        m.put("parts", parts);
        m.put("cursor", Map.of("input", input, "index", index));
        m.put("tally", tally);
        m.put("inputs", inputs);
        writeAtomically(file, JSON.writeValueAsBytes(m));
    }

    @SuppressWarnings("unchecked")
    static Checkpoint load(Path file) throws IOException {
        Map<String, Object> m = JSON.readValue(file.toFile(), Map.class);
        Map<String, Object> cursor = (Map<String, Object>) m.get("cursor");
        return new Checkpoint((List<String>) m.get("inputs"), ((Number) m.get("parts")).intValue(),
                ((Number) cursor.get("input")).intValue(), ((Number) cursor.get("index")).longValue(),
                Boolean.TRUE.equals(m.get("complete")), (Map<String, Object>) m.get("tally"));
    }

    /** Writes a file whole or not at all: to a temporary sibling first, then an atomic move over the target. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
