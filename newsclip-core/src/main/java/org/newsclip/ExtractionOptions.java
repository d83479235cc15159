package org.newsclip;

/**
 * How the extractor behaves. Immutable; build one with {@link #builder()} or take {@link #defaults()}.
 *
 * @param includeComments keep a page's comment section in the body (off by default)
 * @param includeLinks    keep inline links in Markdown and HTML output
 * @param includeImages   keep figures in Markdown and HTML output
 * @param maxBytes        pages above this size are cut to it, with a warning
 * @param favorPrecision  prefer leaving out doubtful blocks over keeping them
 */
public record ExtractionOptions(boolean includeComments, boolean includeLinks, boolean includeImages, int maxBytes,
                                boolean favorPrecision) {
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    public ExtractionOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }

    public static ExtractionOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().includeComments(includeComments).includeLinks(includeLinks)
                .includeImages(includeImages).maxBytes(maxBytes).favorPrecision(favorPrecision);
    }

    /** Builder for {@link ExtractionOptions}. */
    public static final class Builder {
        private boolean includeComments;
        private boolean includeLinks = true;
        private boolean includeImages = true;
        private int maxBytes = DEFAULT_MAX_BYTES;
        private boolean favorPrecision;

        public Builder includeComments(boolean v) { includeComments = v; return this; }
        public Builder includeLinks(boolean v) { includeLinks = v; return this; }
        public Builder includeImages(boolean v) { includeImages = v; return this; }
        public Builder maxBytes(int v) { maxBytes = v; return this; }
        public Builder favorPrecision(boolean v) { favorPrecision = v; return this; }

        public ExtractionOptions build() {
            return new ExtractionOptions(includeComments, includeLinks, includeImages, maxBytes, favorPrecision);
        }
    }
}
