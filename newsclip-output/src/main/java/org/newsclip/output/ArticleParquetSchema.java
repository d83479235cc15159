package org.newsclip.output;

import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of an Article row (documented in {@code docs/parquet-schema.md}). Lists use Parquet's standard
 * three-level LIST layout and nested records are groups, so query engines see real lists and structs.
 */
public final class ArticleParquetSchema {
    /** Bumped when a column is added, renamed or changes type; stored in the file's key-value metadata. */
    public static final int VERSION = 1;
    public static final String VERSION_KEY = "newsclip.parquet_schema_version";

    /** The top-level string columns in order, as written by {@link ArticleWriteSupport}. */
    static final String[] LEADING_STRINGS = {"url", "canonical_url", "title", "description", "text"};

    public static final MessageType SCHEMA = build();

    private ArticleParquetSchema() {
    }

    private static MessageType build() {
        Types.MessageTypeBuilder m = Types.buildMessage();
        m.required(PrimitiveTypeName.INT32).named("schema_version");
        for (String s : LEADING_STRINGS) m.addField(string(s));
        m.addField(list("authors", Types.optionalGroup().addField(string("name")).addField(string("url")).named("element")));
        for (String s : new String[]{"published", "modified", "language", "locale", "site_name", "section"}) {
            m.addField(string(s));
        }
        m.addField(list("tags", string("element")));
        m.addField(list("keywords", string("element")));
        m.addField(string("page_type"));
        m.addField(string("genre"));
        m.addField(list("images", image("element")));
        m.addField(Types.optionalGroup().addField(string("name")).addField(string("url")).addField(string("email"))
                .addField(string("telephone")).addField(string("legal_name")).addField(image("logo")).named("publisher"));
        m.required(PrimitiveTypeName.INT32).named("word_count");
        for (String s : new String[]{"fingerprint", "license", "access", "markdown", "html"}) m.addField(string(s));
        m.addField(list("related", Types.optionalGroup().addField(string("url")).addField(string("title")).named("element")));
        m.addField(string("warc_file"));
        m.optional(PrimitiveTypeName.INT64).named("warc_offset");
        m.optional(PrimitiveTypeName.INT64).named("warc_length");
        m.addField(string("warc_date"));
        m.addField(string("warc_record_id"));
        m.optional(PrimitiveTypeName.INT32).named("http_status");
        for (String s : new String[]{"content_type", "charset", "source_kind", "source_location"}) m.addField(string(s));
        m.addField(list("warnings", string("element")));
        m.addField(string("extractor"));
        return m.named("article");
    }

    static Type string(String name) {
        return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    private static GroupType image(String name) {
        return Types.optionalGroup().addField(string("url"))
                .optional(PrimitiveTypeName.INT32).named("width")
                .optional(PrimitiveTypeName.INT32).named("height")
                .addField(string("caption")).addField(string("credit")).addField(string("role")).named(name);
    }

    private static GroupType list(String name, Type element) {
        return Types.optionalList().element(element).named(name);
    }
}
