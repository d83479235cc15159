package org.newsclip.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsclip.model.Article;
import org.newsclip.model.Author;
import org.newsclip.model.Image;
import org.newsclip.model.Publisher;
import org.newsclip.model.Related;
import org.newsclip.model.Source;

import java.util.List;
import java.util.function.Function;

/**
 * Turns {@link Article}s into Spark {@link Row}s of {@link ArticleSchema#ARTICLE}, field for field, with the
 * conventions of the CLI's Parquet writer: an empty string or an empty list becomes null.
 */
public final class ArticleRows {
    private ArticleRows() {
    }

    /** The row for an article, in {@link ArticleSchema#ARTICLE} column order. */
    public static Row toRow(Article a) {
        return RowFactory.create(values(a));
    }

    /** The row for an article plus its {@code crawl_month}, for {@link ArticleSchema#withCrawlMonth()}. */
    public static Row toRowWithCrawlMonth(Article a) {
        Object[] v = values(a);
        Object[] out = java.util.Arrays.copyOf(v, v.length + 1);
        out[v.length] = crawlMonth(a.source() == null ? null : a.source().warcDate());
        return RowFactory.create(out);
    }

    /**
     * The {@code YYYY-MM} of a WARC-Date ({@code 2024-03-01T12:00:00Z}), or null when the date is missing or does
     * not start with a year and month; the output then lands in the null partition rather than failing.
     */
    public static String crawlMonth(String warcDate) {
        if (warcDate == null || warcDate.length() < 7) return null;
        String m = warcDate.substring(0, 7);
        return m.matches("\\d{4}-\\d{2}") ? m : null;
    }

    private static Object[] values(Article a) {
        Source s = a.source() == null ? Source.of(null, null) : a.source();
        return new Object[] {
                a.schemaVersion(), str(a.url()), str(a.canonicalUrl()), str(a.title()), str(a.description()),
                str(a.text()), list(a.authors(), ArticleRows::author), str(a.published()), str(a.modified()),
                str(a.language()), str(a.locale()), str(a.siteName()), str(a.section()), strings(a.tags()),
                strings(a.keywords()), str(a.pageType()), str(a.genre()), list(a.images(), ArticleRows::image),
                publisher(a.publisher()), a.wordCount(), str(a.fingerprint()), str(a.license()), str(a.access()),
                str(a.markdown()), str(a.html()), list(a.related(), ArticleRows::related),
                str(s.warcFile()), s.warcOffset(), s.warcLength(), str(s.warcDate()), str(s.warcRecordId()),
                s.httpStatus(), str(s.contentType()), str(s.charset()), str(s.kind()), str(s.location()),
                strings(a.warnings()), str(a.extractor())};
    }

    private static String str(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // Lists go in as Java arrays: Spark's row encoder takes arrays or Scala Seqs, and arrays need no Scala
    // collection converters, which differ between Scala 2.12 and 2.13.
    private static String[] strings(List<String> values) {
        if (values == null || values.isEmpty()) return null;
        String[] out = new String[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = str(values.get(i));
        return out;
    }

    private static <T> Row[] list(List<T> values, Function<T, Row> element) {
        if (values == null || values.isEmpty()) return null;
        Row[] out = new Row[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i) == null ? null : element.apply(values.get(i));
        return out;
    }

    private static Row author(Author au) {
        return RowFactory.create(str(au.name()), str(au.url()));
    }

    private static Row related(Related r) {
        return RowFactory.create(str(r.url()), str(r.title()));
    }

    private static Row image(Image i) {
        if (i == null) return null;
        return RowFactory.create(str(i.url()), i.width(), i.height(), str(i.caption()), str(i.credit()), str(i.role()));
    }

    private static Row publisher(Publisher p) {
        if (p == null) return null;
        return RowFactory.create(str(p.name()), str(p.url()), str(p.email()), str(p.telephone()), str(p.legalName()),
                image(p.logo()));
    }
}
