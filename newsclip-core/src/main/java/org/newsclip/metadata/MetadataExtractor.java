package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsclip.html.DomCleaner;
import org.newsclip.model.Publisher;
import org.newsclip.page.Page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a parsed page declares about itself: JSON-LD, OpenGraph, Twitter cards, {@code <meta>}, microdata,
 * the DOM and the URL, merged field by field with provenance. Thread-safe; never modifies the document.
 */
public final class MetadataExtractor {
    private static final java.util.regex.Pattern HOME_URL = java.util.regex.Pattern.compile("(?i)https?://[^/]+/?(index\\.\\w+)?");
    private static final java.util.regex.Pattern ANCHOR_MARKS = java.util.regex.Pattern.compile("[¶#]+$");
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-z]+://(www\\.)?");
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("[/:?#].*$");


    /**
     * @param doc  the parsed page (not modified), as jsoup's HTML parser gives it: the rules read attributes by their
     *             lower-case names, which that parser's default settings guarantee
     * @param page the page as fetched, for its URL, HTTP headers and fetch time
     */
    public Metadata extract(Document doc, Page page) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> prov = new LinkedHashMap<>();
        PageIndex index = new PageIndex(doc);
        MetaTags meta = MetaTags.read(index);
        JsonLd ld = JsonLd.read(index, warnings);
        JsonNode main = ld.mainEntity();
        String url = page.url() != null ? page.url() : doc.location();
        Regions regions = new Regions();
        Descriptors d = new Descriptors(doc, index, meta, ld, main, url, prov, regions);

        String siteName = d.siteName();
        Publisher publisher = Organisations.publisher(ld, main, siteName, url);
        if (siteName == null && publisher != null && publisher.name() != null) {
            siteName = publisher.name();
            prov.put("site_name", "json-ld");
        }
        if (publisher != null) prov.put("publisher", main != null || !ld.isEmpty() ? "json-ld" : "opengraph");
        List<Element> h1s = headlines(index, "h1", 3, regions);
        String docTitle = doc.title(); // a search of the head: read once
        Titles.Choice title = chooseTitle(docTitle, index, meta, main, h1s, siteName, regions);
        if (title != null) prov.put("title", title.source());
        Element headline = headlineElement(h1s, title);

        String[] lang = d.language(page.header("Content-Language"));
        Dates dates = new Dates(DateChoice.latest(page), DateChoice.monthFirst(lang), regions, index);
        DateChoice.Chosen chosen = new DateChoice(dates, doc, meta, main, headline).choose(url, title, warnings);
        Dates.Dated published = chosen.published();
        Dates.Dated modified = chosen.modified();
        if (published != null) prov.put("published", published.source());
        if (modified != null) prov.put("modified", modified.source());

        Set<String> orgNames = orgNames(siteName, publisher, url);
        String titleSite = title == null ? null : Titles.siteFromTitle(docTitle, title.title());
        if (titleSite != null) orgNames.add("suffix:" + Titles.norm(titleSite));
        AuthorFinder.Found authors = new AuthorFinder(orgNames, regions, index).find(ld, main, meta, headline);
        if (publisher == null && authors.organisation() != null) {
            publisher = new Publisher(authors.organisation(), null, null, null, null, null);
            prov.put("publisher", "json-ld");
        }
        if (authors.source() != null) prov.put("authors", authors.source());
        if (siteName == null && title != null) {
            // only now: a blog's title often ends with its author's name, which must not exclude that author
            siteName = titleSite;
            if (siteName != null) prov.put("site_name", "meta");
            if (siteName != null && publisher == null) {
                publisher = new Publisher(siteName, null, null, null, null, null);
                prov.put("publisher", "meta");
            }
        }

        var images = Images.lead(ld, main, meta, url);
        if (!images.isEmpty()) prov.put("images", main != null && main.has("image") ? "json-ld" : "opengraph");
        var related = RelatedLinks.find(index, main, meta, url);
        if (!related.isEmpty()) prov.put("related", "dom");
        String articleBody = main == null ? null : JsonLd.str(main.get("articleBody"));

        siteName = refinedSiteName(siteName, publisher, docTitle, prov);
        String description = description(d, doc, index, headline, regions, prov);
        return new Metadata(d.canonical(), title == null ? null : title.title(), description,
                authors.authors(), published == null ? null : published.iso(), modified == null ? null : modified.iso(),
                d.section(title == null ? null : title.title()), d.tags(), d.keywords(), lang[0], lang[1], siteName,
                publisher, d.genre(), JsonLd.type(main), images, related, d.license(), d.access(), articleBody,
                ld.personBios(main), prov, warnings);
    }

    /** The declared description, else the first real paragraph after the headline (provenance {@code dom}). */
    private static String description(Descriptors d, Document doc, PageIndex index, Element headline, Regions regions,
                                      Map<String, String> prov) {
        String description = d.description();
        if (description != null) return description;
        description = firstParagraph(doc, index, headline, regions);
        if (description != null) prov.put("description", "dom");
        return description;
    }

    /**
     * og:site_name often carries more than the name: a domain ending ("Libération.fr"), a legal form ("Spiceworks
     * Inc"), a tagline ("Aktuálně.cz - Víte, co se právě děje") or even a section ("U.S."). The name readers know
     * is the shorter one that the JSON-LD publisher gives; and a site name that the {@code <title>} does not
     * carry yields to the publisher's name when the {@code <title>} does carry that.
     */
    private static String refinedSiteName(String siteName, Publisher publisher, String docTitle,
                                          Map<String, String> prov) {
        if (siteName == null) return null;
        String site = Titles.norm(siteName);
        List<String> parts = Titles.segments(docTitle);
        List<String> edges = parts.size() < 2 ? List.of()
                : List.of(parts.get(0), parts.get(parts.size() - 1));
        if (publisher == null || publisher.name() == null) return siteName;
        String pub = Titles.norm(publisher.name());
        if (pub.isEmpty() || pub.equals(site) || pub.startsWith(site + " ")) return siteName;
        if (site.startsWith(pub + " ") && pub.length() >= 3) {
            prov.put("site_name", "json-ld");
            return publisher.name().trim();
        }
        // a site name that neither the publisher nor the title repeats, where those two agree on another
        if (!edges.isEmpty()) {
            boolean titleHasSite = false;
            boolean titleHasPublisher = false;
            for (String e : edges) {
                titleHasSite |= Titles.norm(e).equals(site);
                titleHasPublisher |= Titles.norm(e).equals(pub);
            }
            if (titleHasPublisher && !titleHasSite) {
                prov.put("site_name", "json-ld");
                return publisher.name().trim();
            }
        }
        return siteName;
    }

    /**
     * A page that declares no description is summed up by its first real paragraph (as readers' excerpts do): the
     * first {@code <p>} after the headline, outside foreign regions, long enough to be prose.
     */
    private static String firstParagraph(Document doc, PageIndex index, Element headline, Regions regions) {
        String block = textBlockAfter(headline, regions);
        if (block != null) return block;
        int seen = 0;
        String shortOne = null;
        for (Element p : index.tag("p")) {
            if (++seen > 60) break;
            if (headline != null && !Regions.after(p, headline)) continue;
            if (hidden(p) || Vocabulary.BYLINE.on(p)) continue; // "Written by …" is no summary
            String t = visibleText(p);
            if (t.length() > 2000 || t.isEmpty() || regions.foreign(p)) continue;
            if (t.length() >= 25) return t;
            if (shortOne == null) shortOne = t;
        }
        // a small page of short paragraphs only is summed up by its first; a page without any by its first text block
        if (seen == 0) return headline == null ? firstTextBlock(doc) : null;
        return index.tag("p").size() <= 3 ? shortOne : null;
    }

    /**
     * The first {@code <div>} or {@code <section>} that holds prose written straight into it (only inline markup),
     * on a page with neither a headline nor paragraphs; a short walk, as such pages are small.
     */
    private static String firstTextBlock(Document doc) {
        if (doc.body() == null) return null;
        String[] found = new String[1];
        int[] seen = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (found[0] != null || ++seen[0] > 400) return FilterResult.STOP;
                if (node instanceof Element e && (e.nameIs("div") || e.nameIs("section")) && !isHidden(e)
                        && e.ownText().length() >= 25 && onlyInline(e)) {
                    String t = e.text().trim();
                    if (t.length() <= 2000) found[0] = t;
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found[0];
    }

    /** True when the element or an ancestor is hidden from readers (hidden, aria-hidden, display or visibility). */
    private static boolean hidden(Element e) {
        for (Element a = e; a != null && !a.nameIs("body"); a = a.parent()) {
            if (isHidden(a)) return true;
        }
        return false;
    }

    private static boolean isHidden(Element a) {
        if (a.attributesSize() == 0) return false;
        return a.hasAttr("hidden") || a.attr("aria-hidden").equals("true") || DomCleaner.isStyledHidden(a);
    }

    /** The paragraph's text without the parts hidden from readers (screen-reader-only text aside). */
    private static String visibleText(Element p) {
        boolean any = false;
        for (Element c : p.getAllElements()) if (c != p && isHidden(c)) any = true;
        if (!any) return p.text().trim();
        Element copy = p.clone();
        for (Element c : copy.getAllElements()) if (c != copy && isHidden(c)) c.remove();
        return copy.text().trim();
    }

    /**
     * Prose written straight into a {@code <div>} right after the headline (no {@code <p>} around it), as old
     * and hand-made pages do: the block's text when it holds only inline markup.
     */
    private static String textBlockAfter(Element headline, Regions regions) {
        if (headline == null) return null;
        Element e = headline.nextElementSibling();
        for (int i = 0; i < 3 && e != null; i++, e = e.nextElementSibling()) {
            if (e.nameIs("p")) return null; // real paragraphs follow: the paragraph rule takes them
            if (!e.nameIs("div") && !e.nameIs("section") || regions.foreign(e) || isHidden(e)) continue;
            if (e.ownText().length() < 25) continue;
            if (!onlyInline(e)) return null;
            String t = e.text().trim();
            return t.length() > 2000 ? null : t;
        }
        return null;
    }

    /** True if the element's children are all inline markup: prose written straight into it. */
    private static boolean onlyInline(Element e) {
        for (Element c : e.children()) if (!INLINE.contains(c.normalName())) return false;
        return true;
    }

    private static final Set<String> INLINE = Set.of("a", "b", "i", "em", "strong", "span", "font", "br", "u",
            "small", "sup", "sub", "abbr", "code", "mark", "q", "cite", "time");

    /** The first headings of a level that may be the headline: not empty, not a logo, not in a sidebar. */
    private static List<Element> headlines(PageIndex index, String tag, int max, Regions regions) {
        List<Element> out = new ArrayList<>();
        for (Element h : index.tag(tag)) {
            String t = h.text().trim();
            if (t.isEmpty() || t.length() > 300 || isLogo(h) || regions.foreign(h)) continue;
            out.add(h);
            if (out.size() >= max) break;
        }
        return out;
    }

    /** A site-title heading: a logo/brand class, or a link to the site's home page. */
    private static boolean isLogo(Element h) {
        String hint = (h.className() + " " + h.id()).toLowerCase(java.util.Locale.ROOT);
        if (hint.contains("logo") || hint.contains("site-title") || hint.contains("brand")
                || hint.contains("blog-title") || hint.contains("site-name")) return true;
        Element a = firstLink(h);
        if (a == null) return false;
        String href = a.attr("href").trim();
        return href.equals("/") || HOME_URL.matcher(href).matches();
    }

    /** What {@code h.selectFirst("a[href]")} finds, without parsing the query on every heading. */
    private static Element firstLink(Element h) {
        for (Element a : h.getElementsByTag("a")) if (a.hasAttr("href")) return a;
        return null;
    }

    private static Titles.Choice chooseTitle(String title, PageIndex index, MetaTags meta, JsonNode main, List<Element> h1s,
                                             String siteName, Regions regions) {
        List<Titles.Choice> declared = new ArrayList<>();
        if (main != null) {
            String h = JsonLd.str(main.get("headline"));
            if (h == null && JsonLd.hasType(main, Vocabulary.ARTICLE_TYPES)) h = JsonLd.str(main.get("name"));
            if (h != null) declared.add(new Titles.Choice(h, "json-ld"));
        }
        for (String k : new String[]{"og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title",
                "title", "headline"}) {
            MetaTags.Value v = meta.first(k);
            if (v != null) declared.add(new Titles.Choice(v.value(), v.source()));
        }
        List<String> texts = new ArrayList<>();
        // a visible element marked itemprop="headline" is both shown and declared: it leads the headings
        // (a page may style its headline as <h2> under an <h1> "alternativeHeadline")
        for (Element e : meta.items("headline")) {
            String t = headlineText(e).trim();
            if (t.length() >= 2 && t.length() <= 300 && !regions.foreign(e)) texts.add(t);
            break;
        }
        for (Element h : h1s) texts.add(ANCHOR_MARKS.matcher(headlineText(h)).replaceAll("").trim());
        List<String> h2s = new ArrayList<>();
        for (Element h : headlines(index, "h2", 5, regions)) h2s.add(h.text().trim());
        String docTitle = title.trim();
        // a page that declares itself an article is headed by its <h1>; on service and product pages the
        // <h1> is often a slogan and the declared title names the page better
        MetaTags.Value ogType = meta.first("og:type");
        boolean article = main != null && JsonLd.hasType(main, Vocabulary.ARTICLE_TYPES)
                || ogType != null && ogType.value().toLowerCase(java.util.Locale.ROOT).contains("article");
        return Titles.choose(texts, boxedHeadlines(index, regions), h2s, declared,
                docTitle.isEmpty() ? null : docTitle, siteName, article);
    }

    /**
     * The {@code <h1>} texts that {@link #headlines} leaves out for their region only: layout boxes named like
     * "two-col-sidebar-right" hold many a headline, which a declared title can still confirm.
     */
    private static List<String> boxedHeadlines(PageIndex index, Regions regions) {
        List<String> out = new ArrayList<>();
        for (Element h : index.tag("h1")) {
            // the layout box is foreign by its name, not the heading itself ("breadcrumb" on an h1 is meant)
            if (!regions.foreign(h) || isLogo(h) || Vocabulary.FOREIGN_REGION.on(h)) continue;
            String t = h.text().trim();
            if (!t.isEmpty() && t.length() <= 300) out.add(t);
            if (out.size() >= 3) break;
        }
        return out;
    }

    /**
     * The heading's text without a kicker or screen-reader-only part inside it, nor the reading aids of ruby
     * annotation ({@code <rt>}, {@code <rp>}: furigana over Japanese headlines).
     */
    private static String headlineText(Element h) {
        boolean kicker = false;
        for (Element e : h.getAllElements()) if (e != h && skipped(e)) kicker = true;
        if (!kicker) return h.text();
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && e != h && skipped(e)) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof org.jsoup.nodes.TextNode t) sb.append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
        }, h);
        String t = Titles.squash(sb.toString());
        return t.isEmpty() ? h.text() : t;
    }

    private static boolean skipped(Element e) {
        return e.nameIs("rt") || e.nameIs("rp") || Vocabulary.KICKER.on(e);
    }

    private static Element headlineElement(List<Element> h1s, Titles.Choice title) {
        if (title != null) {
            for (Element h : h1s) {
                String want = Titles.norm(title.title());
                if (Titles.norm(h.text()).equals(want) || Titles.norm(headlineText(h)).equals(want)) return h;
            }
        }
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    private static Set<String> orgNames(String siteName, Publisher publisher, String url) {
        Set<String> out = new HashSet<>();
        if (siteName != null) out.add(Titles.norm(siteName));
        if (publisher != null && publisher.name() != null) out.add(Titles.norm(publisher.name()));
        if (url != null) {
            String host = PATH.matcher(SCHEME.matcher(url).replaceFirst("")).replaceFirst("");
            out.add(Titles.norm(host));
            int dot = host.lastIndexOf('.');
            if (dot > 0) out.add(Titles.norm(host.substring(0, dot)));
            out.add("host:" + host.toLowerCase(java.util.Locale.ROOT));
        }
        out.remove("");
        return out;
    }
}
