package org.newsclip.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A person credited with an article: the name as written, and a profile URL where the page gives one. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Author(String name, String url) {
    public Author {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("author name is empty");
    }

    public static Author of(String name) {
        return new Author(name, null);
    }
}
