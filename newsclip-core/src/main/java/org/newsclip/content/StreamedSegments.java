package org.newsclip.content;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the streamed parts of a server-rendered React page back in place. React's streaming renderer (Next.js app
 * router, Remix, Gatsby 5) sends the page shell first with a loading placeholder for each part still being
 * rendered ({@code <!--$?--><template id="B:1"></template>Loading...<!--/$-->}, or {@code <template id="P:1">} for
 * a plain segment), and later appends the finished part to the body as {@code <div hidden id="S:1">}, which a
 * small script moves into the placeholder. A copy of the page taken without running scripts thus holds its
 * article as hidden divs after the footer and "Loading..." in the article's place; this does the script's move.
 */
final class StreamedSegments {
    private static final String SEGMENT = "S:";
    private static final String BOUNDARY = "B:";
    private static final String PLACEHOLDER = "P:";

    private StreamedSegments() {
    }

    /** Resolves the streamed segments of {@code body}; a page without any is left as it is after a look at its top level. */
    static void resolve(Element body) {
        Map<String, Element> segments = segments(body);
        if (segments.isEmpty()) return;
        // only pages that stream pay for this walk
        List<Element> templates = body.getElementsByTag("template");
        for (Element t : templates) {
            String id = t.id();
            boolean boundary = id.startsWith(BOUNDARY);
            if (!boundary && !id.startsWith(PLACEHOLDER)) continue;
            Element segment = segments.get(id.substring(2));
            if (segment == null || t.parent() == null) continue;
            if (boundary) dropFallback(t);
            segment.remove();
            List<Node> parts = List.copyOf(segment.childNodes());
            for (Node part : parts) t.before(part);
            t.remove();
        }
    }

    /** The hidden segment divs, which the renderer appends at the top level of the body, by their number. */
    private static Map<String, Element> segments(Element body) {
        Map<String, Element> found = null;
        for (int i = 0; i < body.childrenSize(); i++) {
            Element c = body.child(i);
            if (!c.nameIs("div") || !c.hasAttr("hidden")) continue;
            String id = c.id();
            if (!id.startsWith(SEGMENT)) continue;
            if (found == null) found = new HashMap<>();
            found.put(id.substring(2), c);
        }
        return found == null ? Map.of() : found;
    }

    /**
     * Removes the loading placeholder that follows a boundary's template: up to the matching {@code <!--/$-->}
     * when the boundary's comment markers are there (nested boundaries counted), else the next element only.
     */
    private static void dropFallback(Element template) {
        Node prev = template.previousSibling();
        boolean marked = prev instanceof Comment c && c.getData().equals("$?");
        if (!marked) {
            Element next = template.nextElementSibling();
            if (next != null && !next.nameIs("template")) next.remove();
            return;
        }
        int depth = 0;
        Node n = template.nextSibling();
        while (n != null) {
            Node following = n.nextSibling();
            if (n instanceof Comment c) {
                String d = c.getData();
                if (d.equals("/$")) {
                    if (depth == 0) return;
                    depth--;
                } else if (d.equals("$") || d.equals("$?") || d.equals("$!")) {
                    depth++;
                }
            }
            n.remove();
            n = following;
        }
    }
}
