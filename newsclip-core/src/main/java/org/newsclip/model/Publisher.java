package org.newsclip.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The organisation that publishes the page, as declared (JSON-LD Organization, og:site_name). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Publisher(String name, String url, String email, String telephone,
                        @JsonProperty("legal_name") String legalName, Image logo) {
    /** True when no field is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return name == null && url == null && email == null && telephone == null && legalName == null && logo == null;
    }
}
