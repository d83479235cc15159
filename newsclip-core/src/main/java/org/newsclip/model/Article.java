package org.newsclip.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One news page as a clean, structured record. Immutable; build one with {@link #builder()}. Empty fields are left
 * out of JSON. Field meanings: {@code docs/ARCHITECTURE.md} and the README.
 *
 * @param provenance for each filled field, the source that gave it ({@code json-ld}, {@code opengraph},
 *                   {@code twitter}, {@code meta}, {@code microdata}, {@code dom}, {@code url}, {@code text})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"schema_version", "url", "canonical_url", "title", "description", "authors", "published",
        "modified", "section", "tags", "keywords", "language", "locale", "site_name", "publisher", "page_type",
        "genre", "images", "text", "markdown", "html", "word_count", "related", "license", "access", "source",
        "fingerprint", "provenance", "warnings", "extractor"})
public record Article(
        @JsonProperty("schema_version") int schemaVersion,
        String url,
        @JsonProperty("canonical_url") String canonicalUrl,
        String title,
        String description,
        List<Author> authors,
        String published,
        String modified,
        String section,
        List<String> tags,
        List<String> keywords,
        String language,
        String locale,
        @JsonProperty("site_name") String siteName,
        Publisher publisher,
        @JsonProperty("page_type") String pageType,
        String genre,
        List<Image> images,
        String text,
        String markdown,
        String html,
        @JsonProperty("word_count") int wordCount,
        List<Related> related,
        String license,
        String access,
        Source source,
        String fingerprint,
        Map<String, String> provenance,
        List<String> warnings,
        String extractor) {

    public static final int SCHEMA_VERSION = 1;

    public Article {
        authors = copy(authors);
        tags = copy(tags);
        keywords = copy(keywords);
        images = copy(images);
        related = copy(related);
        warnings = copy(warnings);
        provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        if (publisher != null && publisher.isEmpty()) publisher = null;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding the same fields; every setter returns the builder. */
    public static final class Builder {
        private String url, canonicalUrl, title, description, published, modified, section, language, locale,
                siteName, pageType, genre, text, markdown, html, license, access, fingerprint, extractor;
        private List<Author> authors;
        private List<String> tags, keywords, warnings;
        private List<Image> images;
        private List<Related> related;
        private Publisher publisher;
        private Source source;
        private int wordCount;
        private Map<String, String> provenance;

        public Builder url(String v) { url = v; return this; }
        public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder authors(List<Author> v) { authors = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder modified(String v) { modified = v; return this; }
        public Builder section(String v) { section = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder locale(String v) { locale = v; return this; }
        public Builder siteName(String v) { siteName = v; return this; }
        public Builder publisher(Publisher v) { publisher = v; return this; }
        public Builder pageType(String v) { pageType = v; return this; }
        public Builder genre(String v) { genre = v; return this; }
        public Builder images(List<Image> v) { images = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder markdown(String v) { markdown = v; return this; }
        public Builder html(String v) { html = v; return this; }
        public Builder wordCount(int v) { wordCount = v; return this; }
        public Builder related(List<Related> v) { related = v; return this; }
        public Builder license(String v) { license = v; return this; }
        public Builder access(String v) { access = v; return this; }
        public Builder source(Source v) { source = v; return this; }
        public Builder fingerprint(String v) { fingerprint = v; return this; }
        public Builder provenance(Map<String, String> v) { provenance = v; return this; }
        public Builder warnings(List<String> v) { warnings = v; return this; }
        public Builder extractor(String v) { extractor = v; return this; }

        public Article build() {
            return new Article(SCHEMA_VERSION, url, canonicalUrl, title, description, authors, published, modified,
                    section, tags, keywords, language, locale, siteName, publisher, pageType, genre, images, text,
                    markdown, html, wordCount, related, license, access, source, fingerprint, provenance, warnings,
                    extractor);
        }
    }
}
