package org.newsclip.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsclip.ExtractionOptions;
import org.newsclip.html.ClassNames;
import org.newsclip.html.DomCleaner;
import org.newsclip.html.Vocabulary;
import org.newsclip.metadata.Metadata;

import java.util.List;

/** The last step of the cascade: compare the extracted tree with cheaper sources and keep the better one. */
final class Fallbacks {
    /** JSON-LD articleBody replaces the DOM content when it is this many times longer (a teaser page). */
    private static final double ARTICLE_BODY_RATIO = 1.6;
    /** Parsed once: jsoup parses a query string on every call. */
    private static final Evaluator DESCRIPTION =
            QueryParser.parse("meta[name=description], meta[property=og:description]");

    private Fallbacks() {
    }

    /** Replaces {@code root} by the JSON-LD {@code articleBody} when the DOM showed only a teaser. */
    static Element compare(Element root, Metadata meta, ExtractionOptions options, List<String> warnings) {
        String articleBody = meta == null ? null : meta.articleBody();
        if (articleBody == null || articleBody.isBlank()) return root;
        int domChars = DomCleaner.textChars(root);
        Element fromLd = fromArticleBody(articleBody, options);
        int ldChars = DomCleaner.textChars(fromLd);
        if (ldChars > domChars * ARTICLE_BODY_RATIO) {
            warnings.add("content taken from JSON-LD articleBody: the page shows only a teaser");
            keepStandfirst(root, fromLd);
            return fromLd;
        }
        return root;
    }

    /** A standfirst is prose: at least this long. */
    private static final int STANDFIRST_MIN_CHARS = 80;

    /**
     * The teaser a paywalled page shows is often its standfirst, printed above the paywall and left out of the
     * {@code articleBody} that schema.org markup gives for the story's text: the DOM's opening paragraph is kept
     * in front of the JSON-LD body when that body does not hold it.
     */
    private static void keepStandfirst(Element dom, Element fromLd) {
        // the first paragraph of prose among the opening blocks (after a kicker or a date line)
        Element e = dom.firstElementChild();
        for (int i = 0; e != null && i < STANDFIRST_MAX_INDEX; i++, e = e.nextElementSibling()) {
            if (!e.nameIs("p")) continue;
            String text = e.text();
            if (text.length() < STANDFIRST_MIN_CHARS || !hasSentenceEnd(text)) continue;
            if (!fromLd.text().contains(text)) fromLd.prependChild(e);
            return;
        }
    }

    /** How many opening blocks of the DOM content are looked at for the standfirst. */
    private static final int STANDFIRST_MAX_INDEX = 3;

    private static boolean hasSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Vocabulary.isSentencePunctuation(text.charAt(i))) return true;
        }
        return false;
    }

    /** Held-back markup must give at least this much text to stand in for an empty page (a story, not a widget). */
    private static final int HELD_MIN_CHARS = 500;

    /**
     * The content of a page that shows no text but keeps its story in an HTML comment: consent managers hold an
     * embedded block back that way ({@code <div data-gdpr-embedding><!-- …story… --></div>}) until the reader
     * agrees. Each long comment that holds paragraphs is parsed and extracted on its own; the one with most text
     * replaces {@code root} when it reaches {@link #HELD_MIN_CHARS}. Runs only on a page without text.
     */
    static Element heldMarkup(Element root, List<String> held, List<String> titles, ExtractionOptions options,
                              List<String> warnings) {
        if (held.isEmpty() || DomCleaner.textChars(root) > 0) return root;
        Element best = root;
        int bestChars = HELD_MIN_CHARS - 1;
        for (String markup : held) {
            if (!markup.contains("<p")) continue; // a commented-out script or style, not prose
            Element frag = Jsoup.parseBodyFragment(markup).body();
            ClassNames names = new ClassNames();
            new DomCleaner().clean(frag, names, ContentExtractor.CHROME_MAX_SHARE);
            TextStats stats = TextStats.of(frag);
            Element built = new Element("div");
            new BlockBuilder(stats, options, false, names).build(Candidates.choose(stats, frag, names, titles), built);
            int chars = DomCleaner.textChars(built);
            if (chars > bestChars) {
                best = built;
                bestChars = chars;
            }
        }
        if (best != root) warnings.add("content taken from markup the page holds in an HTML comment");
        return best;
    }

    /**
     * The last resort for a page whose DOM holds no text at all (a script-rendered shell): its declared
     * description, so that an article is never returned empty.
     */
    static Element description(Element root, Document doc, Metadata meta, List<String> warnings) {
        if (!BlockBuilder.isEmpty(root)) return root;
        String d = meta == null ? null : meta.description();
        if (d == null || d.isBlank()) {
            Element m = doc.head().selectFirst(DESCRIPTION);
            d = m == null ? null : m.attr("content");
        }
        if (d == null || d.isBlank()) return root;
        warnings.add("no text in the page: content taken from its description");
        root.appendElement("p").appendText(d.strip());
        return root;
    }

    private static Element fromArticleBody(String text, ExtractionOptions options) {
        Element root = new Element("div");
        if (text.contains("</p>") || text.contains("<br")) {
            Element frag = Jsoup.parseBodyFragment(text).body();
            new BlockBuilder(TextStats.of(frag), options, true, new ClassNames()).build(frag, root);
            return root;
        }
        for (String para : text.split("\\n\\s*")) {
            if (!para.isBlank()) root.appendElement("p").appendText(para.strip());
        }
        return root;
    }
}
