package org.newsclip.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsclip.model.Article;
import org.newsclip.model.Author;
import org.newsclip.model.Image;
import org.newsclip.model.Publisher;
import org.newsclip.model.Source;

import java.util.List;

/** Turns {@link Article}s into Spark {@link Row}s of {@link ArticleSchema#ARTICLE}, field for field. */
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
                a.url(), a.canonicalUrl(), a.title(), a.description(), a.text(), authors(a.authors()),
                a.published(), a.modified(), a.language(), a.locale(), a.siteName(), a.section(),
                a.tags().toArray(new String[0]), a.keywords().toArray(new String[0]), a.pageType(), images(a.images()), publisher(a.publisher()),
                a.wordCount(), a.fingerprint(), a.license(), a.access(),
                s.warcFile(), s.warcOffset(), s.warcLength(), s.warcDate(), s.warcRecordId(), s.httpStatus()};
    }

    // Lists go in as Java arrays: Spark's row encoder takes arrays or Scala Seqs, and arrays need no Scala
    // collection converters, which differ between Scala 2.12 and 2.13.
    private static Row[] authors(List<Author> authors) {
        Row[] out = new Row[authors.size()];
        for (int i = 0; i < out.length; i++) out[i] = RowFactory.create(authors.get(i).name(), authors.get(i).url());
        return out;
    }

    private static Row[] images(List<Image> images) {
        Row[] out = new Row[images.size()];
        for (int i = 0; i < out.length; i++) out[i] = image(images.get(i));
        return out;
    }

    private static Row image(Image i) {
        if (i == null) return null;
        return RowFactory.create(i.url(), i.width(), i.height(), i.caption(), i.credit(), i.role());
    }

    private static Row publisher(Publisher p) {
        if (p == null) return null;
        return RowFactory.create(p.name(), p.url(), p.email(), p.telephone(), p.legalName(), image(p.logo()));
    }
}
