package org.newsclip.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.newsclip.ExtractionResult;
import org.newsclip.model.Article;
import org.newsclip.model.Author;

/**
 * What an extractor said about one page, in {@code score.py}'s prediction format
 * ({@code {"id","body","title","authors","date","ms"}}, plus the extra fields this project also scores).
 *
 * @param authors a list of names or one string (score.py accepts both)
 * @param ms      extraction time in milliseconds, or null
 * @param error   why there is no output, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prediction(String id, String body, String title, JsonNode authors, String date, String lang,
                         @JsonProperty("site_name") String siteName, String description, Double ms,
                         String error) {

    /** The prediction for an extraction result. */
    public static Prediction of(String id, ExtractionResult r, double ms) {
        Article a = r.article();
        if (a == null) return new Prediction(id, "", null, null, null, null, null, null, ms, r.describe());
        ArrayNode authors = JsonNodeFactory.instance.arrayNode();
        for (Author au : a.authors()) authors.add(au.name());
        return new Prediction(id, a.text() == null ? "" : a.text(), a.title(), authors, a.published(),
                a.language(), a.siteName(), a.description(), ms, null);
    }

    /** The prediction with another time. */
    public Prediction withMs(Double newMs) {
        return new Prediction(id, body, title, authors, date, lang, siteName, description, newMs, error);
    }

    /** The body, never null. */
    public String bodyText() {
        return body == null ? "" : body;
    }
}
