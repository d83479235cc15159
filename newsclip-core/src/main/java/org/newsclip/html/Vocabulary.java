package org.newsclip.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Every heuristic vocabulary of the content extractor in one place: tag sets, class/id tokens and boilerplate
 * phrases. Generic web conventions only; nothing here is keyed to a particular site.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** Elements that never carry readable content; removed before anything else. */
    public static final Set<String> JUNK_TAGS = Set.of("script", "style", "link", "meta", "iframe", "object", "embed",
            "svg", "canvas", "map", "button", "input", "select", "option", "textarea", "label", "dialog", "head",
            "audio", "video", "source", "track", "param", "math", "menu", "nav", "fieldset", "datalist", "progress",
            "meter", "output", "frame", "frameset", "applet");

    /** Page-chrome elements: removed unless they hold most of the page's text (some sites misuse them). */
    public static final Set<String> CHROME_TAGS = Set.of("footer", "aside");

    /** Block elements the content tree keeps as they are. */
    public static final Set<String> KEEP_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "figure",
            "figcaption", "hr", "caption");

    /** Inline elements the content tree keeps (others are unwrapped to their text). */
    public static final Set<String> KEEP_INLINE = Set.of("a", "strong", "em", "b", "i", "code", "sub", "sup", "br",
            "img");

    /** Attributes the content tree keeps. */
    public static final Set<String> KEEP_ATTRIBUTES = Set.of("href", "src", "alt", "width", "height", "colspan",
            "rowspan");

    /** Block-level wrappers: their inline content becomes paragraphs. */
    public static final Set<String> WRAPPER_BLOCKS = Set.of("div", "section", "article", "main", "header", "center",
            "body", "form", "details", "summary", "address", "hgroup", "picture", "span-block", "font-block",
            "noscript", "template", "aside", "footer");

    /** Elements that count as one paragraph-like unit for text statistics. */
    public static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "blockquote", "pre", "td", "th", "figcaption", "caption", "div", "section", "article", "main", "header",
            "footer", "aside", "body", "table", "tr", "ul", "ol", "dl", "figure", "address", "center", "form");

    /** ARIA roles of page chrome. */
    public static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "alert");

    /** Image URLs that are placeholders for a lazy-loaded image. */
    public static final Pattern PLACEHOLDER_SRC = Pattern.compile(
            "(?i)^data:|placeholder|blank\\.|spacer|pixel|1x1|transparent|loading|lazy|grey\\.|gray\\.");

    /** Attributes that lazy-loading scripts use for the real image URL, in order of preference. */
    public static final String[] LAZY_SRC_ATTRIBUTES = {"data-src", "data-lazy-src", "data-original", "data-url",
            "data-hi-res-src", "data-lazy", "data-srcset", "srcset", "data-lazy-srcset"};

    // Class/id tokens. A "strong" token removes its element outright (with a size guard); a "weak" one only
    // lowers the element's score; a "positive" one raises it and protects it from weak removal.
    private static final Pattern STRONG_BOILERPLATE = Pattern.compile(
            "cookie|consent|gdpr|newsletter|subscri(be|ption)-?(box|form|widget|cta|promo|banner|module)|"
                    + "signup|sign-up|share|sharing|social|related|recommend|outbrain|taboola|breadcrumb|sidebar|"
                    + "advert|(^|[^a-z])ads?([^a-z]|$)|adslot|ad-slot|ad-container|ad-wrapper|dfp|promo|popup|"
                    + "modal|masthead|navbar|(^|[^a-z])nav([^a-z]|$)|navigation|menu|skip-?link|"
                    + "author-?bio|about-?the-?author|author-?box|read-?more|more-?stories|most-?popular|"
                    + "trending|print-?only|screen-?reader|sr-only|visually-?hidden|tags?-?list|"
                    + "(^|[^a-z])tags([^a-z]|$)|pagination|pager|widget|banner|toolbar|disclaimer|copyright|"
                    + "site-?footer|site-?header|(^|[^a-z])footer|jump-?link|toc-?toggle|newsletter|byline|"
                    + "you-?may-?like|also-?read|see-?also|further-?reading|next-?post|prev-?post|post-?nav|"
                    + "comment-?form|(^|[^a-z])respond([^a-z]|$)|login|paywall-?prompt|app-?promo|donate|sponsor|affiliate-?disclo");
    private static final Pattern COMMENTS = Pattern.compile("comment|disqus|(^|[^a-z])replies|(^|[^a-z])respond([^a-z]|$)");
    private static final Pattern WEAK_NEGATIVE = Pattern.compile(
            "meta|foot|aside|side|teaser|card|caption-?credit|credit|byline|author|date|time|rating|widget|"
                    + "hide|extra|links|list|thumb|promo|sponsor|shopping|contact|scroll");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|post|text|blog|story|prose|markdown|rich-?text|"
                    + "page-?content|instapaper_body|detail|column");
    private static final Pattern STRONG_POSITIVE = Pattern.compile(
            "article-?body|articlebody|article-?content|article-?text|entry-?content|post-?content|post-?body|"
                    + "story-?body|story-?content|main-?content|body-?text|rich-?text|prose|content-?body|"
                    + "article__body|c-entry-content|post-?entry|blog-?post-?content|single-?content");

    /** Short blocks that are boilerplate in any article (matched case-insensitively against the whole block). */
    private static final Pattern BOILERPLATE_PHRASE = Pattern.compile(
            "(?i)^\\W*(advertisement|anzeige|publicit[ée]|sponsored( content)?|read more|read more:|"
                    + "continue reading|weiterlesen|lire la suite|leer m[aá]s|share( this)?( (article|story|post))?|"
                    + "share on \\w+|follow us( on \\w+)?|sign up( now)?|subscribe( now)?|click here|"
                    + "related( articles| stories| posts| content)?:?|see also:?|you (may|might) also like:?|"
                    + "recommended( for you)?:?|more from .{1,40}|most (read|popular|viewed)|"
                    + "(image|photo|picture|foto|bild)( credit)?:.{0,80}|tags?:.{0,200}|"
                    + "skip to (main )?content|back to top|print|email|copy link|loading\\.*|"
                    + "this (story|article) continues below.*|story continues below.*|"
                    + "we use cookies.{0,200}|accept( all)?( cookies)?|open in app)\\W*$");

    /** Phrases that mark a newsletter/subscribe box or cookie banner inside a short block. */
    private static final Pattern BOX_PHRASE = Pattern.compile(
            "(?i)(sign up for (our|the) .{0,40}newsletter|subscribe to (our|the) .{0,40}newsletter|"
                    + "get (our|the) .{0,30}newsletter|newsletter sign.?up|we use cookies|"
                    + "by (continuing|using) (to use )?this (site|website)|enable javascript|"
                    + "your browser does not support|all rights reserved|©|\\(c\\) \\d{4})");

    private static String norm(String classAndId) {
        return classAndId.toLowerCase(Locale.ROOT);
    }

    /** True if the class/id string marks an element that is boilerplate for sure. */
    public static boolean isStrongBoilerplate(String classAndId) {
        return !classAndId.isEmpty() && STRONG_BOILERPLATE.matcher(norm(classAndId)).find();
    }

    /** True if the class/id string marks a comment section. */
    public static boolean isComments(String classAndId) {
        return !classAndId.isEmpty() && COMMENTS.matcher(norm(classAndId)).find();
    }

    /** True if the class/id string suggests content. */
    public static boolean isPositive(String classAndId) {
        return !classAndId.isEmpty() && POSITIVE.matcher(norm(classAndId)).find();
    }

    /** True if the class/id string names an article body container for sure. */
    public static boolean isStrongPositive(String classAndId) {
        return !classAndId.isEmpty() && STRONG_POSITIVE.matcher(norm(classAndId)).find();
    }

    /** True if the class/id string suggests page chrome. */
    public static boolean isWeakNegative(String classAndId) {
        return !classAndId.isEmpty() && WEAK_NEGATIVE.matcher(norm(classAndId)).find();
    }

    /** True if a short block is, in full, a known boilerplate phrase ("Advertisement", "Read more", …). */
    public static boolean isBoilerplatePhrase(String text) {
        return text.length() < 120 && BOILERPLATE_PHRASE.matcher(text).matches();
    }

    /** True if a short block reads like a newsletter box, cookie banner or copyright line. */
    public static boolean hasBoxPhrase(String text) {
        return text.length() < 300 && BOX_PHRASE.matcher(text).find();
    }

    /** Characters that end or split sentences in many scripts; content paragraphs have them, menus rarely. */
    public static boolean isSentencePunctuation(char c) {
        return switch (c) {
            case '.', ',', '!', '?', ';', ':', '\u3002', '\uff0c', '\u3001', '\uff01', '\uff1f', '\u060c', '\u061f',
                 '\u06d4', '\u0964', '\u2026' -> true;
            default -> false;
        };
    }
}
