package org.newsclip.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A related-article link the page declares. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Related(String url, String title) {
}
