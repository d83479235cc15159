package org.newsclip.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An image of the article, with its declared size where the page gives one.
 *
 * @param role {@code lead} for the article's main image (and its declared variants), {@code body} for images inside
 *             the text
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Image(String url, Integer width, Integer height, String caption, String credit, String role) {
    public static final String LEAD = "lead";
    public static final String BODY = "body";

    public Image withRole(String newRole) {
        return new Image(url, width, height, caption, credit, newRole);
    }
}
