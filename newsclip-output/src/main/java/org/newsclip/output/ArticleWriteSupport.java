package org.newsclip.output;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.newsclip.model.Article;
import org.newsclip.model.Author;
import org.newsclip.model.Image;
import org.newsclip.model.Publisher;
import org.newsclip.model.Related;
import org.newsclip.model.Source;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes an Article straight to Parquet's record consumer in the order of {@link ArticleParquetSchema#SCHEMA};
 * null values, empty strings and empty lists are left out (read back as null).
 */
final class ArticleWriteSupport extends WriteSupport<Article> {
    private RecordConsumer rc;
    private int field;

    @Override
    public WriteContext init(Configuration configuration) {
        return context();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return context();
    }

    private static WriteContext context() {
        return new WriteContext(ArticleParquetSchema.SCHEMA,
                Map.of(ArticleParquetSchema.VERSION_KEY, String.valueOf(ArticleParquetSchema.VERSION)));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.rc = recordConsumer;
    }

    @Override
    public void write(Article a) {
        rc.startMessage();
        field = 0;
        integer("schema_version", a.schemaVersion());
        for (String s : new String[]{a.url(), a.canonicalUrl(), a.title(), a.description(), a.text()}) {
            string(ArticleParquetSchema.LEADING_STRINGS[field - 1], s);
        }
        list("authors", a.authors(), this::author);
        string("published", a.published());
        string("modified", a.modified());
        string("language", a.language());
        string("locale", a.locale());
        string("site_name", a.siteName());
        string("section", a.section());
        list("tags", a.tags(), this::stringValue);
        list("keywords", a.keywords(), this::stringValue);
        string("page_type", a.pageType());
        string("genre", a.genre());
        list("images", a.images(), this::image);
        group("publisher", a.publisher(), this::publisher);
        integer("word_count", a.wordCount());
        string("fingerprint", a.fingerprint());
        string("license", a.license());
        string("access", a.access());
        string("markdown", a.markdown());
        string("html", a.html());
        list("related", a.related(), this::related);
        source(a.source() == null ? Source.of(null, null) : a.source());
        list("warnings", a.warnings(), this::stringValue);
        string("extractor", a.extractor());
        rc.endMessage();
    }

    private void source(Source s) {
        string("warc_file", s.warcFile());
        longValue("warc_offset", s.warcOffset());
        longValue("warc_length", s.warcLength());
        string("warc_date", s.warcDate());
        string("warc_record_id", s.warcRecordId());
        integer("http_status", s.httpStatus());
        string("content_type", s.contentType());
        string("charset", s.charset());
        string("source_kind", s.kind());
        string("source_location", s.location());
    }

    // --- fields of the current group; each call advances the field index, written or not ---

    private void string(String name, String v) {
        int i = field++;
        if (v == null || v.isEmpty()) return;
        rc.startField(name, i);
        rc.addBinary(Binary.fromString(v));
        rc.endField(name, i);
    }

    private void integer(String name, Integer v) {
        int i = field++;
        if (v == null) return;
        rc.startField(name, i);
        rc.addInteger(v);
        rc.endField(name, i);
    }

    private void longValue(String name, Long v) {
        int i = field++;
        if (v == null) return;
        rc.startField(name, i);
        rc.addLong(v);
        rc.endField(name, i);
    }

    private <T> void group(String name, T v, Consumer<T> body) {
        int i = field++;
        if (v == null) return;
        rc.startField(name, i);
        rc.startGroup();
        int saved = field;
        field = 0;
        body.accept(v);
        field = saved;
        rc.endGroup();
        rc.endField(name, i);
    }

    /** A three-level LIST: field → group → repeated "list" → "element". */
    private <T> void list(String name, List<T> values, Consumer<T> element) {
        int i = field++;
        if (values == null || values.isEmpty()) return;
        rc.startField(name, i);
        rc.startGroup();
        rc.startField("list", 0);
        int saved = field;
        for (T v : values) {
            rc.startGroup();
            field = 0;
            element.accept(v);
            rc.endGroup();
        }
        field = saved;
        rc.endField("list", 0);
        rc.endGroup();
        rc.endField(name, i);
    }

    private void stringValue(String s) {
        string("element", s == null ? "" : s);
    }

    private void author(Author a) {
        group("element", a, x -> {
            string("name", x.name());
            string("url", x.url());
        });
    }

    private void related(Related r) {
        group("element", r, x -> {
            string("url", x.url());
            string("title", x.title());
        });
    }

    private void image(Image img) {
        group("element", img, this::imageFields);
    }

    private void imageFields(Image x) {
        string("url", x.url());
        integer("width", x.width());
        integer("height", x.height());
        string("caption", x.caption());
        string("credit", x.credit());
        string("role", x.role());
    }

    private void publisher(Publisher p) {
        string("name", p.name());
        string("url", p.url());
        string("email", p.email());
        string("telephone", p.telephone());
        string("legal_name", p.legalName());
        group("logo", p.logo(), this::imageFields);
    }
}
