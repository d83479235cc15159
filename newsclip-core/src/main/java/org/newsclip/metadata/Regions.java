package org.newsclip.metadata;

import org.jsoup.nodes.Element;

/** Where an element sits: inside a region that is not the article's own (comments, related lists, sidebars). */
final class Regions {
    private Regions() {
    }

    /** True when the element or an ancestor is a comment, related-story, sidebar, footer or navigation region. */
    static boolean foreign(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth < 25; a = a.parent(), depth++) {
            String tag = a.tagName();
            if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) return true;
            if (tag.equals("article") || tag.equals("main") || tag.equals("body")) return false;
            String hint = a.className() + " " + a.id();
            if (hint.length() > 1 && Vocabulary.FOREIGN_REGION.matcher(hint).find()) return true;
        }
        return false;
    }

    /** True when the element or an ancestor is a comment or reply region. */
    static boolean comment(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth < 25; a = a.parent(), depth++) {
            String hint = a.className() + " " + a.id();
            if (hint.length() > 1 && COMMENT.matcher(hint).find()) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern COMMENT =
            java.util.regex.Pattern.compile("(?i)comment|kommentar|reply|replies|respon|disqus|leserbrief");

    /** True when {@code e} comes after {@code anchor} in document order (or inside it). */
    static boolean after(Element e, Element anchor) {
        java.util.List<Integer> a = path(e);
        java.util.List<Integer> b = path(anchor);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) return c > 0;
        }
        return a.size() >= b.size();
    }

    private static java.util.List<Integer> path(Element e) {
        java.util.ArrayList<Integer> p = new java.util.ArrayList<>();
        for (Element a = e; a != null; a = a.parent()) p.add(a.elementSiblingIndex());
        java.util.Collections.reverse(p);
        return p;
    }
}
