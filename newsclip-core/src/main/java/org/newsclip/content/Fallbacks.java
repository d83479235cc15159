package org.newsclip.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsclip.ExtractionOptions;
import org.newsclip.html.ClassNames;
import org.newsclip.html.DomCleaner;
import org.newsclip.metadata.Metadata;

import java.util.List;

/** The last step of the cascade: compare the extracted tree with cheaper sources and keep the better one. */
final class Fallbacks {
    /** JSON-LD articleBody replaces the DOM content when it is this many times longer (a teaser page). */
    private static final double ARTICLE_BODY_RATIO = 1.6;

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
