package org.newsclip;

/** The library's version, as written in every record's {@code extractor} field. */
public final class Version {
    public static final String VERSION = readVersion();

    private Version() {
    }

    /** From version.properties (filtered by the build, so known in tests too), else the jar manifest, else "dev". */
    private static String readVersion() {
        try (java.io.InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) return v.trim();
            }
        } catch (java.io.IOException e) {
            // fall through to the manifest
        }
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
