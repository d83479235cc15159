package org.newsclip.metadata;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.newsclip.html.ElementText;
import org.newsclip.model.Author;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The author fallback that reads short visible lines which are only a byline ("von Jane Doe", "Text: Jane Doe",
 * "Written by" over the name): whole short elements, their first line before a break, and the lines of a long block
 * parted by breaks. Reads the byline-like text nodes that the page index holds. One instance serves one extraction.
 */
final class BylineLines {
    /**
     * "Posted by Konstantin", "Geschrieben von Cooper am 25.08.2015": a verb of writing before one name (a first
     * name or a user name), and at most the date after it; unlike a bare "von Berlin", it names a writer.
     */
    private static final java.util.regex.Pattern POSTED_BY = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:posted|written|geschrieben|erstellt|verfasst|eingestellt)\\s+(?:by|von)\\s+"
                    + "(\\p{L}[\\p{L}\\d_.-]{1,30})(?:\\s+(?:am|on|um|at)\\b.*)?$");
    /** A full name in a byline line: a capitalised word and one to three more. */
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+[\\p{L}.'’-]+){1,3}";
    /** A full name of capitalised words (name particles aside), as each of two names joined by "and" must be. */
    private static final String CAPS_NAME = "(?-i:\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|v[oa]n|de[rn]?|d[aiu]"
            + "|del|la|le)){1,3})";
    /**
     * A short visible line that is only a byline: "von Jane Doe", "Text: Jane Doe", "By Jane Doe", "Von Jane Doe
     * und John Roe" (a lower-case "and": "CUSTOMS AND BORDER PROTECTION" is an agency).
     */
    private static final java.util.regex.Pattern TEXT_BYLINE = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:text\\s+|text\\s*:\\s*|(?:autor(?:in|a|e)?|auteure?|author)\\s*:\\s*|written\\s+|posted\\s+|" + AuthorFallbacks.PIECE_BY + ")?"
                    + "(?:von|by|par|por|door)?\\s*:?\\s*" // "Written by: Jane Doe"
                    + "(?:" + NAME + "|" + CAPS_NAME + "\\s(?:&|(?-i:und|and))\\s" + CAPS_NAME + ")\\s*$");
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:autor(?:in|a|e)?|auteure?|author|text|von|by|redaktion|contributors?|(?:written|posted|article)\\s+by)"
                    + "\\s*:\\s*(\\S.{2,})$");
    /** A byline label standing alone, its name in the next node. */
    private static final java.util.regex.Pattern LABEL_ONLY = java.util.regex.Pattern.compile(
            "(?iu)\\s*(?:autor(?:in|en)?|authors?|von|by|text|(?:written|article)\\s+by|contributors?\\s*:)\\s*:?\\s*");
    /** "Autor", "Authors" with no colon: a column heading, or a menu entry. */
    private static final java.util.regex.Pattern BARE_LABEL = java.util.regex.Pattern.compile(
            "(?iu)\\s*(?:autor(?:in|en)?|authors?)\\s*");
    private static final java.util.regex.Pattern LEAD_MARKS = java.util.regex.Pattern.compile("^[\\s|•·–-]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final AuthorFinder finder;
    private final Regions regions;
    private final PageIndex index;

    BylineLines(AuthorFinder finder, Regions regions, PageIndex index) {
        this.finder = finder;
        this.regions = regions;
        this.index = index;
    }

    /**
     * Reads the parents of short text nodes that start like a byline, and those that open a line after a break;
     * the page index holds the text nodes that pass the cheap first test.
     */
    private void bylineLeads() {
        List<Element> out = new ArrayList<>();
        leads = out;
        for (org.jsoup.nodes.TextNode t : index.leadTexts()) {
            if (out.size() >= 30) break;
            if (TextScans.keptOver(t.getWholeText(), 80, 0) > 80) continue; // certainly over 80 once normalised: not built
            String s = t.text();
            if (s.length() < 2 || s.length() > 80) continue;
            String lead = s.stripLeading();
            if (lead.isEmpty() || TextScans.LEAD_CHARS.indexOf(lead.charAt(0)) < 0) continue;
            Element p = t.parent();
            if (p == null || !AuthorFallbacks.BYLINE_LEAD.matcher(s).lookingAt()) continue;
            if (!out.contains(p)) out.add(p);
            if (afterBreak(t)) lines.add(t);
        }
    }

    /** Parents of the lead texts, once read. */
    private List<Element> leads;

    /** Lead texts that open a line after a {@code <br>}: bylines inside a longer block ("…<br><br>Autor: Jane Doe"). */
    private final List<org.jsoup.nodes.TextNode> lines = new ArrayList<>();

    private static boolean afterBreak(org.jsoup.nodes.TextNode t) {
        Node prev = t.previousSibling();
        while (prev instanceof org.jsoup.nodes.TextNode x && x.isBlank()) prev = prev.previousSibling();
        return prev instanceof Element b && b.nameIs("br");
    }

    /** Fallback: a short element whose own text is just a byline ("von Jane Doe"), outside foreign regions. */
    void find(Map<String, Author> people) {
        if (leads == null) bylineLeads();
        // as for bylines: outside every foreign region first, then outside comments and story lists only
        if (!fromTextLines(leads, people, false)) fromTextLines(leads, people, true);
    }

    /**
     * A line of a block parted by breaks that is only a byline, where the block is too long to be one: the byline
     * that closes a story written as one {@code <div>} with {@code <br>}s ("…<br><br>Autor: <a>Rechtsanwalt</a>
     * Jane Doe</div>"). The line runs from the lead text to the next break or block.
     */
    void fromBrokenLines(Map<String, Author> people) {
        if (leads == null) bylineLeads();
        for (org.jsoup.nodes.TextNode t : lines) {
            Element e = t.parent();
            if (ElementText.head(e, 80).length() <= 80) continue; // read whole already
            if (regions.foreign(e) || BylinePlaces.inComment(e) || BylinePlaces.credit(e)) continue;
            String line = lineFrom(t);
            if (line == null) continue;
            String text = withoutDateline(LEAD_MARKS.matcher(AuthorFinder.NOT_AUTHOR_ROLE.matcher(line).replaceAll(""))
                    .replaceFirst(""));
            String names = names(text);
            if (names == null) continue;
            finder.addDom(people, names, null);
            if (!people.isEmpty()) return;
        }
    }

    /** The text from the node to the next break or block, normalised; null when longer than a byline line. */
    private static String lineFrom(org.jsoup.nodes.TextNode t) {
        StringBuilder sb = new StringBuilder();
        for (Node n = t; n != null && sb.length() <= 80; n = n.nextSibling()) {
            if (n instanceof org.jsoup.nodes.TextNode x) {
                sb.append(x.text());
            } else if (n instanceof Element c) {
                if (c.nameIs("br") || c.isBlock()) break;
                sb.append(ElementText.head(c, 81));
            }
        }
        String line = SPACES.matcher(sb).replaceAll(" ").trim();
        return line.length() > 80 ? null : line;
    }

    /**
     * The names part of a line that is only a byline ("By Jane Doe", "Posted by Konstantin", "Autorin: Jane Doe,
     * project lead"), or null when the line is not one.
     */
    private static String names(String text) {
        if (TEXT_BYLINE.matcher(text).matches()) return text;
        java.util.regex.Matcher posted = POSTED_BY.matcher(text);
        if (posted.matches()) return posted.group(1); // "Posted by Konstantin": one name after an explicit verb
        java.util.regex.Matcher labelled = LABELLED.matcher(text);
        return labelled.matches() ? labelled.group(1) : null; // the names and roles after the label
    }

    private boolean fromTextLines(List<Element> leads, Map<String, Author> people, boolean relaxed) {
        int seen = 0;
        for (Element e : leads) {
            if (++seen > 30) break;
            if (AuthorFinder.SKIP_TAGS.contains(e.tagName()) || ElementText.head(e, 80).length() > 80) continue;
            if (relaxed ? BylinePlaces.otherStory(e) : regions.foreign(e)) continue;
            if (BylinePlaces.credit(e)) continue; // "Foto: … von Jane Doe" under a picture
            String text = AuthorFinder.NOT_AUTHOR_ROLE.matcher(beforeBreak(e)).replaceAll("");
            text = LEAD_MARKS.matcher(text).replaceFirst("");
            text = withoutDateline(text);
            if (LABEL_ONLY.matcher(text).matches()) {
                // "<p>Written by</p><p>Jane Doe</p>": the label and the name in sibling elements
                String after = textAfter(e);
                if (after.length() > 60) continue;
                if (BARE_LABEL.matcher(text).matches()) {
                    if (bareLabel(e, after, people)) return true;
                    continue;
                }
                text = after;
                // "<span>by</span> <h3><a>delta201</a></h3>": after the label, a user name with digits is the poster's
                finder.addDom(people, text, null);
                if (people.isEmpty()) AuthorFinder.numberedHandle(people, text);
                if (!people.isEmpty()) return true;
                continue;
            } else {
                text = names(text);
                if (text == null) continue;
            }
            finder.addDom(people, text, null);
            if (!people.isEmpty()) return true;
        }
        return false;
    }

    /**
     * The element's text up to its first line break: "{@code <p>Von Jane Doe und John Roe<br>Nairobi</p>}" is a
     * byline over a place line.
     */
    private static String beforeBreak(Element e) {
        Element br = null;
        for (Element c : e.children()) {
            if (c.nameIs("br")) {
                br = c;
                break;
            }
        }
        if (br == null) return listed(e);
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n == br) break;
            if (n instanceof org.jsoup.nodes.TextNode t) sb.append(t.text());
            else if (n instanceof Element c) sb.append(c.text());
        }
        String line = SPACES.matcher(sb).replaceAll(" ").trim();
        return line.isEmpty() ? e.text() : line;
    }

    /**
     * The element's text with a comma where a block inside it starts or ends: "{@code <span>Written by: <ul><li>Jane
     * Doe</li><li>John Roe</li></ul></span>}" lists two names, not one of four words.
     */
    private static String listed(Element e) {
        boolean blocks = false;
        for (Element c : e.getAllElements()) {
            if (c != e && textBlock(c)) {
                blocks = true;
                break;
            }
        }
        if (!blocks) return e.text();
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) sb.append(t.text());
                else if (node != e && node instanceof Element c && textBlock(c)) sb.append(", ");
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != e && node instanceof Element c && textBlock(c)) sb.append(", ");
            }
        }, e);
        String t = LIST_MARKS.matcher(SPACES.matcher(sb).replaceAll(" ")).replaceAll(", ");
        return EDGE_COMMAS.matcher(t).replaceAll("").replace(":,", ":");
    }

    /** A block that shows text: a list item, a paragraph, a division; not a {@code <meta>} of microdata. */
    private static boolean textBlock(Element c) {
        return c.isBlock() && !c.nameIs("meta") && !c.nameIs("link") && c.hasText();
    }

    private static final java.util.regex.Pattern LIST_MARKS = java.util.regex.Pattern.compile("\\s*(?:,\\s*)+");
    private static final java.util.regex.Pattern EDGE_COMMAS = java.util.regex.Pattern.compile("^[\\s,]+|[\\s,]+$");

    /**
     * The text that follows a label element: its next sibling past line breaks ("{@code <b>Von:</b><br><br>Jane
     * Doe}"), else, where the label sits alone in its wrappers ("{@code <div><p><strong>By</strong></p></div>
     * <div><p>Jane Doe</p></div>}"), the next sibling of the outermost wrapper that holds only the label.
     */
    static String textAfter(Element label) {
        Element at = label;
        String text = label.text();
        for (int up = 0; up < 3; up++) {
            Node next = at.nextSibling();
            while (next != null && !(next instanceof Element n && !n.nameIs("br"))
                    && !(next instanceof org.jsoup.nodes.TextNode t && !t.isBlank())) {
                next = next.nextSibling();
            }
            if (next != null) return next instanceof Element n ? n.text() : ((org.jsoup.nodes.TextNode) next).text();
            at = at.parent();
            if (at == null || !at.text().equals(text)) return "";
        }
        return "";
    }

    /** "Ein Artikel von Jane Doe | 27.01.2022 - 12:45", "Von R. R. am 7. August": the byline without its dateline. */
    private static String withoutDateline(String text) {
        for (java.util.regex.Pattern p : new java.util.regex.Pattern[]{AuthorFallbacks.DASH, DATE_WORD}) {
            java.util.regex.Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() > 0 && DateParser.first(text.substring(m.end()), false) != null) {
                    return text.substring(0, m.start()).trim();
                }
            }
        }
        return text;
    }

    /** The word that leads a date after a byline: "Von R. R. am 7. August 2013", "By Jane Doe on May 3". */
    private static final java.util.regex.Pattern DATE_WORD = java.util.regex.Pattern.compile("(?iu)\\s(?:am|on|le|el|il)\\s");

    /**
     * A label without a colon ("Autor", "Written by") over the name in the next element: a heading of a meta
     * column. As a link it is a menu entry ("Authors"), and only full names count after it.
     */
    private boolean bareLabel(Element label, String after, Map<String, Author> people) {
        if (label.normalName().equals("a")) return false;
        Map<String, Author> found = new LinkedHashMap<>();
        finder.addDom(found, after, null);
        found.values().removeIf(x -> !Authors.personLike(x.name()));
        people.putAll(found);
        return !found.isEmpty();
    }
}
