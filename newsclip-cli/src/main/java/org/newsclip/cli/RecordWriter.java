package org.newsclip.cli;

import org.newsclip.io.ArticleJson;
import org.newsclip.model.Article;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes extracted articles in one of the output formats. Only extracted pages produce output; rejected and
 * failed inputs are reported on standard error instead.
 */
final class RecordWriter {
    /** The output formats of {@code newsclip extract}. */
    enum Format {
        /** The whole record, pretty-printed; several records follow each other. */
        JSON,
        /** The whole record on one line per page. */
        JSONL,
        /** The main content as Markdown. */
        MARKDOWN,
        /** The main content as plain text. */
        TEXT,
        /** The main content as clean HTML. */
        HTML;

        static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    private final Writer out;
    private final Format format;
    private final boolean labelled;
    private int written;

    /**
     * @param labelled put a line naming the input before each page (text, Markdown and HTML with several
     *                 inputs), since those formats carry no record around the content
     */
    RecordWriter(Writer out, Format format, boolean labelled) {
        this.out = out;
        this.format = format;
        this.labelled = labelled;
    }

    void write(String name, Article a) throws IOException {
        switch (format) {
            case JSON -> {
                ArticleJson.writePrettyJson(a, out);
                out.write('\n');
            }
            case JSONL -> {
                ArticleJson.writeLine(a, out);
                out.write('\n');
            }
            case TEXT -> content(labelled ? "==> " + name + " <==\n" : "", a.text(), "\n\n");
            case MARKDOWN -> content(labelled ? "<!-- " + comment(name) + " -->\n\n" : "", a.markdown(), "\n\n");
            case HTML -> content(labelled ? "<!-- " + comment(name) + " -->\n" : "", a.html(), "\n");
            default -> throw new IllegalStateException(format.name());
        }
        written++;
        out.flush();
    }

    private void content(String label, String body, String separator) throws IOException {
        if (written > 0) out.write(separator);
        out.write(label);
        String s = body == null ? "" : body;
        out.write(s);
        if (!s.endsWith("\n")) out.write("\n");
    }

    private static String comment(String name) {
        return name.replace("--", "- -");
    }

    /** The article with extra warnings appended (records are immutable). */
    static Article withWarnings(Article a, List<String> extra) {
        if (extra.isEmpty()) return a;
        List<String> w = new ArrayList<>(a.warnings());
        w.addAll(extra);
        return new Article(a.schemaVersion(), a.url(), a.canonicalUrl(), a.title(), a.description(), a.authors(),
                a.published(), a.modified(), a.section(), a.tags(), a.keywords(), a.language(), a.locale(),
                a.siteName(), a.publisher(), a.pageType(), a.genre(), a.images(), a.text(), a.markdown(), a.html(),
                a.wordCount(), a.related(), a.license(), a.access(), a.source(), a.fingerprint(), a.provenance(),
                w, a.extractor());
    }
}
