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
            string("url"),
            optional("width", DataTypes.IntegerType),
            optional("height", DataTypes.IntegerType),
            string("caption"),
            string("credit"),
            string("role"));

    /** An author: the name as written and a profile URL. */
    public static final StructType AUTHOR = struct(string("name"), string("url"));

    /** A related-article link. */
    public static final StructType RELATED = struct(string("url"), string("title"));

    /** The publishing organisation. */
    public static final StructType PUBLISHER = struct(
            string("name"),
            string("url"),
            string("email"),
            string("telephone"),
            string("legal_name"),
            optional("logo", IMAGE));

    /**
     * One row per extracted article, in the column order of {@code ArticleParquetSchema} (module
     * {@code newsclip-output}): every column optional but {@code schema_version} and {@code word_count}; lists of
     * optional elements; an empty string or an empty list is written as null.
     */
    public static final StructType ARTICLE = struct(
            required("schema_version", DataTypes.IntegerType),
            string("url"),
            string("canonical_url"),
            string("title"),
            string("description"),
            string("text"),
            optional("authors", list(AUTHOR)),
            string("published"),
            string("modified"),
            string(LANGUAGE),
            string("locale"),
            string("site_name"),
            string("section"),
            optional("tags", list(DataTypes.StringType)),
            optional("keywords", list(DataTypes.StringType)),
            string("page_type"),
            string("genre"),
            optional("images", list(IMAGE)),
            optional("publisher", PUBLISHER),
            required("word_count", DataTypes.IntegerType),
            string("fingerprint"),
            string("license"),
            string("access"),
            string("markdown"),
            string("html"),
            optional("related", list(RELATED)),
            string("warc_file"),
            optional("warc_offset", DataTypes.LongType),
            optional("warc_length", DataTypes.LongType),
            string(WARC_DATE),
            string("warc_record_id"),
            optional("http_status", DataTypes.IntegerType),
            string("content_type"),
            string("charset"),
            string("source_kind"),
            string("source_location"),
            optional("warnings", list(DataTypes.StringType)),
            string("extractor"));

    private ArticleSchema() {
    }

    /** The article schema plus the derived {@code crawl_month} column used only to partition the output. */
    public static StructType withCrawlMonth() {
        return ARTICLE.add(optional(CRAWL_MONTH, DataTypes.StringType));
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField string(String name) {
        return optional(name, DataTypes.StringType);
    }

    private static StructField optional(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField required(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    /** A list of optional elements: Parquet's three-level LIST with an optional {@code element}. */
    private static ArrayType list(DataType element) {
        return DataTypes.createArrayType(element, true);
    }
}
