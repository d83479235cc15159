package org.newsclip;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsclip.content.Body;
import org.newsclip.content.ContentContext;
import org.newsclip.content.ContentExtractor;
import org.newsclip.dedupe.TextDigest;
import org.newsclip.metadata.Metadata;
import org.newsclip.metadata.MetadataExtractor;
import org.newsclip.model.Article;
import org.newsclip.model.Image;
import org.newsclip.model.Source;
import org.newsclip.page.CharsetDecoder;
import org.newsclip.page.DecodedPage;
import org.newsclip.page.HtmlRepair;
import org.newsclip.page.Page;
import org.newsclip.render.HtmlRenderer;
import org.newsclip.render.MarkdownRenderer;
import org.newsclip.render.TextRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Page} into an {@link ExtractionResult}. One instance serves any number of threads: it holds only
 * immutable configuration. It never throws on bad input and never modifies the page it is given.
 */
public final class ArticleExtractor {
    /** The value of {@code extractor} in every record. */
    public static final String NAME = "newsclip/" + Version.VERSION;

    private final ExtractionOptions options;
    private final CharsetDecoder decoder = new CharsetDecoder();
    private final MetadataExtractor metadataExtractor = new MetadataExtractor();
    private final ContentExtractor contentExtractor = new ContentExtractor();
    private final TextRenderer textRenderer = new TextRenderer();
    private final MarkdownRenderer markdownRenderer = new MarkdownRenderer();
    private final HtmlRenderer htmlRenderer = new HtmlRenderer();
    private final TextLanguage textLanguage;

    public ArticleExtractor() {
        this(ExtractionOptions.defaults());
    }

    public ArticleExtractor(ExtractionOptions options) {
        this.options = options;
        this.textLanguage = options.languageDetector() == null ? null : new TextLanguage(options.languageDetector());
    }

    public ExtractionOptions options() {
        return options;
    }

    /** Extracts one page; every failure is returned as a result, never thrown. */
    public ExtractionResult extract(Page page) {
        String input = page.source().location() != null ? page.source().location() : page.url();
        try {
            return extractOrReject(page, input);
        } catch (StackOverflowError e) {
            return ExtractionResult.failed(input, "too-deep", "the page nests too deeply to process");
        } catch (OutOfMemoryError e) {
            return ExtractionResult.failed(input, "out-of-memory", "the page is too large to process");
        } catch (RuntimeException e) {
            return ExtractionResult.failed(input, "error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The cascade: check → decode → parse → metadata → main content → record. */
    private ExtractionResult extractOrReject(Page page, String input) {
        List<String> warnings = new ArrayList<>();
        String rejection = PageChecks.rejectionReason(page.bytes());
        if (rejection != null) return ExtractionResult.rejected(input, rejection, PageChecks.describe(rejection));
        Page sized = PageChecks.truncate(page, options.maxBytes(), warnings);
        DecodedPage decoded = decoder.decode(sized);
        warnings.addAll(decoded.warnings());
        if (!PageChecks.looksLikeHtml(decoded.html())) {
            return ExtractionResult.rejected(input, "not-html", "no HTML markup found");
        }
        Document doc = Jsoup.parse(HtmlRepair.repair(decoded.html()), page.url() == null ? "" : page.url());
        Metadata meta = metadataExtractor.extract(doc, page);
        Body body = contentExtractor.extract(doc, new ContentContext(page.url(), meta, options));
        Source source = page.source().withCharset(decoded.charset(), decoded.how(), page.bytes().length);
        return ExtractionResult.extracted(assemble(page, meta, body, source, warnings), input);
    }

    private Article assemble(Page page, Metadata meta, Body body, Source source, List<String> warnings) {
        String text = textRenderer.render(body.root());
        TextDigest digest = TextDigest.of(text);
        warnings.addAll(meta.warnings());
        warnings.addAll(body.warnings());
        Map<String, String> provenance = new LinkedHashMap<>(meta.provenance());
        if (!text.isEmpty()) provenance.put("text", "dom");
        String language = textLanguage == null ? meta.language()
                : textLanguage.resolve(meta, text, provenance, warnings);
        List<Image> images = new ArrayList<>(meta.images());
        for (Image img : body.images()) {
            if (images.stream().noneMatch(i -> i.url().equals(img.url()))) images.add(img);
        }
        return Article.builder()
                .url(page.url()).canonicalUrl(meta.canonicalUrl()).title(meta.title())
                .description(meta.description()).authors(meta.authors())
                .published(meta.published()).modified(meta.modified())
                .section(meta.section()).tags(meta.tags()).keywords(meta.keywords())
                .language(language).locale(meta.locale()).siteName(meta.siteName())
                .publisher(meta.publisher()).pageType(body.pageType()).genre(meta.genre()).images(images)
                .text(emptyToNull(text)).markdown(emptyToNull(markdownRenderer.render(body.root())))
                .html(emptyToNull(htmlRenderer.render(body.root()))).wordCount(digest.words())
                .related(meta.related()).license(meta.license()).access(meta.access())
                .source(source).fingerprint(digest.fingerprint()).provenance(provenance).warnings(warnings)
                .extractor(NAME)
                .build();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
