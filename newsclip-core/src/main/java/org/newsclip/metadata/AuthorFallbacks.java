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
 * The author rules that run when neither the declared authors nor a byline element named anyone: short text lines
 * that are only a byline, a dateline under the headline that names a person, and a bare link to an author page.
 * One instance serves one extraction.
 */
final class AuthorFallbacks {
    /** "Ein Artikel von", "Eine Kolumne von", "Blog Beitrag von": a German byline that names the kind of piece. */
    static final String PIECE_BY = "(?:eine?\\s+|blog\\s*)?(?:artikel|beitrag|kolumne|gastbeitrag|kommentar|bericht"
            + "|reportage|glosse)\\s+von\\s+";
    static final java.util.regex.Pattern BYLINE_LEAD = java.util.regex.Pattern.compile(
            "(?iu)^[\\s|•·–-]*(?:(?:autor(?:in|en)?|authors?)\\s*$|text\\b|(?:autor(?:in|a|e)?|auteure?|author)\\s*:|redaktion\\s*:|contributors?\\s*:"
                    + "|(?:written|article|posted)\\s+by|(?:geschrieben|erstellt|verfasst|eingestellt)\\s+von"
                    + "|(?:von|by|par|por|door)(?:\\s|:|$)|" + PIECE_BY + ")");
    static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(?iu)\\b\\d{1,2}[:.]\\d{2}\\b|\\b(?:uhr|am|pm|h)\\b");
    static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("\\s[-–—|]\\s|\\|");
    private static final java.util.regex.Pattern AUTHOR_HREF = java.util.regex.Pattern.compile(
            "(?i)/(?:authors?|autor(?:en)?|auteurs?|autores?|writers?|contributors?|journalist(?:en)?|editors)/[^/?#]+");
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile("[,;]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACES_SLASHES = java.util.regex.Pattern.compile("[\\s/]+");

    private final AuthorFinder finder;
    private final Regions regions;
    private final PageIndex index;

    AuthorFallbacks(AuthorFinder finder, Regions regions, PageIndex index) {
        this.finder = finder;
        this.regions = regions;
        this.index = index;
    }

    /** Fallback: a short element or line whose own text is just a byline ("von Jane Doe"), outside foreign regions. */
    void fromTextLines(Map<String, Author> people) {
        lines().find(people);
    }

    /** Very last resort: a line of a longer block, after a break, that is only a byline ({@link BylineLines}). */
    void fromBrokenLines(Map<String, Author> people) {
        lines().fromBrokenLines(people);
    }

    private BylineLines lines() {
        if (bylineLines == null) bylineLines = new BylineLines(finder, regions, index);
        return bylineLines;
    }

    private BylineLines bylineLines;

    /**
     * Last resort: a short dateline just after the headline that also names a person ("11.12.2019 - Jane Doe",
     * "04.02.2022 | 13:10 Uhr | Jane Doe"); only full names count, so that a section name is never taken.
     */
    void besideHeadline(Element headline, Map<String, Author> people) {
        int seen = 0;
        for (Element e = headline.nextElementSibling(); e != null && seen++ < 3; e = e.nextElementSibling()) {
            if (datelineName(e, people)) return;
        }
        seen = 0;
        Element parent = headline.parent();
        for (Element e = parent == null ? null : parent.nextElementSibling(); e != null && seen++ < 2;
             e = e.nextElementSibling()) {
            if (datelineName(e, people)) return;
        }
    }

    /**
     * Last resort: the first link to an author page ("/author/jane-doe") outside foreign regions whose text is a
     * full name: many themes print the byline as a bare link with no class that says so.
     */
    void authorPageLink(Map<String, Author> people) {
        int seen = 0;
        for (Element a : index.tag("a")) {
            String href = a.attributes().get("href");
            if (!mayBeAuthorPage(href) || !AUTHOR_HREF.matcher(href).find()) continue;
            if (++seen > 10) return;
            String text = a.text();
            if (text.length() < 4 || text.length() > 60 || regions.foreign(a) || BylinePlaces.inComment(a)) continue;
            Map<String, Author> found = new LinkedHashMap<>();
            finder.addDom(found, text, index.absUrl(a, "href"));
            found.values().removeIf(x -> !Authors.personLike(x.name()));
            if (!found.isEmpty()) {
                people.putAll(found);
                return;
            }
        }
    }

    /** A cheap test before the pattern: most links on a page lead nowhere near an author page. */
    private static boolean mayBeAuthorPage(String href) {
        return href.contains("/aut") || href.contains("/Aut") || href.contains("writer")
                || href.contains("contributor") || href.contains("journalist") || href.contains("/editors/");
    }

    private boolean datelineName(Element e, Map<String, Author> people) {
        String t = ElementText.head(e, 80); // the block after a headline is often the whole article: not read whole
        if (t.length() < 8 || t.length() > 80 || regions.foreign(e) || BylinePlaces.inComment(e)) return false;
        DateParser.Found d = DateParser.first(t, false);
        if (d == null) return false;
        String rest = CLOCK.matcher(t.substring(0, d.start()) + "\n" + t.substring(d.end())).replaceAll(" ");
        Map<String, Author> found = new LinkedHashMap<>();
        finder.addDom(found, DASH.matcher(rest).replaceAll("\n"), null);
        found.values().removeIf(a -> !Authors.personLike(a.name()));
        people.putAll(found);
        return !found.isEmpty();
    }

    /**
     * Very last resort, when no person was found: the author the page declares though our rules would not read it
     * as a person's name. A JSON-LD author typed Person is credited as the page declares it ("happyface313", a
     * first name); an author meta tag only when it is a user name ("ggailey777", "annette thurmon"), since a
     * capitalised one there most often names the company behind the site, not the article's author. Newsrooms,
     * agencies and web addresses are never credited ({@link #creditsPerson}).
     */
    AuthorFinder.Found declaredAnyway(JsonLd ld, com.fasterxml.jackson.databind.JsonNode main, MetaTags meta,
                                      String org) {
        Map<String, Author> out = new LinkedHashMap<>();
        if (main != null) {
            com.fasterxml.jackson.databind.JsonNode a = main.has("author") ? main.get("author") : main.get("creator");
            for (com.fasterxml.jackson.databind.JsonNode n : JsonLd.list(a)) {
                com.fasterxml.jackson.databind.JsonNode r = ld.resolve(n);
                if (r.isObject() && JsonLd.hasType(r, Vocabulary.PERSON_TYPES)) addDeclared(out, JsonLd.str(r.get("name")), false);
            }
        }
        if (!out.isEmpty()) return new AuthorFinder.Found(new ArrayList<>(out.values()), "json-ld", org);
        for (String key : Vocabulary.AUTHOR_META) {
            for (String v : meta.all(key)) addDeclared(out, v, true);
            if (!out.isEmpty()) return new AuthorFinder.Found(new ArrayList<>(out.values()), "meta", org);
        }
        return null;
    }

    /** A user name: lower case letters and digits, one to three words ("ggailey777", "annette thurmon"). */
    private static final java.util.regex.Pattern USER_NAME = java.util.regex.Pattern.compile(
            "[\\p{Ll}\\d_.-]*\\p{Ll}[\\p{Ll}\\d_.-]*(?: [\\p{Ll}\\d_.-]+){0,2}");

    /**
     * Adds each part of a declared author string ("A, B") that credits someone: not a URL, a web address, a
     * placeholder ("admin", "null"), nor, where only user names count, a capitalised name.
     */
    private void addDeclared(Map<String, Author> out, String raw, boolean userNamesOnly) {
        if (raw == null || raw.contains("://") || raw.contains("@")) return;
        for (String part : COMMA.split(raw)) {
            String n = Vocabulary.BYLINE_PREFIX.matcher(part.replace('\u00a0', ' ').trim()).replaceFirst("").trim();
            if (n.length() < 2 || n.length() > 60) continue;
            if (Vocabulary.PLACEHOLDER_AUTHORS.contains(n.toLowerCase(java.util.Locale.ROOT))) continue;
            if (userNamesOnly ? !USER_NAME.matcher(n).matches() : n.codePoints().noneMatch(Character::isLetter)) continue;
            // a personal site is named after its owner, but a newsroom's shouted masthead (", USA TODAY") is no author
            if (Authors.shouted(n) && finder.siteName(n) || !creditsPerson(n)) continue;
            out.putIfAbsent(Titles.norm(n), new Author(n, null));
        }
    }

    /**
     * Very last resort: the text of the first element that the markup marks as the byline (rel=author,
     * itemprop=author, an author or byline class), outside comments and lists of other stories, taken as the page
     * writes it: a user name ("freeman1984"), a first name, a name our person tests turned down. The markup says it
     * is the author; newsrooms, agencies and web addresses are still not ({@link #creditsPerson}).
     */
    List<Author> bylineAnyway() {
        List<Element> hinted = index.hinted();
        int seen = 0;
        for (int i = 0; i < hinted.size(); i++) {
            Element e = hinted.get(i);
            if (!finder.byline(i) || AuthorFinder.SKIP_TAGS.contains(e.normalName())
                    || FORM_TAGS.contains(e.normalName())) continue;
            if (++seen > 30) break;
            String text = shownText(e);
            if (text.isEmpty() || text.length() > 60 || BylinePlaces.otherStory(e) || BylinePlaces.inComment(e)) continue;
            if (BylinePlaces.credit(e)) continue; // a picture's credit or licence line
            List<Author> out = new ArrayList<>();
            for (String part : SHOWN_SPLIT.split(text)) {
                String n = part.substring(part.lastIndexOf(':') + 1).trim(); // "Artikel von: hausinfo"
                n = Vocabulary.BYLINE_PREFIX.matcher(VOM.matcher(n).replaceFirst("")).replaceFirst("");
                n = EDGE_MARKS.matcher(n).replaceAll("");
                if (shownCredit(n) && creditsPerson(n)) out.add(new Author(n, null));
            }
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    /**
     * The byline's name as shown: its microdata name (a {@code <meta itemprop=name>} gives it in content), else
     * the text, else, in a long line ("Posted by jdoe on Friday … from the dept."), the link after "by".
     */
    private static String shownText(Element e) {
        Element named = e.selectFirst("[itemprop=name]");
        if (named != null) return MetaTags.itemValue(named);
        String text = e.text();
        if (text.length() <= 60) return text;
        for (Element a : e.getElementsByTag("a")) {
            Node prev = a.previousSibling();
            if (prev instanceof org.jsoup.nodes.TextNode t && BY_BEFORE.matcher(t.text()).find()) return a.text();
        }
        return "";
    }

    private static final java.util.regex.Pattern BY_BEFORE =
            java.util.regex.Pattern.compile("(?iu)(?:^|\\s)(?:by|von|par|por|door)\\s*:?\\s*$");

    private static final java.util.Set<String> FORM_TAGS = java.util.Set.of("form", "label", "input", "textarea",
            "select", "legend");
    private static final java.util.regex.Pattern SHOWN_SPLIT = java.util.regex.Pattern.compile("\\s*[,;|•·]\\s*|\\s+(?:and|und|&)\\s+");
    /** German "vom" ("from the") leads some WordPress bylines ("vom Krimiblogger"). */
    private static final java.util.regex.Pattern VOM = java.util.regex.Pattern.compile("(?iu)^vom\\s+");

    /**
     * One to four words with a letter, each capitalised (name particles aside), or one user name ("freeman1984");
     * no date, clock, placeholder or label: what is left of a byline once "By" is gone, not a form field or a
     * "5 min read".
     */
    private static boolean shownCredit(String n) {
        if (n.length() < 2 || n.length() > 40 || n.codePoints().noneMatch(Character::isLetter)) return false;
        String[] words = SPACES.split(n);
        if (words.length > 4 || CLOCK.matcher(n).find()) return false;
        if (words.length == 1 ? !SHOWN_HANDLE.matcher(n).matches() || Authors.weekday(n) : !capitalised(words)) {
            return false;
        }
        String lower = n.toLowerCase(java.util.Locale.ROOT);
        return !Vocabulary.PLACEHOLDER_AUTHORS.contains(lower) && !Vocabulary.NOT_NAMES.contains(lower);
    }

    /**
     * False for what credits no person even where the markup calls it the author: a newsroom or team ("Redaktion",
     * "Staff Writer", "EDB Team"), an organisation ("… Foundation"), an agency's letters ("AFP", "IWB"), a shouted
     * masthead or a web address. Such names would poison every author statistic; the site is the publisher's.
     */
    static boolean creditsPerson(String n) {
        String lower = n.toLowerCase(java.util.Locale.ROOT);
        if (Vocabulary.NEWSROOM_NAMES.contains(lower) || WEB_ADDRESS.matcher(lower).find()) return false;
        String[] words = SPACES_SLASHES.split(lower);
        for (String w : words) {
            String c = Authors.NOT_LETTER.matcher(w).replaceAll("");
            if (Vocabulary.NEWSROOM_WORDS.contains(c) || Vocabulary.ORG_WORDS.contains(c)) return false;
        }
        String letters = Authors.NOT_LETTER.matcher(n).replaceAll("");
        boolean capitals = letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
                && !letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
        if (capitals && !n.contains(".") && letters.length() <= 5) return false; // "AFP"; initials "R. R." are a person's
        return !(words.length > 1 && Authors.shouted(n));
    }

    private static final java.util.regex.Pattern WEB_ADDRESS =
            java.util.regex.Pattern.compile("^www\\.|\\.[a-z]{2,4}(?:$|[\\s/-])");

    private static final java.util.regex.Pattern SHOWN_HANDLE = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\d_.-]*");
    private static final java.util.regex.Pattern EDGE_MARKS = java.util.regex.Pattern.compile(
            "^[\\s:|•·–-]+|[\\s:|•·,–-]+$");

    /** Small words inside a newsroom's or a team's name ("Ask the Doctors", "the Lavazza Team"). */
    private static final java.util.Set<String> LINKS = java.util.Set.of("the", "of", "and", "for", "&");

    private static boolean capitalised(String[] words) {
        for (String w : words) {
            if (DateParser.first(w, false) != null || w.chars().anyMatch(Character::isDigit)) return false;
            if (!Character.isUpperCase(w.codePointAt(0)) && !Authors.PARTICLES.contains(w) && !LINKS.contains(w)) return false;
        }
        return Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    /**
     * The {@code <byline>} element of news markup (NITF, which some CMSs emit as is: "{@code <byline>Von Jane Doe,
     * dpa</byline>}"): the full names in it; an agency's letters beside them stay out.
     */
    void bylineTags(Map<String, Author> people) {
        for (Element e : index.tag("byline")) {
            String text = e.text();
            if (text.length() > 120 || regions.foreign(e) || BylinePlaces.inComment(e)) continue;
            Map<String, Author> found = new LinkedHashMap<>();
            finder.addDom(found, text, null);
            found.values().removeIf(a -> !Authors.personLike(a.name()));
            if (!found.isEmpty()) {
                people.putAll(found);
                return;
            }
        }
    }

    /**
     * Last resort, as {@link #besideHeadline}: the dateline just above the headline ("04.02.2022 | 13:10 Uhr |
     * Jane Doe" in a {@code <small>} before the {@code <h1>}), where some CMSs print it.
     */
    void aboveHeadline(Element headline, Map<String, Author> people) {
        Element e = headline.previousElementSibling();
        // above the headline stand kickers and tags too ("Olympia 02.02.2022"): only a dateline parted by dashes
        // or bars names a person there
        if (e != null && DASH.matcher(e.text()).find()) datelineName(e, people);
    }

    /**
     * Last resort: an author box that the markup marks as the byline (an author class) but that holds the writer's
     * bio too, too long for a byline: its first line, when that is a person's full name ("Jane Doe" over "Jane is a
     * growth-focused marketer ...").
     */
    void authorBox(Map<String, Author> people) {
        List<Element> hinted = index.hinted();
        int seen = 0;
        for (int i = 0; i < hinted.size(); i++) {
            Element e = hinted.get(i);
            if (!finder.byline(i) || AuthorFinder.SKIP_TAGS.contains(e.normalName())) continue;
            if (++seen > 30) return;
            if (BylinePlaces.otherStory(e) || BylinePlaces.inComment(e) || BylinePlaces.credit(e)) continue;
            org.jsoup.nodes.TextNode first = firstText(e, 0);
            String line = first == null ? null : first.text();
            if (line == null || line.length() == e.text().length()) continue; // a name alone: not a box
            String name = line.trim();
            if (name.length() < 5 || name.length() > 40 || !Authors.personLike(name) || !Authors.looksLikeByline(name)
                    || !List.of(name).equals(Authors.clean(name, java.util.Set.of())) // "Analysis, Interviews"
                    || finder.siteName(name) || !creditsPerson(name)) continue;
            people.putIfAbsent(Titles.norm(name), new Author(name, null));
            return;
        }
    }

    /** The first non-blank text node inside the element, looking a few levels deep. */
    private static org.jsoup.nodes.TextNode firstText(Element e, int depth) {
        if (depth > 8) return null;
        for (Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                if (!t.isBlank()) return t;
            } else if (n instanceof Element c && !AuthorFinder.SKIP_TAGS.contains(c.normalName())) {
                org.jsoup.nodes.TextNode t = firstText(c, depth + 1);
                if (t != null) return t;
                if (c.isBlock() && !c.text().isEmpty()) return null;
            }
        }
        return null;
    }
}
