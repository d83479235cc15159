package org.newsclip.output;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.newsclip.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Articles as rows of a Parquet file (zstd pages), written through the local file API, not Hadoop's FileSystem. */
final class ParquetArticleWriter implements SizedWriter {
    /** Rows are buffered per row group; 64 MiB keeps memory modest for a writer per thread. */
    static final long ROW_GROUP_BYTES = 64L << 20;
    private final Path path;
    private final ParquetWriter<Article> writer;
    private long count;

    ParquetArticleWriter(Path path) throws IOException {
        this.path = path;
        this.writer = new Builder(new LocalOutputFile(path))
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCodecFactory(new ZstdCodecFactory())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .build();
    }

    @Override
    public synchronized void write(Article article) throws IOException {
        writer.write(article);
        count++;
    }

    @Override
    public synchronized long count() {
        return count;
    }

    @Override
    public synchronized long bytes() {
        return writer.getDataSize();
    }

    @Override
    public List<Path> files() {
        return List.of(path);
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<Article, Builder> {
        Builder(OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Article> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return new ArticleWriteSupport();
        }

        @Override
        protected WriteSupport<Article> getWriteSupport(org.apache.parquet.conf.ParquetConfiguration conf) {
            return new ArticleWriteSupport();
        }
    }
}
