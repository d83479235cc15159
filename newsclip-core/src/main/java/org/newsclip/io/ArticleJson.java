package org.newsclip.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsclip.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** JSON for {@link Article}s: one shared, thread-safe mapper configured for the record's conventions. */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    /** Writers that leave the target open and unflushed: the caller owns it and decides when bytes go out. */
    private static final ObjectWriter COMPACT_TO = COMPACT.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    private static final ObjectWriter PRETTY_TO = PRETTY.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

    private ArticleJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, as written to JSONL. */
    public static String toLine(Article a) {
        try {
            return COMPACT.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@link #toLine} to {@code out} (no newline), without building the line as a string first: a batch
     * writes every record once, and the string and its copies were a page's largest allocation outside the
     * workers. The writer is neither flushed nor closed.
     */
    public static void writeLine(Article a, Writer out) throws IOException {
        COMPACT_TO.writeValue(out, a);
    }

    /** Writes {@link #toPrettyJson} to {@code out}, as {@link #writeLine} does. */
    public static void writePrettyJson(Article a, Writer out) throws IOException {
        PRETTY_TO.writeValue(out, a);
    }

    public static String toPrettyJson(Article a) {
        try {
            return PRETTY.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article fromJson(String json) {
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
