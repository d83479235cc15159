package org.newsclip.render;

import org.jsoup.nodes.Element;

/** Renders a content tree as clean structural HTML (the tree is already cleaned by the content extractor). */
public final class HtmlRenderer {
    public String render(Element root) {
        StringBuilder sb = new StringBuilder();
        for (Element child : root.children()) sb.append(child.outerHtml()).append('\n');
        return sb.toString().strip();
    }
}
