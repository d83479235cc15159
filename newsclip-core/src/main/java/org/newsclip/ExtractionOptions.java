package org.newsclip;

/**
 * How the extractor behaves. Immutable; build one with {@link #builder()} or take {@link #defaults()}.
 *
 * @param includeComments  keep a page's comment section in the body (off by default)
 * @param includeLinks     keep inline links in Markdown and HTML output
 * @param includeImages    keep figures in Markdown and HTML output
 * @param maxBytes         pages above this size are cut to it, with a warning
 * @param favorPrecision   prefer leaving out doubtful blocks over keeping them
 * @param languageDetector tells the language from the text where the page declares none or contradicts itself;
 *                         null (the default) keeps the record's language exactly as the page declares it
 */
public record ExtractionOptions(boolean includeComments, boolean includeLinks, boolean includeImages, int maxBytes,
                                boolean favorPrecision, LanguageDetector languageDetector) {
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    public ExtractionOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }

    /** Options without a language detector (as before detection existed). */
    public ExtractionOptions(boolean includeComments, boolean includeLinks, boolean includeImages, int maxBytes,
                             boolean favorPrecision) {
        this(includeComments, includeLinks, includeImages, maxBytes, favorPrecision, null);
    }

    public static ExtractionOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().includeComments(includeComments).includeLinks(includeLinks)
                .includeImages(includeImages).maxBytes(maxBytes).favorPrecision(favorPrecision)
                .languageDetector(languageDetector);
    }

    /** Builder for {@link ExtractionOptions}. */
    public static final class Builder {
        private boolean includeComments;
        private boolean includeLinks = true;
        private boolean includeImages = true;
        private int maxBytes = DEFAULT_MAX_BYTES;
        private boolean favorPrecision;
        private LanguageDetector languageDetector;

        public Builder includeComments(boolean v) { includeComments = v; return this; }
        public Builder includeLinks(boolean v) { includeLinks = v; return this; }
        public Builder includeImages(boolean v) { includeImages = v; return this; }
        public Builder maxBytes(int v) { maxBytes = v; return this; }
        public Builder favorPrecision(boolean v) { favorPrecision = v; return this; }

        /**
         * Detects the language from the article text where the page declares none (the record's {@code language}
         * then comes with provenance {@code text}), or where the declaration does not fit the text: its letters are
         * in another script, or a page declaring English shows none of English's commonest words. A confident
         * detection that differs from the declaration replaces it, with a warning; {@code locale} always stays as
         * the page writes it. Null (the default) turns detection off.
         */
        public Builder languageDetector(LanguageDetector v) { languageDetector = v; return this; }

        public ExtractionOptions build() {
            return new ExtractionOptions(includeComments, includeLinks, includeImages, maxBytes, favorPrecision,
                    languageDetector);
        }
    }
}
