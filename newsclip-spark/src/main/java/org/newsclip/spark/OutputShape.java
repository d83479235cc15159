package org.newsclip.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsclip.io.ArticleJson;
import org.newsclip.model.Article;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the job writes for one format and partitioning: Parquet rows of {@link ArticleSchema}, or JSONL rows of
 * one {@code value} column holding {@link ArticleJson#toLine} (the same line as {@code newsclip extract}), plus
 * whatever partition columns are asked for.
 */
final class OutputShape implements Serializable {
    private static final long serialVersionUID = 1L;

    private final JobArgs.Format format;
    private final List<String> partitionBy;

    OutputShape(JobArgs.Format format, List<String> partitionBy) {
        this.format = format;
        this.partitionBy = List.copyOf(partitionBy);
    }

    boolean byCrawlMonth() {
        return partitionBy.contains(ArticleSchema.CRAWL_MONTH);
    }

    StructType schema() {
        if (format == JobArgs.Format.PARQUET) return byCrawlMonth() ? ArticleSchema.withCrawlMonth() : ArticleSchema.ARTICLE;
        StructType s = new StructType().add("value", DataTypes.StringType, false);
        for (String c : partitionBy) s = s.add(c, DataTypes.StringType, true);
        return s;
    }

    Row row(Article a) {
        if (format == JobArgs.Format.PARQUET) {
            return byCrawlMonth() ? ArticleRows.toRowWithCrawlMonth(a) : ArticleRows.toRow(a);
        }
        List<Object> v = new ArrayList<>();
        v.add(ArticleJson.toLine(a));
        for (String c : partitionBy) {
            v.add(c.equals(ArticleSchema.LANGUAGE) ? a.language()
                    : ArticleRows.crawlMonth(a.source() == null ? null : a.source().warcDate()));
        }
        return RowFactory.create(v.toArray());
    }
}
