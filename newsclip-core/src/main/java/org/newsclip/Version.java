package org.newsclip;

/** The library's version, as written in every record's {@code extractor} field. */
public final class Version {
    public static final String VERSION = readVersion();

    private Version() {
    }

    private static String readVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
