package org.newsclip.spark;

import org.newsclip.ExtractionOptions;

import java.io.Serializable;

/**
 * A serialisable copy of {@link ExtractionOptions}: the only thing the job ships to its executors, where each
 * partition builds its own extractor from it. {@code ExtractionOptions} is a record and not {@code Serializable};
 * keeping this copy here leaves the core free of Java serialisation.
 */
public final class JobOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean includeComments;
    private final boolean includeLinks;
    private final boolean includeImages;
    private final int maxBytes;
    private final boolean favorPrecision;

    private JobOptions(ExtractionOptions o) {
        includeComments = o.includeComments();
        includeLinks = o.includeLinks();
        includeImages = o.includeImages();
        maxBytes = o.maxBytes();
        favorPrecision = o.favorPrecision();
    }

    /** A copy of the given options' values. */
    public static JobOptions of(ExtractionOptions options) {
        return new JobOptions(options);
    }

    /** The options this copy carries, rebuilt (and validated again) on the executor. */
    public ExtractionOptions toOptions() {
        return new ExtractionOptions(includeComments, includeLinks, includeImages, maxBytes, favorPrecision);
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
        return "JobOptions" + toOptions().toString().substring("ExtractionOptions".length());
    }
}
