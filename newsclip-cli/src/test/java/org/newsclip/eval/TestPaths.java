package org.newsclip.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository, the gold sets and the reference scorer. */
final class TestPaths {
    private TestPaths() {
    }

    /** The repository root: the nearest folder above the working directory with a pom.xml and newsclip-cli/. */
    static Path repoRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isRegularFile(q.resolve("pom.xml")) && Files.isDirectory(q.resolve("newsclip-cli"))) return q;
        }
        return p;
    }

    /** {@code newsclip.datasets}, default {@code <repo>/target/datasets}. */
    static Path datasets() {
        String s = System.getProperty("newsclip.datasets");
        return s != null && !s.isBlank() && !s.contains("${") ? Path.of(s) : repoRoot().resolve("target/datasets");
    }

    /** Whether a missing dataset must fail instead of skipping ({@code newsclip.requireDatasets} or the env). */
    static boolean requireDatasets() {
        String s = System.getProperty("newsclip.requireDatasets");
        if (s == null || s.contains("${")) s = System.getenv("NEWSCLIP_REQUIRE_DATASETS");
        return Boolean.parseBoolean(s == null ? "" : s.trim());
    }

    /** {@code newsclip.scorer}, default {@code <repo>/../shared/tools/score.py}. */
    static Path scorer() {
        String s = System.getProperty("newsclip.scorer");
        return s != null && !s.isBlank() ? Path.of(s) : repoRoot().resolveSibling("shared/tools/score.py");
    }
}
