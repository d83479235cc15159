package org.newsclip.dedupe;

/**
 * The word count and SimHash fingerprint of a text, from one segmentation of it (both read the same words).
 *
 * @param words       the number of words ({@link Words#count})
 * @param fingerprint the 64-bit SimHash as 16 hex digits ({@link SimHash#hex}), or null for a text with no words
 */
public record TextDigest(int words, String fingerprint) {
    /** The digest of a text (null counts as empty). */
    public static TextDigest of(String text) {
        // the words stream into the fingerprint as they are found: no array of their hashes
        SimHash.Shingles shingles = SimHash.Shingles.of(text);
        return new TextDigest(shingles.tokens(), shingles.hex());
    }
}
