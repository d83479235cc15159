package org.newsclip.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsclip.ExtractionOptions;
import org.newsclip.html.ClassNames;
import org.newsclip.html.DomCleaner;
import org.newsclip.metadata.Metadata;

import java.util.List;

/** The last step of the cascade: compare the extracted tree with cheaper sources and keep the better one. */
final class Fallbacks {
    /** JSON-LD articleBody replaces the DOM content when it is this many times longer (a teaser page). */
    private static final double ARTICLE_BODY_RATIO = 1.6;
    /** Parsed once: jsoup parses a query string on every call. */
    private static final Evaluator DESCRIPTION =
            QueryParser.parse("meta[name=description], meta[property=og:description]");

    private Fallbacks() {
    }

    /** Replaces {@code root} by the JSON-LD {@code articleBody} when the DOM showed only a teaser. */
    static Element compare(Element root, Metadata meta, ExtractionOptions options, List<String> warnings) {
        String articleBody = meta == null ? null : meta.articleBody();
        if (articleBody == null || articleBody.isBlank()) return root;
        int domChars = DomCleaner.textChars(root);
        Element fromLd = fromArticleBody(articleBody, options);
        int ldChars = DomCleaner.textChars(fromLd);
        if (ldChars > domChars * ARTICLE_BODY_RATIO) {
            warnings.add("content taken from JSON-LD articleBody: the page shows only a teaser");
            return fromLd;
        }
        return root;
    }

    /**
     * The last resort for a page whose DOM holds no text at all (a script-rendered shell): its declared
     * description, so that an article is never returned empty.
     */
    static Element description(Element root, Document doc, Metadata meta, List<String> warnings) {
        if (!BlockBuilder.isEmpty(root)) return root;
        String d = meta == null ? null : meta.description();
        if (d == null || d.isBlank()) {
            Element m = doc.head().selectFirst(DESCRIPTION);
            d = m == null ? null : m.attr("content");
        }
        if (d == null || d.isBlank()) return root;
        warnings.add("no text in the page: content taken from its description");
        root.appendElement("p").appendText(d.strip());
        return root;
    }

    private static Element fromArticleBody(String text, ExtractionOptions options) {
        Element root = new Element("div");
        if (text.contains("</p>") || text.contains("<br")) {
            Element frag = Jsoup.parseBodyFragment(text).body();
            new BlockBuilder(TextStats.of(frag), options, true, new ClassNames()).build(frag, root);
            return root;
        }
        for (String para : text.split("\\n\\s*")) {
            if (!para.isBlank()) root.appendElement("p").appendText(para.strip());
        }
        return root;
    }
}
