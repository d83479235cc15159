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
    /**
     * "Posted by Konstantin", "Geschrieben von Cooper am 25.08.2015": a verb of writing before one name (a first
     * name or a user name), and at most the date after it; unlike a bare "von Berlin", it names a writer.
     */
    private static final java.util.regex.Pattern POSTED_BY = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:posted|written|geschrieben|erstellt|verfasst|eingestellt)\\s+(?:by|von)\\s+"
                    + "(\\p{L}[\\p{L}\\d_.-]{1,30})(?:\\s+(?:am|on|um|at)\\b.*)?$");
    /** "Ein Artikel von", "Eine Kolumne von", "Blog Beitrag von": a German byline that names the kind of piece. */
    private static final String PIECE_BY = "(?:eine?\\s+|blog\\s*)?(?:artikel|beitrag|kolumne|gastbeitrag|kommentar|bericht"
            + "|reportage|glosse)\\s+von\\s+";
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
            "(?iu)^\\s*(?:text\\s+|text\\s*:\\s*|autor(?:in)?\\s*:\\s*|author\\s*:\\s*|written\\s+|posted\\s+|" + PIECE_BY + ")?"
                    + "(?:von|by|par|por|door)?\\s*"
                    + "(?:" + NAME + "|" + CAPS_NAME + "\\s(?:&|(?-i:und|and))\\s" + CAPS_NAME + ")\\s*$");
    static final java.util.regex.Pattern BYLINE_LEAD = java.util.regex.Pattern.compile(
            "(?iu)^[\\s|•·–-]*(?:(?:autor(?:in|en)?|authors?)\\s*$|text\\b|autor(?:in)?\\s*:|author\\s*:|redaktion\\s*:|contributors?\\s*:"
                    + "|(?:written|article|posted)\\s+by|(?:geschrieben|erstellt|verfasst|eingestellt)\\s+von"
                    + "|(?:von|by|par|por|door)(?:\\s|:|$)|" + PIECE_BY + ")");
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:autor(?:in)?|author|text|von|by|redaktion|contributors?)\\s*:\\s*(\\S.{2,})$");
    /** A byline label standing alone, its name in the next node. */
    private static final java.util.regex.Pattern LABEL_ONLY = java.util.regex.Pattern.compile(
            "(?iu)\\s*(?:autor(?:in|en)?|authors?|von|by|text|(?:written|article)\\s+by|contributors?\\s*:)\\s*:?\\s*");
    /** "Autor", "Authors" with no colon: a column heading, or a menu entry. */
    private static final java.util.regex.Pattern BARE_LABEL = java.util.regex.Pattern.compile(
            "(?iu)\\s*(?:autor(?:in|en)?|authors?)\\s*");
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(?iu)\\b\\d{1,2}[:.]\\d{2}\\b|\\b(?:uhr|am|pm|h)\\b");
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("\\s[-–—|]\\s|\\|");
    private static final java.util.regex.Pattern AUTHOR_HREF = java.util.regex.Pattern.compile(
            "(?i)/(?:authors?|autor(?:en)?|auteurs?|autores?|writers?|contributors?|journalist(?:en)?|editors)/[^/?#]+");
    private static final java.util.regex.Pattern LEAD_MARKS = java.util.regex.Pattern.compile("^[\\s|•·–-]+");
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

    /**
     * Parents of short text nodes that start like a byline; the page index holds the text nodes that pass the
     * cheap first test.
     */
    private List<Element> bylineLeads() {
        List<Element> out = new ArrayList<>();
        for (org.jsoup.nodes.TextNode t : index.leadTexts()) {
            if (out.size() >= 30) break;
            if (TextScans.keptOver(t.getWholeText(), 80, 0) > 80) continue; // certainly over 80 once normalised: not built
            String s = t.text();
            if (s.length() < 2 || s.length() > 80) continue;
            String lead = s.stripLeading();
            if (lead.isEmpty() || TextScans.LEAD_CHARS.indexOf(lead.charAt(0)) < 0) continue;
            Element p = t.parent();
            if (p != null && BYLINE_LEAD.matcher(s).lookingAt() && !out.contains(p)) out.add(p);
        }
        return out;
    }

    /** Fallback: a short element whose own text is just a byline ("von Jane Doe"), outside foreign regions. */
    void fromTextLines(Map<String, Author> people) {
        List<Element> leads = bylineLeads();
        // as for bylines: outside every foreign region first, then outside comments and story lists only
        if (!fromTextLines(leads, people, false)) fromTextLines(leads, people, true);
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
            java.util.regex.Matcher labelled = LABELLED.matcher(text);
            if (LABEL_ONLY.matcher(text).matches()) {
                // "<p>Written by</p><p>Jane Doe</p>": the label and the name in sibling elements
                String after = textAfter(e);
                if (after.length() > 60) continue;
                if (BARE_LABEL.matcher(text).matches()) {
                    if (bareLabel(e, after, people)) return true;
                    continue;
                }
                text = after;
            } else if (!TEXT_BYLINE.matcher(text).matches()) {
                java.util.regex.Matcher posted = POSTED_BY.matcher(text);
                if (posted.matches()) {
                    text = posted.group(1); // "Posted by Konstantin": one name after an explicit verb
                } else if (labelled.matches()) {
                    text = labelled.group(1); // "Autorin: Jane Doe, project lead": the names and roles after the label
                } else {
                    continue;
                }
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
        if (br == null) return e.text();
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
        for (java.util.regex.Pattern p : new java.util.regex.Pattern[]{DASH, DATE_WORD}) {
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
            finder.addDom(found, text, a.absUrl("href"));
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
                if (r.isObject() && JsonLd.hasType(r, PERSON)) addDeclared(out, JsonLd.str(r.get("name")), false);
            }
        }
        if (!out.isEmpty()) return new AuthorFinder.Found(new ArrayList<>(out.values()), "json-ld", org);
        for (String key : Vocabulary.AUTHOR_META) {
            for (String v : meta.all(key)) addDeclared(out, v, true);
            if (!out.isEmpty()) return new AuthorFinder.Found(new ArrayList<>(out.values()), "meta", org);
        }
        return null;
    }

    private static final java.util.Set<String> PERSON = java.util.Set.of("person");
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
