package org.newsclip.spark;

import org.newsclip.ExtractionOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The job's command line, parsed and checked on the driver. Exactly one of {@code --input-list} and
 * {@code --input} is required, and {@code --output}.
 *
 * @param inputList   a text file (any Hadoop path) with one WARC path per line, or null
 * @param inputGlob   a Hadoop path or glob of WARC files, or null
 * @param output      the output directory (replaced if it exists)
 * @param format      {@code parquet} or {@code jsonl}
 * @param partitionBy output partition columns, a subset of {@code crawl_month, language} in the given order
 * @param report      where to write the run report as JSON, or null for printing only
 * @param options     extraction options for every page
 */
public record JobArgs(String inputList, String inputGlob, String output, Format format, List<String> partitionBy,
                      String report, JobOptions options) {

    /** The output formats. */
    public enum Format { PARQUET, JSONL }

    /** The columns the output may be partitioned by. */
    public static final Set<String> PARTITION_COLUMNS = Set.of(ArticleSchema.CRAWL_MONTH, ArticleSchema.LANGUAGE);

    public static final String USAGE = String.join("\n",
            "usage: newsclip-spark (--input-list FILE | --input GLOB) --output DIR",
            "         [--format parquet|jsonl] [--partition-by crawl_month,language] [--report FILE]",
            "         [--include-comments] [--no-links] [--no-images] [--favor-precision] [--max-bytes N]",
            "         [--no-detect-language]",
            "  --input-list FILE  a text file of WARC paths, one per line (local, hdfs://, s3a://...)",
            "  --input GLOB       a path or glob of WARC files, e.g. s3a://bucket/crawl/*.warc.gz",
            "  --output DIR       output directory; replaced if it exists",
            "  --format F         parquet (default) or jsonl (the same lines as `newsclip extract`)",
            "  --partition-by C   partition the output by crawl_month (from WARC-Date) and/or language",
            "  --report FILE      also write the run report (read/extracted/rejected/failed/skipped) as JSON",
            "  --no-detect-language  take the language only from what the page declares (default: detect it",
            "                     from the text where the page declares none or the text contradicts it)");

    public JobArgs {
        if ((inputList == null) == (inputGlob == null)) {
            throw new IllegalArgumentException("give exactly one of --input-list and --input");
        }
        if (output == null) throw new IllegalArgumentException("--output is required");
        if (format == null) format = Format.PARQUET;
        partitionBy = List.copyOf(partitionBy == null ? List.of() : partitionBy);
        for (String c : partitionBy) {
            if (!PARTITION_COLUMNS.contains(c)) {
                throw new IllegalArgumentException("cannot partition by '" + c + "'; choose from crawl_month, language");
            }
        }
        if (partitionBy.stream().distinct().count() != partitionBy.size()) {
            throw new IllegalArgumentException("--partition-by repeats a column: " + partitionBy);
        }
        if (options == null) options = JobOptions.of(ExtractionOptions.defaults(), true);
    }

    /** Parses the command line; throws {@link IllegalArgumentException} with a message on any mistake. */
    public static JobArgs parse(String... args) {
        String list = null, glob = null, out = null, report = null;
        Format format = Format.PARQUET;
        List<String> partitions = new ArrayList<>();
        ExtractionOptions.Builder opts = ExtractionOptions.defaults().toBuilder();
        boolean detectLanguage = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input-list" -> list = value(args, ++i, a);
                case "--input" -> glob = value(args, ++i, a);
                case "--output" -> out = value(args, ++i, a);
                case "--report" -> report = value(args, ++i, a);
                case "--format" -> format = format(value(args, ++i, a));
                case "--partition-by" -> partitions = columns(value(args, ++i, a));
                case "--include-comments" -> opts.includeComments(true);
                case "--no-links" -> opts.includeLinks(false);
                case "--no-images" -> opts.includeImages(false);
                case "--favor-precision" -> opts.favorPrecision(true);
                case "--no-detect-language" -> detectLanguage = false;
                case "--max-bytes" -> opts.maxBytes(positiveInt(value(args, ++i, a), a));
                default -> throw new IllegalArgumentException("unknown argument: " + a);
            }
        }
        return new JobArgs(list, glob, out, format, partitions, report, JobOptions.of(opts.build(), detectLanguage));
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException(flag + " needs a value");
        return args[i];
    }

    private static Format format(String s) {
        try {
            return Format.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format '" + s + "'; choose parquet or jsonl");
        }
    }

    private static List<String> columns(String s) {
        List<String> out = new ArrayList<>();
        for (String c : s.split(",")) {
            if (!c.isBlank()) out.add(c.trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static int positiveInt(String s, String flag) {
        try {
            int n = Integer.parseInt(s);
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " needs a positive integer, not '" + s + "'");
    }
}
