package org.newsclip.render;

import org.jsoup.nodes.Element;

/** Renders a content tree as clean structural HTML (the tree is already cleaned by the content extractor). */
public final class HtmlRenderer {
    public String render(Element root) {
        // one appendable for the whole tree: no string per child, and one copy out of it
        return TextRenderer.strip(root.html(new StringBuilder(1024)));
    }
}
