package org.newsclip.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.newsclip.ArticleExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Newsclip as a Spark job: WARC files in (one task per file, streamed through Hadoop's FileSystem), Parquet or
 * JSONL out, and a run report of what was read, extracted, rejected, failed and skipped.
 *
 * <pre>spark-submit --class org.newsclip.spark.NewsclipSparkJob newsclip-spark.jar --input 's3a://b/*.warc.gz' --output s3a://b/out</pre>
 */
public final class NewsclipSparkJob {
    private static final Pattern LOCAL_WITH_RETRIES = Pattern.compile("local\\[[^,\\]]+,\\s*(\\d+)]");

    private NewsclipSparkJob() {
    }

    public static void main(String[] argv) throws IOException {
        JobArgs args;
        try {
            args = JobArgs.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("newsclip-spark: " + e.getMessage());
            System.err.println(JobArgs.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("newsclip").getOrCreate();
        try {
            RunReport report = run(spark, args);
            System.out.println(report.summary());
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a session; writes the output and the report file (if asked for) and returns the report. */
    public static RunReport run(SparkSession spark, JobArgs args) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        List<String> files = InputPaths.resolve(args, hadoop);
        CollectionAccumulator<FileStats> stats = spark.sparkContext().collectionAccumulator("newsclip-file-stats");
        OutputShape shape = new OutputShape(args.format(), args.partitionBy());
        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(hadoop));
        // one partition, hence one task, per file: parallelize splits a list of n into n slices of one
        JavaRDD<Row> rows = jsc.parallelize(files, files.size())
                .mapPartitions(task(args.options(), shape, conf, maxAttempts(jsc.getConf()), stats));
        write(spark.createDataFrame(rows, shape.schema()).write(), args);
        RunReport report = RunReport.of(lastPerFile(stats.value()), (System.nanoTime() - start) / 1e9);
        if (args.report() != null) writeReport(report, args.report(), hadoop);
        return report;
    }

    /** The per-partition function: builds the extractor once, then streams the partition's file(s). */
    private static FlatMapFunction<Iterator<String>, Row> task(JobOptions options, OutputShape shape,
                                                              Broadcast<HadoopConf> conf, int maxAttempts,
                                                              CollectionAccumulator<FileStats> stats) {
        return paths -> {
            ArticleExtractor extractor = new ArticleExtractor(options.toOptions());
            org.apache.spark.TaskContext ctx = org.apache.spark.TaskContext.get();
            boolean last = ctx == null || ctx.attemptNumber() + 1 >= maxAttempts;
            return new FlatIterator<>(paths, file -> new FileRows(file, conf.value(), extractor, shape, last, stats::add));
        };
    }

    private static void write(DataFrameWriter<Row> writer, JobArgs args) {
        writer = writer.mode(SaveMode.Overwrite);
        if (!args.partitionBy().isEmpty()) writer = writer.partitionBy(args.partitionBy().toArray(new String[0]));
        if (args.format() == JobArgs.Format.PARQUET) {
            // zstd, as the CLI's Parquet writer uses
            writer.option("compression", "zstd").parquet(args.output());
        } else {
            writer.text(args.output());
        }
    }

    /**
     * How many attempts Spark gives a task: {@code spark.task.maxFailures} on a cluster; in local mode one, unless
     * the master says {@code local[N,F]}.
     */
    static int maxAttempts(SparkConf conf) {
        String master = conf.get("spark.master", "");
        if (master.startsWith("local")) {
            Matcher m = LOCAL_WITH_RETRIES.matcher(master);
            return m.matches() ? Integer.parseInt(m.group(1)) : 1;
        }
        return conf.getInt("spark.task.maxFailures", 4);
    }

    /** One entry per file: should any attempt's stats arrive twice, the last one counts. */
    private static List<FileStats> lastPerFile(List<FileStats> all) {
        Map<String, FileStats> byFile = new LinkedHashMap<>();
        for (FileStats s : all) byFile.put(s.file(), s);
        return List.copyOf(byFile.values());
    }

    private static void writeReport(RunReport report, String where, Configuration conf) throws IOException {
        Path p = new Path(where);
        try (FSDataOutputStream out = p.getFileSystem(conf).create(p, true)) {
            out.write(report.toJson().getBytes(StandardCharsets.UTF_8));
        }
    }
}
