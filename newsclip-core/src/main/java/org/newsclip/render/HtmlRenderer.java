package org.newsclip.render;

import org.jsoup.nodes.Element;

/** Renders a content tree as clean structural HTML (the tree is already cleaned by the content extractor). */
public final class HtmlRenderer {
    public String render(Element root) {
        // one buffer for the whole tree: no string per child, and one copy out of it
        StringBuilder sb = new StringBuilder(1024);
        // a detached tree (the content extractor builds one) prints with jsoup's default settings, which PrettyHtml
        // writes at less cost; anything else, or a tree it refuses, goes through jsoup
        if (root.ownerDocument() == null && new PrettyHtml(sb).write(root)) return TextRenderer.strip(sb);
        sb.setLength(0);
        return TextRenderer.strip(root.html(sb));
    }
}
