package org.newsclip.output;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats an {@link ArticleWriter} can write, and the file-name endings that choose them. */
public enum OutputFormat {
    JSONL(".jsonl"),
    JSONL_GZ(".jsonl.gz"),
    JSONL_ZST(".jsonl.zst"),
    PARQUET(".parquet");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The file-name ending, with its dot. */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for; {@code .json} and names without a known ending mean JSONL. */
    public static OutputFormat fromPath(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) return PARQUET;
        if (name.endsWith(".gz")) return JSONL_GZ;
        if (name.endsWith(".zst") || name.endsWith(".zstd")) return JSONL_ZST;
        return JSONL;
    }

    /** The format by name as a user types it: {@code jsonl}, {@code jsonl.gz}, {@code jsonl.zst}, {@code parquet}. */
    public static OutputFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        for (OutputFormat f : values()) if (f.extension.substring(1).equals(n)) return f;
        throw new IllegalArgumentException("unknown output format: " + name + " (jsonl, jsonl.gz, jsonl.zst, parquet)");
    }
}
