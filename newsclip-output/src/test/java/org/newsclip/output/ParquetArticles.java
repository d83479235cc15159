package org.newsclip.output;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.newsclip.model.Article;
import org.newsclip.model.Author;
import org.newsclip.model.Image;
import org.newsclip.model.Publisher;
import org.newsclip.model.Related;
import org.newsclip.model.Source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a Parquet file written by {@link ParquetArticleWriter} back into Articles, with parquet's own reader. */
final class ParquetArticles {
    private ParquetArticles() {
    }

    static List<Article> read(Path path) throws IOException {
        List<Article> out = new ArrayList<>();
        try (ParquetReader<Group> r = new Reader(new LocalInputFile(path)).withCodecFactory(new ZstdCodecFactory()).build()) {
            Group g;
            while ((g = r.read()) != null) out.add(toArticle(g));
        }
        return out;
    }

    static Map<String, String> keyValueMetadata(Path path) throws IOException {
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(path), options())) {
            return r.getFileMetaData().getKeyValueMetaData();
        }
    }

    static String schema(Path path) throws IOException {
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(path), options())) {
            return r.getFileMetaData().getSchema().toString();
        }
    }

    private static org.apache.parquet.ParquetReadOptions options() {
        return org.apache.parquet.ParquetReadOptions.builder(new org.apache.parquet.conf.PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory()).build();
    }

    private static final class Reader extends ParquetReader.Builder<Group> {
        Reader(InputFile f) {
            super(f, new org.apache.parquet.conf.PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    private static String str(Group g, String f) {
        return g.getFieldRepetitionCount(f) == 0 ? null : g.getString(f, 0);
    }

    private static Integer integer(Group g, String f) {
        return g.getFieldRepetitionCount(f) == 0 ? null : g.getInteger(f, 0);
    }

    private static Long lng(Group g, String f) {
        return g.getFieldRepetitionCount(f) == 0 ? null : g.getLong(f, 0);
    }

    private static Group group(Group g, String f) {
        return g.getFieldRepetitionCount(f) == 0 ? null : g.getGroup(f, 0);
    }

    private static <T> List<T> list(Group g, String f, Function<Group, T> element) {
        Group l = group(g, f);
        List<T> out = new ArrayList<>();
        if (l == null) return out;
        for (int i = 0; i < l.getFieldRepetitionCount("list"); i++) out.add(element.apply(l.getGroup("list", i)));
        return out;
    }

    private static List<String> strings(Group g, String f) {
        return list(g, f, e -> str(e, "element"));
    }

    private static Image image(Group x) {
        return x == null ? null : new Image(str(x, "url"), integer(x, "width"), integer(x, "height"),
                str(x, "caption"), str(x, "credit"), str(x, "role"));
    }

    static Article toArticle(Group g) {
        Group p = group(g, "publisher");
        Publisher publisher = p == null ? null : new Publisher(str(p, "name"), str(p, "url"), str(p, "email"),
                str(p, "telephone"), str(p, "legal_name"), image(group(p, "logo")));
        Source source = new Source(str(g, "source_kind"), str(g, "source_location"), str(g, "warc_file"),
                lng(g, "warc_offset"), lng(g, "warc_length"), str(g, "warc_date"), str(g, "warc_record_id"),
                integer(g, "http_status"), str(g, "content_type"), str(g, "charset"), null, null, null);
        return Article.builder().url(str(g, "url")).canonicalUrl(str(g, "canonical_url")).title(str(g, "title"))
                .description(str(g, "description")).text(str(g, "text"))
                .authors(list(g, "authors", e -> new Author(str(group(e, "element"), "name"), str(group(e, "element"), "url"))))
                .published(str(g, "published")).modified(str(g, "modified")).language(str(g, "language"))
                .locale(str(g, "locale")).siteName(str(g, "site_name")).section(str(g, "section"))
                .tags(strings(g, "tags")).keywords(strings(g, "keywords")).pageType(str(g, "page_type"))
                .genre(str(g, "genre")).images(list(g, "images", e -> image(group(e, "element"))))
                .publisher(publisher).wordCount(g.getInteger("word_count", 0)).fingerprint(str(g, "fingerprint"))
                .license(str(g, "license")).access(str(g, "access")).markdown(str(g, "markdown")).html(str(g, "html"))
                .related(list(g, "related", e -> new Related(str(group(e, "element"), "url"), str(group(e, "element"), "title"))))
                .source(source).warnings(strings(g, "warnings")).extractor(str(g, "extractor")).build();
    }
}
