package org.newsclip.metadata;

import org.newsclip.model.Author;
import org.newsclip.model.Image;
import org.newsclip.model.Publisher;
import org.newsclip.model.Related;

import java.util.List;
import java.util.Map;

/**
 * Everything the page declares about itself, merged from JSON-LD, OpenGraph, Twitter cards, {@code <meta>},
 * microdata, the DOM and the URL.
 *
 * @param schemaType  the schema.org type of the main entity ({@code NewsArticle}, {@code Product}, …) or null
 * @param articleBody JSON-LD {@code articleBody}, used by the content extractor when the DOM shows only a teaser
 * @param bios        the JSON-LD descriptions of the page's persons (author biographies), for the content extractor
 * @param provenance  for each filled field (named as in the JSON record), the source that gave it
 */
public record Metadata(
        String canonicalUrl,
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
        String siteName,
        Publisher publisher,
        String genre,
        String schemaType,
        List<Image> images,
        List<Related> related,
        String license,
        String access,
        String articleBody,
        List<String> bios,
        Map<String, String> provenance,
        List<String> warnings) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        images = images == null ? List.of() : List.copyOf(images);
        related = related == null ? List.of() : List.copyOf(related);
        bios = bios == null ? List.of() : List.copyOf(bios);
        // Insertion order kept: a record must serialise the same way in every JVM (Map.copyOf's order is random).
        provenance = provenance == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
