package org.newsclip.spark;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsclip.model.Source;
import org.newsclip.page.Page;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A {@link PageReader} over jwarc: HTTP responses become pages, every other record is skipped by its type.
 * Stands in for the {@code newsclip-warc} reader until that module is merged.
 */
final class JwarcPageReader implements PageReader {
    private final WarcReader reader;
    private final String file;

    JwarcPageReader(InputStream in, String file) throws IOException {
        this.reader = new WarcReader(in);
        this.file = file;
    }

    @Override
    public boolean next(Visitor visitor) throws IOException {
        long offset = reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) return false;
        WarcRecord rec = next.get();
        if (!(rec instanceof WarcResponse resp)) {
            visitor.skipped(rec.type());
            return true;
        }
        HttpResponse http = resp.http();
        if (http.status() < 200 || http.status() > 299) {
            visitor.skipped("http-status");
            return true;
        }
        byte[] body = http.body().stream().readAllBytes();
        String date = rec.date() == null ? null : rec.date().toString();
        long length = rec.headers().first("Content-Length").map(Long::parseLong).orElse(-1L);
        Source src = Source.of("warc", resp.target())
                .withWarc(file, offset, length, date, rec.id().toString())
                .withHttp(http.status(), http.contentType().toString());
        visitor.page(new Page(body, resp.target(), http.headers().map(), src));
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
