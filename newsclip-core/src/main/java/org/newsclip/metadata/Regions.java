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

    /** A page-layout class ("noSidebar", "no-sidebar") names the page's state, not a sidebar region. */
    private static boolean layoutState(Element e) {
        String c = e.className().toLowerCase(java.util.Locale.ROOT);
        return c.contains("nosidebar") || c.contains("no-sidebar") || c.contains("no_sidebar");
    }

    /** True when the element or an ancestor is a comment or reply region. */
    boolean comment(Element e) {
        if (e == null) return false;
        Boolean known = comment.get(e);
        if (known != null) return known;
        boolean result = hinted(e, COMMENT) || comment(e.parent());
        comment.put(e, result);
        return result;
    }

    private static boolean hinted(Element e, java.util.regex.Pattern p) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) return false;
        return p.matcher(c.isEmpty() ? id : id.isEmpty() ? c : c + " " + id).find();
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
