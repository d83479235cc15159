package org.newsclip.content;

import org.newsclip.ExtractionOptions;
import org.newsclip.metadata.Metadata;

/** What the content extractor may use beside the DOM: the page's metadata and the caller's options. */
public record ContentContext(String url, Metadata metadata, ExtractionOptions options) {
}
