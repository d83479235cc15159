package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.newsclip.model.Author;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article's authors: JSON-LD author objects, arrays and references; author meta tags; rel=author links,
 * microdata and visible bylines. Organisations are never returned as authors. One instance serves one extraction.
 */
final class AuthorFinder {
    /** The authors found and the source that gave them. */
    record Found(List<Author> authors, String source, String organisation) {
        /**
         * A newsroom, desk or team credit ("AOL Staff", "Lifestyle Desk", "The Example Team"), a news agency, a
         * placeholder or a web address is never an author.
         */
        Found {
            authors = authors.stream().filter(a -> !Authors.newsroomCredit(a.name()) && !Authors.agencyOrAddress(a.name()))
                    .toList();
            if (authors.isEmpty()) source = null;
        }
    }


    private static final java.util.regex.Pattern GLUED_BY = java.util.regex.Pattern.compile("^\\s*(?:By|Von)(?=\\p{Lu}\\p{Ll})");
    /** "Updated by X", "Reviewed by X": people named beside the author who did not write the piece. */
    static final java.util.regex.Pattern NOT_AUTHOR_ROLE = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:updated|reviewed|edited|fact[- ]?checked|illustrat(?:ed|ions?)|photos?|photographs?|translated"
                    + "|aktualisiert|bearbeitet|fotos?|bilder)\\s+(?:by|von)\\b\\s*:?\\s*[^\\n,;]*"
                    + "|\\b(?:übersetzung|translation|traduction|traducción|traduzione)\\s*:?\\s*\\n?[^\\n,;]*");
    private static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\d_.-]{1,30}");
    private static final java.util.regex.Pattern ROLE_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:updated|reviewed|edited|fact[- ]?checked|illustrat(?:ed|ions?)|photos?|photographs?|translated"
                    + "|aktualisiert|bearbeitet|fotos?|bilder)\\s+(?:by|von)\\s*:?\\s*$"
                    // a translator's credit names no writer: "Übersetzung <a>Jane Doe</a>"
                    + "|\\b(?:übersetzung|übersetzt|translation|traduction|traducción|traduzione)\\s*:?\\s*$");
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(" (?:at|for|using) \\p{Lu}");
    private static final java.util.regex.Pattern SECTION_LINE = java.util.regex.Pattern.compile(
            "(?imu)^\\s*(?:in|im|en|dans|filed under|posted in)\\s*:?\\s*\\n[^\\n]*");
    private static final java.util.regex.Pattern VON = java.util.regex.Pattern.compile("(?iu)(?<=^|\\s)von\\s+");
    private static final java.util.regex.Pattern LEAD_COLONS = java.util.regex.Pattern.compile("^[:\\s]+");
    private static final java.util.regex.Pattern BY_WORD = java.util.regex.Pattern.compile("(?iu)(^|\\s)(?:by|par|por|door)\\s+");

    private final Set<String> exclude;
    private final Regions regions;
    private final PageIndex index;
    /** Memo of {@link #byline}: 0 not asked yet, 1 a byline, 2 not. */
    private byte[] bylines;
    private final DeclaredNames declared;

    /**
     * @param exclude normalised names that are organisations here (site name, publisher)
     * @param regions the page's region memo
     */
    AuthorFinder(Set<String> exclude, Regions regions, PageIndex index) {
        this.index = index;
        this.declared = new DeclaredNames(index);
        this.exclude = exclude;
        this.regions = regions;
    }

    /** True when the name is the site's or the publisher's here. */
    boolean siteName(String name) {
        return exclude.contains(Titles.norm(name));
    }

    Found find(JsonLd ld, JsonNode main, MetaTags meta, Element headline) {
        Map<String, Author> people = new LinkedHashMap<>();
        String org = null;
        // forum and social posts are signed with handles: the declared one is the poster, not a weak name
        boolean handles = main != null && JsonLd.hasType(main, Vocabulary.POSTING_TYPES);
        if (main != null) {
            JsonNode a = main.has("author") ? main.get("author") : main.get("creator");
            for (JsonNode n : JsonLd.list(a)) {
                JsonNode r = ld.resolve(n);
                boolean person = r.isObject() && JsonLd.hasType(r, Vocabulary.PERSON_TYPES);
                // Yoast types a one-person site's owner ["Person","Organization"]: a person all the same
                if (!person && r.isObject() && JsonLd.hasType(r, Vocabulary.ORG_TYPES)) {
                    if (org == null) org = JsonLd.str(r.get("name"));
                    continue;
                }
                String name = r.isObject() ? fullerName(JsonLd.str(r.get("name")), r) : JsonLd.str(r);
                if (handles && name != null && HANDLE.matcher(name).matches()
                        && !Vocabulary.NOT_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    people.putIfAbsent(Titles.norm(name), new Author(name, profile(r))); // "lulu30" is a name here
                } else {
                    addAll(people, name, profile(r), person || !r.isObject() ? person : null);
                }
            }
        }
        String source = people.isEmpty() ? null : "json-ld";
        if (source == null) source = fromMeta(meta, people);
        if (source == null) source = fromLabelledMeta(meta, people);
        if (withoutOrganisation(people, org)) source = null;
        Map<String, Author> visible = new LinkedHashMap<>();
        // Yoast's "Written by" pair names the account that posted, which a magazine's visible byline overrides
        boolean weak = people.isEmpty() || !handles && weak(people.values()) || "twitter".equals(source)
                || credits(people);
        BylineExtensions extensions = new BylineExtensions(this, regions, index);
        if (!weak && !people.isEmpty()) {
            Map<String, Author> more = extensions.coAuthors(people);
            if (more != null) return new Found(new ArrayList<>(more.values()), "dom", org);
        }
        if (weak) {
            fromDom(visible, false);
            // bylines often sit in a column or footer that the strict test calls foreign (an aside, a post
            // footer, a "with-sidebar" wrapper): when nothing else was found, only comments and lists of other
            // stories stay out
            if (visible.isEmpty()) fromDom(visible, true);
        }
        AuthorFallbacks fallbacks = new AuthorFallbacks(this, regions, index);
        if (weak && visible.isEmpty() && extensions.fullNames(people, fallbacks)) {
            return new Found(new ArrayList<>(people.values()), "dom", org);
        }
        if (people.isEmpty() && visible.isEmpty()) fallbacks.bylineTags(visible);
        if (people.isEmpty() && visible.isEmpty()) fallbacks.fromTextLines(visible);
        if (people.isEmpty() && visible.isEmpty() && headline != null) fallbacks.besideHeadline(headline, visible);
        if (people.isEmpty() && visible.isEmpty()) fallbacks.authorPageLink(visible);
        if (people.isEmpty() && visible.isEmpty() && headline != null) fallbacks.aboveHeadline(headline, visible);
        if (people.isEmpty() && visible.isEmpty()) new AuthorSignatures(this, regions, index).find(visible);
        if (people.isEmpty() && visible.isEmpty()) fallbacks.authorBox(visible);
        if (people.isEmpty() && visible.isEmpty() && source == null) {
            // a personal site is named after its owner, who signs its pages in the author meta: that name, when it
            // reads as a person's, is the last resort (a byline elsewhere on the page is a staff writer's)
            for (String key : Vocabulary.AUTHOR_META) {
                for (String v : meta.all(key)) {
                    if (!v.startsWith("http") && !DeclaredNames.namesAddress(v)) addAll(people, v, null, Boolean.FALSE);
                }
                if (!people.isEmpty()) return new Found(new ArrayList<>(people.values()), "meta", org);
            }
        }
        if (!visible.isEmpty() && weak) {
            if (!handles && weak(visible.values())) fullNameLine(fallbacks, visible);
            return new Found(new ArrayList<>(visible.values()), "dom", org);
        }
        if (people.isEmpty() && visible.isEmpty()) {
            Found declared = fallbacks.declaredAnyway(ld, main, meta, org);
            if (declared != null) return declared;
            List<Author> shown = fallbacks.bylineAnyway();
            if (!shown.isEmpty()) return new Found(shown, "dom", org);
            Map<String, Author> line = new LinkedHashMap<>();
            fallbacks.fromBrokenLines(line);
            if (!line.isEmpty()) return new Found(new ArrayList<>(line.values()), "dom", org);
            List<Author> replier = LastResortCredits.find(index);
            if (!replier.isEmpty()) return new Found(replier, "dom", org);
        }
        if (people.size() == 1) declared.expandLogin(people);
        return new Found(new ArrayList<>(people.values()), source, org);
    }

    /**
     * Where the byline element names only an account ("human", "Nils"), a line of the page that is a byline with a
     * person's full name ("Blog Beitrag von Jane Doe") names the writer: the account is the one that posted it.
     */
    private static void fullNameLine(AuthorFallbacks fallbacks, Map<String, Author> visible) {
        Map<String, Author> line = new LinkedHashMap<>();
        fallbacks.fromTextLines(line);
        line.values().removeIf(a -> !Authors.personLike(a.name()));
        if (line.isEmpty()) return;
        visible.clear();
        visible.putAll(line);
    }

    /**
     * Drops the organisation that JSON-LD declares as the author where a meta tag names it too ("Written by: OÖ
     * Volksblatt" beside an Organization of that name); true when no one is left.
     */
    private static boolean withoutOrganisation(Map<String, Author> people, String org) {
        return org != null && people.remove(Titles.norm(org)) != null && people.isEmpty();
    }

    /**
     * Twitter's labelled data pairs ({@code twitter:label1} "Written by", {@code twitter:data1} the name), which
     * WordPress SEO plugins write on pages that declare their author nowhere else.
     */
    private String fromLabelledMeta(MetaTags meta, Map<String, Author> people) {
        for (int i = 1; i <= 4; i++) {
            MetaTags.Value label = meta.first("twitter:label" + i);
            MetaTags.Value data = meta.first("twitter:data" + i);
            if (label == null || data == null) continue;
            if (!Vocabulary.AUTHOR_LABEL.matcher(label.value()).find() || data.value().startsWith("http")) continue;
            addAll(people, data.value(), null, null);
            if (!people.isEmpty()) return "twitter";
        }
        return null;
    }

    private String fromMeta(MetaTags meta, Map<String, Author> people) {
        for (String key : Vocabulary.AUTHOR_META) {
            for (String v : meta.all(key)) {
                if (v.startsWith("http") || declared.siteCredit(v)) continue;
                if (key.equals("citation_author")) v = Authors.forenameFirst(v);
                addAll(people, v, null, null);
            }
            if (!people.isEmpty()) return key.startsWith("article:") || key.startsWith("og:") ? "opengraph" : "meta";
        }
        return null;
    }

    /**
     * The first byline-like element (outside foreign regions) that yields names, and its like siblings; links to
     * author pages give the names and profile URLs when present.
     */
    private void fromDom(Map<String, Author> people, boolean relaxed) {
        Element first = null;
        Element last = null;
        int seen = 0;
        List<Element> hinted = index.hinted();
        for (int i = 0; i < hinted.size(); i++) {
            Element e = hinted.get(i);
            if (!byline(i)) continue;
            if (++seen > 200) break;
            if (SKIP_TAGS.contains(e.tagName())) continue;
            if (first != null && !org.newsclip.html.DomCleaner.isInside(e, first) && !(e.parent() == first.parent()
                    && e.className().equals(first.className()))) {
                break;
            }
            if (last != null && org.newsclip.html.DomCleaner.isInside(e, last)) continue; // its names are read already
            // the region memo stops at an <article>; a comment is often an <article class="comment"> itself
            boolean other = relaxed ? BylinePlaces.otherStory(e, BylinePlaces.declared(e))
                    : regions.foreign(e) || BylinePlaces.inComment(e);
            if (e.text().length() > 200 || other || BylinePlaces.credit(e)) continue;
            int before = people.size();
            List<Element> links = profileLinks(e);
            if (!links.isEmpty()) {
                for (Element a : links) addLink(people, a);
                if (people.size() == before) numberedHandle(people, links.get(0).text());
            } else {
                Element nameEl = e.selectFirst("[itemprop=name]");
                String text = nameEl != null ? nameEl.text() : chunks(e);
                if (nameEl == null && prose(text)) continue; // a teaser or a bio line, not a byline
                addDom(people, text, null);
                if (people.size() == before) numberedHandle(people, text);
            }
            if (people.size() > before) {
                last = e;
                if (first == null) first = e;
            }
        }
    }

    /**
     * A line of a byline element that is a user name with digits ("Author: Bo2man", "von freeman1984"), which the
     * person-name tests turn down: in an element marked as the byline, it is the poster's name.
     */
    static void numberedHandle(Map<String, Author> people, String lines) {
        for (String line : lines.split("\n")) {
            String t = Vocabulary.BYLINE_PREFIX.matcher(line.trim()).replaceFirst("");
            t = LEAD_COLONS.matcher(t).replaceFirst("").trim();
            if (NUMBERED_HANDLE.matcher(t).matches() && DateParser.first(t, false) == null) {
                people.putIfAbsent(Titles.norm(t), new Author(t, null));
                return;
            }
        }
    }

    private static final java.util.regex.Pattern NUMBERED_HANDLE =
            java.util.regex.Pattern.compile("\\p{L}{2}[\\p{L}\\d_.-]*\\d[\\p{L}\\d_.-]*");

    /**
     * A profile link names one person: when it holds blocks, the first line that holds a name, so that a role
     * printed inside the link ("Matt Check" over "Head Winemaker, Co-Founder") stays out.
     */
    private void addLink(Map<String, Author> people, Element a) {
        String url = index.absUrl(a, "href");
        if (!hasBlockChild(a)) {
            addDom(people, a.text(), url);
            return;
        }
        for (String line : chunks(a).split("\n")) {
            int before = people.size();
            addDom(people, line, url);
            if (people.size() > before) return;
        }
    }

    private static boolean hasBlockChild(Element a) {
        for (Element c : a.children()) if (c.isBlock()) return true;
        return false;
    }

    private static boolean prose(String lines) {
        for (String line : lines.split("\n")) if (Authors.isProse(line)) return true;
        return false;
    }

    /**
     * Whether {@code index.hinted().get(i)} is marked as a byline; the byline passes (strict, relaxed, last resort)
     * each scan the hinted elements, so each element is tested once per page.
     */
    boolean byline(int i) {
        if (bylines == null) {
            List<Element> hinted = index.hinted();
            bylines = new byte[hinted.size()];
        }
        if (bylines[i] == 0) {
            boolean yes = isByline(index, i);
            bylines[i] = (byte) (yes ? 1 : 2);
        }
        return bylines[i] == 1;
    }

    /** Whether the index's {@code i}th hinted element is marked as a byline (see {@link #byline}). */
    private static boolean isByline(PageIndex index, int i) {
        if (Vocabulary.BYLINE.in(index, i) && !Vocabulary.NOT_BYLINE.in(index, i)) return true;
        if (!index.roles(i)) return false; // none of the attributes below: each would read ""
        Element e = index.hinted().get(i);
        // exact keys: the HTML parser lower-cases attribute names; empty values could not hold the words anyway
        org.jsoup.nodes.Attributes attrs = e.attributes();
        String rel = attrs.get("rel");
        String itemprop = attrs.get("itemprop");
        String testId = attrs.get("data-testid");
        if (Authors.says(testId, "author") && Vocabulary.NOT_BYLINE.in(testId.toLowerCase(java.util.Locale.ROOT))) {
            testId = ""; // "payments-authorization-nav-item"
        }
        return Authors.says(rel, "author") || Authors.says(rel, "byline") || Authors.says(itemprop, "author")
                || Authors.says(itemprop, "byline") || Authors.says(testId, "author") || Authors.says(testId, "byline");
    }

    static final Set<String> SKIP_TAGS = Set.of("body", "html", "meta", "link", "script", "style", "img",
            "title", "svg", "symbol", "option", "button");
    private static final java.util.regex.Pattern PROFILE_HREF = java.util.regex.Pattern.compile(
            "(?i)/(?:authors?|autor(?:en)?|auteurs?|autores?|profiles?|people|staff|team|contributors?|writers?"
                    + "|journalist(?:en)?|redaktion|users?|members?|by|reporters?|columnists?|perfil|u)/[^/?#]+");

    private static List<Element> profileLinks(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element a : e.tagName().equals("a") ? List.of(e) : e.getElementsByTag("a")) {
            String text = a.text().trim();
            if (text.length() < 2 || text.length() > 60) continue;
            if (!a.attr("rel").contains("author") && !PROFILE_HREF.matcher(a.attr("href")).find()) continue;
            if (!roleBefore(a, e)) out.add(a);
        }
        return out;
    }

    /** True when the text just before the link names a role other than author ("Updated by", "Photos by"). */
    private static boolean roleBefore(Element a, Element within) {
        for (Element x = a; x != null && x != within.parent(); x = x.parent()) {
            Node prev = x.previousSibling();
            while (prev instanceof org.jsoup.nodes.TextNode t && t.isBlank()) prev = prev.previousSibling();
            if (prev == null) continue;
            String text = prev instanceof org.jsoup.nodes.TextNode t ? t.text() : prev instanceof Element p ? p.text() : "";
            return ROLE_BEFORE.matcher(text).find();
        }
        return false;
    }

    /** The element's text with a line break between its text nodes, so that "By" and the name stay apart. */
    static String chunks(Element e) {
        StringBuilder sb = new StringBuilder();
        // document order, so that a word stays beside the name it introduces ("by", "in", "Updated by")
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) sb.append(t.text()).append('\n');
        }, e);
        return sb.toString();
    }

    void addDom(Map<String, Author> people, String raw, String url) {
        String text = NOT_AUTHOR_ROLE.matcher(raw).replaceAll("\n");
        if (text.indexOf('\n') >= 0) text = SECTION_LINE.matcher(text).replaceAll("\n"); // "by\nJane\nin\nPolitics"
        text = BY_WORD.matcher(text).replaceAll("\n");
        text = splitAtVon(text);
        // "<span>By</span>Jane Doe" reads "ByJane Doe" once the markup is gone
        text = GLUED_BY.matcher(text).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String n : Authors.clean(text, exclude)) if (Authors.looksLikeByline(n)) names.add(n);
        if (url == null && names.size() > 4) return; // a menu or a list of links, not a byline
        // several one-word "names" in one line are a list of tags or sections ("CSP / Speicher / Wirtschaft")
        if (url == null && names.size() > 1 && names.stream().noneMatch(n -> n.indexOf(' ') > 0)) return;
        // beside a full name, one word is a place, a desk or a topic ("Jane Doe, Washington", "… Home-Office &
        // Meetings"), not a second writer
        if (names.size() > 1 && names.stream().anyMatch(n -> n.indexOf(' ') > 0)) names.removeIf(n -> n.indexOf(' ') < 0);
        for (String n : names) people.putIfAbsent(Titles.norm(n), new Author(n, names.size() == 1 ? url : null));
    }

    /**
     * Breaks the line at "von" where it leads a byline ("Ein Artikel von Jane Doe"), not where it is the particle
     * of a name ("Walter von Aachen"): the particle follows a capitalised word that is not a byline word.
     */
    private static String splitAtVon(String text) {
        java.util.regex.Matcher m = VON.matcher(text);
        if (!m.find()) return text;
        StringBuilder sb = new StringBuilder();
        int at = 0;
        do {
            String before = text.substring(0, m.start()).stripTrailing();
            int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
            String word = before.substring(space + 1);
            boolean particle = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                    && Authors.looksLikeByline(word);
            if (!particle) {
                sb.append(text, at, m.start()).append('\n');
                at = m.end();
            }
        } while (m.find());
        return sb.append(text.substring(at)).toString();
    }

    /**
     * True when declared names include credits ("Jane Doe at Model Agency", "John Roe for Brand"): a list of everyone
     * who worked on a shoot, whose credits are dropped and whose writer the visible byline names.
     */
    private static boolean credits(Map<String, Author> people) {
        return people.values().removeIf(a -> {
            java.util.regex.Matcher m = CREDIT.matcher(a.name());
            // a person before the word: "Center for Drug Research" is an office's name
            return m.find() && Authors.personLike(a.name().substring(0, m.start()));
        });
    }

    /**
     * Declared names that are only a first name or a user handle: a visible byline with full names beats them.
     */
    private static boolean weak(java.util.Collection<Author> declared) {
        for (Author a : declared) {
            String n = a.name();
            if (n.contains(" ") && !n.equals(n.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }


    /**
     * @param person true for a declared Person, false for a bare name in JSON-LD, null elsewhere: the first two may
     *               be named like the site
     */
    private void addAll(Map<String, Author> people, String raw, String url, Boolean person) {
        List<String> names = Authors.clean(raw, exclude);
        if (names.isEmpty() && person != null) {
            // one author named like the site: the owner of a personal site ("Rick Steves" on ricksteves.com), or
            // the account a site posts under, when declared a Person; a bare name must read as a person's, and a
            // newsroom's shouted name (", USA TODAY") stays out
            List<String> all = Authors.clean(raw, Set.of());
            String n = all.size() == 1 ? all.get(0) : null;
            if (n != null && (person ? !Authors.shouted(n) : Authors.personLike(n))) names = all;
        }
        for (String n : names) {
            people.putIfAbsent(Titles.norm(n), new Author(n, names.size() == 1 ? url : null));
        }
    }

    /**
     * A Person named by a first name only ("Nils") whose bio starts with the full name ("Nils Pickert ist freier
     * Autor"), as WordPress SEO plugins write a user's display name and bio: the full name.
     */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("\\p{L}+(?:-\\p{L}+)?");

    static String fullerName(String name, JsonNode person) {
        if (name == null || name.isBlank() || name.trim().indexOf(' ') >= 0) return name;
        String bio = JsonLd.str(person.get("description"));
        String first = name.trim();
        if (bio == null || !bio.startsWith(first + " ")) return name;
        StringBuilder full = new StringBuilder(first);
        String[] words = bio.substring(first.length() + 1).split("\\s+", 4);
        for (int i = 0; i < Math.min(2, words.length); i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !NAME_WORD.matcher(w).matches()) break;
            full.append(' ').append(w);
        }
        return full.length() > first.length() && Authors.personLike(full.toString()) ? full.toString() : name;
    }

    private static String profile(JsonNode n) {
        if (n == null || !n.isObject()) return null;
        String u = JsonLd.str(n.get("url"));
        if (u == null) u = JsonLd.str(n.get("sameAs"));
        if (u == null) {
            String id = JsonLd.str(n.get("@id"));
            if (id != null && id.startsWith("http") && !id.contains("#")) u = id;
        }
        return u;
    }
}
