package org.newsclip.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsclip.Version;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of an {@code extract} run: the accounting of every record (see {@link Tally#toMap()}), the
 * damaged regions, the output files, and how the run went. Written atomically.
 */
final class RunReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunReport() {
    }

    /** The default report file of an output: {@code <output>.report.json}. */
    static Path pathFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".report.json");
    }

    /**
     * @param run facts about the run (threads, timing…), written first
     */
    static void write(Path file, Map<String, Object> run, Tally tally, List<Path> outputs) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("newsclip_version", Version.VERSION);
        m.putAll(run);
        m.putAll(tally.toMap());
        m.put("output_files", outputs.stream().map(Path::toString).toList());
        Checkpoint.writeAtomically(file, JSON.writeValueAsBytes(m));
    }
}
