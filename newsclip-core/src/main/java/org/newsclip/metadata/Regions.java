package org.newsclip.metadata;

import org.jsoup.nodes.Element;

/**
 * Where an element sits: inside a region that is not the article's own (comments, related lists, sidebars). One
 * instance serves one extraction (it remembers its answers); not shared between threads.
 */
final class Regions {

    private final java.util.IdentityHashMap<Element, Boolean> foreign = new java.util.IdentityHashMap<>();
    private final java.util.IdentityHashMap<Element, Boolean> comment = new java.util.IdentityHashMap<>();

    /**
     * True when the element or an ancestor is a comment, related-story, sidebar, footer or navigation region.
     * Answers are remembered per element, so that many questions about one page cost one walk of each path.
     */
    boolean foreign(Element e) {
        if (e == null) return false;
        Boolean known = foreign.get(e);
        if (known != null) return known;
        String tag = e.tagName();
        boolean result;
        if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) result = true;
        else if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")) result = false;
        else result = Vocabulary.FOREIGN_REGION.on(e) && !layoutState(e) || foreign(e.parent());
        foreign.put(e, result);
        return result;
    }

    /**
     * A page-layout class names the page's state, not a sidebar region: "noSidebar", "no-sidebar", and the flags of
     * a container that holds a sidebar or a menu beside the content ("one-sidebar", "with-navigation").
     */
    private static boolean layoutState(Element e) {
        String c = e.className().toLowerCase(java.util.Locale.ROOT);
        return c.contains("nosidebar") || c.contains("no-sidebar") || c.contains("no_sidebar")
                || c.contains("one-sidebar") || c.contains("two-sidebars") || c.contains("with-sidebar")
                || c.contains("has-sidebar") || c.contains("with-navigation");
    }

    /** True when the element or an ancestor is a comment or reply region. */
    boolean comment(Element e) {
        if (e == null) return false;
        Boolean known = comment.get(e);
        if (known != null) return known;
        // the classes of <body> and <html> name the page's template ("comments-page", "comments-open"), not a region
        boolean result = !e.nameIs("body") && !e.nameIs("html") && (COMMENT.on(e) || comment(e.parent()));
        comment.put(e, result);
        return result;
    }

    /**
     * "respond" (the comment form) and "responses", but not "responsive", a layout class on whole pages; like every
     * {@link Hints}, blind to taxonomy classes ("category-kommentar" names a topic).
     */
    private static final Hints COMMENT = Hints.of("comment", "kommentar", "reply", "replies", "respond", "responses",
            "disqus", "leserbrief");

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
