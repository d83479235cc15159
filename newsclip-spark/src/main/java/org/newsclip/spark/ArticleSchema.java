package org.newsclip.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of the job's Parquet output: the same columns, types and nesting as the Parquet written by
 * {@code newsclip extract} (see {@code docs/parquet-schema.md}). It is declared here rather than taken from the
 * output module because that module uses a newer Parquet than the one Spark 3.5 carries.
 */
public final class ArticleSchema {
    public static final String LANGUAGE = "language";
    public static final String CRAWL_MONTH = "crawl_month";
    public static final String WARC_DATE = "warc_date";

    /** An image: URL, declared size, caption, credit and role ({@code lead} or {@code body}). */
    public static final StructType IMAGE = struct(
            optional("url", DataTypes.StringType),
            optional("width", DataTypes.IntegerType),
            optional("height", DataTypes.IntegerType),
            optional("caption", DataTypes.StringType),
            optional("credit", DataTypes.StringType),
            optional("role", DataTypes.StringType));

    /** An author: the name as written and a profile URL. */
    public static final StructType AUTHOR = struct(
            required("name", DataTypes.StringType),
            optional("url", DataTypes.StringType));

    /** The publishing organisation. */
    public static final StructType PUBLISHER = struct(
            optional("name", DataTypes.StringType),
            optional("url", DataTypes.StringType),
            optional("email", DataTypes.StringType),
            optional("telephone", DataTypes.StringType),
            optional("legal_name", DataTypes.StringType),
            optional("logo", IMAGE));

    /** One row per extracted article. */
    public static final StructType ARTICLE = struct(
            optional("url", DataTypes.StringType),
            optional("canonical_url", DataTypes.StringType),
            optional("title", DataTypes.StringType),
            optional("description", DataTypes.StringType),
            optional("text", DataTypes.StringType),
            optional("authors", list(AUTHOR)),
            optional("published", DataTypes.StringType),
            optional("modified", DataTypes.StringType),
            optional(LANGUAGE, DataTypes.StringType),
            optional("locale", DataTypes.StringType),
            optional("site_name", DataTypes.StringType),
            optional("section", DataTypes.StringType),
            optional("tags", list(DataTypes.StringType)),
            optional("keywords", list(DataTypes.StringType)),
            optional("page_type", DataTypes.StringType),
            optional("images", list(IMAGE)),
            optional("publisher", PUBLISHER),
            required("word_count", DataTypes.IntegerType),
            optional("fingerprint", DataTypes.StringType),
            optional("license", DataTypes.StringType),
            optional("access", DataTypes.StringType),
            optional("warc_file", DataTypes.StringType),
            optional("warc_offset", DataTypes.LongType),
            optional("warc_length", DataTypes.LongType),
            optional(WARC_DATE, DataTypes.StringType),
            optional("warc_record_id", DataTypes.StringType),
            optional("http_status", DataTypes.IntegerType));

    private ArticleSchema() {
    }

    /** The article schema plus the derived {@code crawl_month} column used only to partition the output. */
    public static StructType withCrawlMonth() {
        return ARTICLE.add(optional(CRAWL_MONTH, DataTypes.StringType));
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField optional(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField required(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    /** A list whose elements are never null, as the record's lists are. */
    private static ArrayType list(DataType element) {
        return DataTypes.createArrayType(element, false);
    }
}
