package org.newsclip.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsclip.model.Article;

import java.io.UncheckedIOException;

/** JSON for {@link Article}s: one shared, thread-safe mapper configured for the record's conventions. */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

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
