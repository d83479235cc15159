package org.newsclip.spark;

import org.newsclip.ExtractionOptions;
import org.newsclip.lang.OpenNlpLanguageDetector;

import java.io.Serializable;

/**
 * A serialisable copy of {@link ExtractionOptions}: the only thing the job ships to its executors, where each
 * partition builds its own extractor from it. {@code ExtractionOptions} is a record and not {@code Serializable};
 * keeping this copy here leaves the core free of Java serialisation. A language detector does not travel: the copy
 * only says whether to detect, and the executors then use newsclip-lang's OpenNLP detector, loaded once per
 * executor JVM when a page first needs it.
 */
public final class JobOptions implements Serializable {
    private static final long serialVersionUID = 2L;

    private final boolean includeComments;
    private final boolean includeLinks;
    private final boolean includeImages;
    private final int maxBytes;
    private final boolean favorPrecision;
    private final boolean detectLanguage;

    private JobOptions(ExtractionOptions o, boolean detectLanguage) {
        includeComments = o.includeComments();
        includeLinks = o.includeLinks();
        includeImages = o.includeImages();
        maxBytes = o.maxBytes();
        favorPrecision = o.favorPrecision();
        this.detectLanguage = detectLanguage;
    }

    /** A copy of the given options' values; a language detector among them becomes newsclip-lang's. */
    public static JobOptions of(ExtractionOptions options) {
        return new JobOptions(options, options.languageDetector() != null);
    }

    /** A copy of the given options' values, detecting the language from the text or not. */
    public static JobOptions of(ExtractionOptions options, boolean detectLanguage) {
        return new JobOptions(options, detectLanguage);
    }

    public boolean detectLanguage() {
        return detectLanguage;
    }

    /** The options this copy carries, rebuilt (and validated again) on the executor. */
    public ExtractionOptions toOptions() {
        return new ExtractionOptions(includeComments, includeLinks, includeImages, maxBytes, favorPrecision,
                detectLanguage ? OpenNlpLanguageDetector.onDemand() : null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobOptions j && toOptions().equals(j.toOptions());
    }

    @Override
    public int hashCode() {
        return toOptions().hashCode();
    }

    @Override
    public String toString() {
        return "JobOptions[includeComments=" + includeComments + ", includeLinks=" + includeLinks
                + ", includeImages=" + includeImages + ", maxBytes=" + maxBytes + ", favorPrecision="
                + favorPrecision + ", detectLanguage=" + detectLanguage + "]";
    }
}
