package org.newsclip.metadata;

import org.jsoup.nodes.Document;
import org.newsclip.page.Page;

import java.util.List;
import java.util.Map;

/** Reads what a parsed page declares about itself. Thread-safe; never modifies the document. */
public final class MetadataExtractor {

    /**
     * @param doc  the parsed page (not modified)
     * @param page the page as fetched, for its URL and HTTP headers
     */
    public Metadata extract(Document doc, Page page) {
        String title = doc.title();
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        return new Metadata(null, title.isEmpty() ? null : title, null, List.of(), null, null, null, List.of(),
                List.of(), lang.isEmpty() ? null : lang, null, null, null, null, null, List.of(), List.of(), null,
                null, null, Map.of(), List.of());
    }
}
