package org.newsclip.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/** Finds the main content of a parsed page. Thread-safe; may modify the document it is given. */
public final class ContentExtractor {

    public Body extract(Document doc, ContentContext ctx) {
        Element root = new Element("div");
        doc.body().select("p, h1, h2, h3, h4, h5, h6, li, pre, blockquote").forEach(e -> {
            if (e.parents().stream().noneMatch(p -> p.nameIs("p") || p.nameIs("li") || p.nameIs("blockquote"))) {
                root.appendChild(e.clone());
            }
        });
        return new Body(root, "article", List.of(), List.of());
    }
}
