package org.newsclip.html;

import java.util.Locale;
import java.util.Set;

/**
 * The markup vocabulary of the content extractor: tag sets, class/id tokens, attributes and the character classes
 * that score text. Boilerplate phrases are in {@link Phrases}. Generic web conventions only; nothing here is keyed
 * to a particular site.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /**
     * Elements that never carry readable content; removed before anything else. Ruby annotations ({@code rt}, with
     * their fallback parentheses {@code rp}) are reading aids printed above the text (Japanese furigana): left in,
     * they would double every annotated word in the plain text ("子こども").
     */
    public static final Set<String> JUNK_TAGS = Set.of("script", "style", "link", "meta", "iframe", "object", "embed",
            "svg", "canvas", "map", "button", "input", "select", "option", "textarea", "label", "dialog", "head",
            "audio", "video", "source", "track", "param", "math", "menu", "nav", "datalist", "progress",
            "meter", "output", "frame", "frameset", "applet", "rt", "rp");

    /** Page-chrome elements: removed unless they hold most of the page's text (some sites misuse them). */
    public static final Set<String> CHROME_TAGS = Set.of("footer", "aside");

    /** Block elements the content tree keeps as they are. */
    public static final Set<String> KEEP_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "figure",
            "figcaption", "hr", "caption");

    /**
     * Blocks that make a {@code <figure>} a text figure, not an image with a caption: WordPress wraps pull quotes,
     * tables and code in figures ({@code wp-block-pullquote}, {@code wp-block-table}, {@code wp-block-code}), and
     * design systems wrap embedded quotes the same way.
     */
    public static final Set<String> FIGURE_TEXT_BLOCKS = Set.of("blockquote", "table", "pre", "ul", "ol", "dl");

    /** Inline elements the content tree keeps (others are unwrapped to their text). */
    public static final Set<String> KEEP_INLINE = Set.of("a", "strong", "em", "b", "i", "code", "sub", "sup", "br",
            "img");

    /** Phrasing elements: their text belongs to the paragraph around them. Unknown (custom) tags are blocks. */
    public static final Set<String> INLINE_TAGS = Set.of("a", "span", "strong", "em", "b", "i", "u", "s", "small",
            "big", "font", "code", "sub", "sup", "abbr", "acronym", "cite", "q", "mark", "time", "img", "br", "wbr",
            "del", "ins", "kbd", "samp", "var", "dfn", "bdi", "bdo", "ruby", "rt", "rp", "tt", "strike", "nobr",
            "data", "picture", "label");

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
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "alert", "tooltip");

    /**
     * True for the accessible name of a media player's widget ("Video Player", "Yahoo Video Player", "audio
     * player"): what it holds as text is its controls, settings menus and error screens, never the story.
     */
    public static boolean isMediaPlayerLabel(String label) {
        if (label.length() < 12 || label.length() > 40) return false;
        String l = label.toLowerCase(Locale.ROOT);
        return l.endsWith("player") && (l.contains("video") || l.contains("audio") || l.contains("media"));
    }

    /** Names of ad slots and sharing tools ("ad", "ads" as tokens; tokens opening "share", "sharing", "social"). */
    private static final String[] DECORATION_OPENINGS = {"share", "sharing", "social"};
    private static final Set<String> DECORATION_TOKENS = Set.of("ad", "ads");
    /** Structural chrome, never a mere wrapper of the story, whatever else its names say. */
    private static final String[] STRUCTURE_ROOTS = {"modal", "popup", "footer", "sidebar", "menu", "nav", "header"};

    /**
     * True if a class/id string names an ad slot or a sharing tool and no structural chrome (see
     * {@code StoryWrappers}): such boxes wrap the story they decorate in many templates. Asked of few elements.
     */
    public static boolean namesDecorationWrapper(String classAndId) {
        String l = classAndId.toLowerCase(Locale.ROOT);
        for (String r : STRUCTURE_ROOTS) {
            if (l.contains(r)) return false;
        }
        boolean decoration = false;
        int start = -1;
        for (int i = 0; i <= l.length(); i++) {
            char c = i == l.length() ? ' ' : l.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alnum && start < 0) start = i;
            if (alnum || start < 0) continue;
            String token = l.substring(start, i);
            start = -1;
            if (DECORATION_TOKENS.contains(token)) decoration = true;
            for (String o : DECORATION_OPENINGS) {
                if (token.startsWith(o)) decoration = true;
            }
        }
        return decoration;
    }

    /** True for an image URL that is a placeholder for a lazy-loaded image. */
    public static boolean isPlaceholderSrc(String src) {
        if (src.startsWith("data:")) return true;
        String s = src.toLowerCase(Locale.ROOT);
        for (String w : PLACEHOLDER_WORDS) {
            if (s.contains(w)) return true;
        }
        return false;
    }

    private static final String[] PLACEHOLDER_WORDS = {"placeholder", "blank.", "spacer", "pixel", "1x1",
            "transparent", "loading", "lazy", "grey.", "gray."};

    /** Attributes that lazy-loading scripts use for the real image URL, in order of preference. */
    public static final String[] LAZY_SRC_ATTRIBUTES = {"data-src", "data-lazy-src", "data-original", "data-url",
            "data-hi-res-src", "data-lazy", "data-srcset", "srcset", "data-lazy-srcset"};

    // Class/id vocabularies. A class/id string is lower-cased and cut into tokens at every non-alphanumeric
    // character; a "root" matches anywhere inside the tokens joined without separators ("article-body",
    // "articleBody" and "article_body" alike), a "token" only as a whole token. A strong-boilerplate match removes
    // its element (with a size guard); weak-negative only matters under favorPrecision; positive protects.
    private static final String[] STRONG_ROOTS = {"cookie", "consent", "gdpr", "newsletter", "subscribebox",
            "subscribeform", "subscribecta", "subscriptionbox", "subscribebanner", "signup", "sharing", "sharebar",
            "sharetools", "shareicons", "sharebuttons", "sociallinks", "socialshare", "socialmedia", "socialicons",
            "related", "recommend", "outbrain", "taboola", "breadcrumb", "sidebar", "advert", "adslot",
            "adcontainer", "adwrapper", "adunit", "promo", "popup", "modal", "masthead", "navbar", "navigation",
            "menu", "skiplink", "authorbio", "abouttheauthor", "authorbox", "readmore", "morestories",
            "mostpopular", "trending", "printonly", "screenreader", "sronly", "visuallyhidden", "tagslist",
            "taglist", "pagination", "pager", "banner", "toolbar", "disclaimer", "copyright", "sitefooter",
            "siteheader", "footer", "jumplink", "toctoggle", "byline", "youmaylike", "alsoread", "seealso",
            "furtherreading", "nextpost", "prevpost", "postnav", "commentform", "login", "paywallprompt",
            "apppromo", "donate", "donation", "spenden", "sponsor", "affiliatedisclo", "postmeta", "entrymeta", "articlemeta",
            "postinfo", "entryinfo", "sociable", "sharedaddy", "robotsnocontent", "tooltiptext", "tooltipcontent",
            "tooltipbubble", "tooltipbody", "tooltipinner",
            // tables of contents (Easy TOC, LuckyWP, Rank Math, "table-of-contents"); not the bare token "toc": the
            // sections such a table links to are named after it ("toc_faq", "toc-target", docutils' "toc-backref")
            "tableofcontents", "inhaltsverzeichnis", "eztoc", "lwptoc", "rankmathtoc",
            // the author's card or bio box under a story
            "authorcard", "aboutauthor", "authordescription", "authorprofile", "authorinfo", "authordetail",
            "authorsummary", "saboxplugin",
            // a forum poster's signature under each post (vBulletin, phpBB, XenForo "message-signature", Invision)
            "signature"};
    private static final Set<String> STRONG_TOKENS = Set.of("ad", "ads", "nav", "tags", "respond", "dfp", "share",
            "social", "shares");
    // Layout wrappers whose names mention chrome ("no-sidebar", "has-sidebar", id="content"): never chrome. Drupal
    // names its layouts by their sidebars ("one-sidebar", "two-sidebars", Panels' "zen-one-sidebar-second").
    private static final String[] LAYOUT_ROOTS = {"nosidebar", "hassidebar", "withsidebar", "withoutsidebar",
            "sidebarleft", "sidebarright", "leftsidebar", "rightsidebar", "sidebarlayout", "fullwidth",
            "nomenu", "menuopen", "menuclosed", "onesidebar", "twosidebars",
            // a page's own wrappers, which the chrome root "pager" (pagination) would otherwise match inside
            // ("APageRoot", "page-row", "page-region")
            "pageroot", "pagerow", "pageregion"};
    private static final Set<String> LAYOUT_TOKENS = Set.of("content", "main", "page", "wrapper", "container",
            "site", "layout");
    private static final Set<String> LAYOUT_NAMES = Set.of("entry", "hentry", "post", "article", "story");
    // Class names that describe what an element holds or lacks ("has-sidebar", "no-share"), its CMS taxonomy
    // ("category-social-issues", "tag-cookies") or its CMS state (Drupal's "node--promoted", "node--sticky": a
    // story promoted to the front page; Drupal 7 writes "node-promoted", "node-sticky"), not what it is; and the
    // token classes of syntax highlighters (highlight.js "hljs-comment", CodeMirror "cm-comment", Lezer
    // "tok-comment") that colour a code sample: ignored.
    // So is "commentary": a story's genre (an opinion piece), not a section of reader comments; and "contextmenu",
    // which newsroom systems put on every paragraph of a story to hang their right-click tools on.
    private static final String[] IGNORED_PREFIXES = {"has-", "has_", "no-", "no_", "with-", "with_", "without-",
            "category-", "tag-", "postid-", "page-id-", "format-", "type-", "status-", "single-format", "term-",
            "taxonomy-", "topic-", "section-", "node--", "node-promoted", "node-sticky", "hljs-", "cm-", "tok-",
            "commentary", "contextmenu"};
    /** Prism marks each highlighted token "token KIND" ("token comment", "token tag"): a code sample, not chrome. */
    private static final String PRISM_TOKEN = "token ";
    private static final String[] COMMENT_ROOTS = {"comment", "disqus"};
    private static final Set<String> COMMENT_TOKENS = Set.of("replies", "respond");
    private static final String[] WEAK_NEGATIVE_ROOTS = {"meta", "foot", "aside", "side", "teaser", "card",
            "credit", "byline", "author", "date", "time", "rating", "widget", "hide", "extra", "links", "list",
            "thumb", "promo", "sponsor", "shopping", "contact", "scroll"};
    private static final String[] POSITIVE_ROOTS = {"article", "body", "content", "entry", "hentry", "main",
            "post", "text", "blog", "story", "prose", "markdown", "richtext", "detail", "column"};
    // "productdescription": a shop's page names the item's own text as a blog names its post (Shopify themes'
    // "product__description", WooCommerce's "woocommerce-product-details__short-description", "productDescription")
    private static final String[] STRONG_POSITIVE_ROOTS = {"articlebody", "articlecontent", "articletext",
            "entrycontent", "postcontent", "postbody", "storybody", "storycontent", "maincontent", "bodytext",
            "richtext", "prose", "contentbody", "postentry", "blogpostcontent", "singlecontent", "wysiwyg",
            "hentry", "productdescription"};
    /** A box that folds away the rest of an article behind a button (also strong boilerplate when it is short). */
    private static final String[] EXPANDER_ROOTS = {"readmore", "continuereading", "readfull", "fullstory",
            "articleexpand", "expandarticle"};
    /**
     * The standfirst of a story: the summary paragraph that news and blog templates print in the article header,
     * between the headline and the body ("lead", "intro", "excerpt", German "Teaser", French "chapô", Spanish
     * "bajada", Italian "sommario", Czech "perex"). Roots; the short "lead" only as a whole token, since "leading-*"
     * (Tailwind) and "leaderboard" (an ad slot) are not leads. The American "dek" and "subheadline" are left out:
     * a one-line subtitle that belongs with the headline, not with the text.
     */
    private static final String[] LEAD_ROOTS = {"intro", "excerpt", "standfirst", "subtitle", "teasertext",
            "articleteaser", "storylead", "articlelead", "leadtext", "leadparagraph", "sommario", "chapo",
            "chapeau", "bajada", "perex", "summary", "documentdescription"};
    private static final Set<String> LEAD_TOKENS = Set.of("lead", "lede", "deck");
    /** The credit line of a photo or graphic ("photo-credit", "caption__credit", "img-author", "bildquelle"). */
    private static final String[] CREDIT_ROOTS = {"credit", "photographer", "imgauthor", "imageauthor",
            "imagesource", "photosource", "bildquelle", "fotoquelle", "imagecopyright", "photocopyright"};
    /** The folding panels of accordions and FAQ lists, open or closed. */
    private static final String[] FOLDED_PANEL_ROOTS = {"accordion", "collapse", "faq"};
    /**
     * The customer reviews of a shop's product page: the shop's own widget ("customer-reviews", "product-reviews",
     * "pdp-reviews", "ratings-and-reviews") or a review app's (Yotpo, Judge.me "jdgm", Okendo "oke-reviews", Stamped,
     * Bazaarvoice "bvrr", PowerReviews "pr-review"). No root starts with "review": "WebcamPreview--ListItem" is no
     * review list. The plain "reviews" and "review" are {@link #REVIEW_WORD} tokens, asked only on product pages.
     */
    private static final String[] REVIEW_ROOTS = {"customerreview", "productreview", "userreview", "pdpreview",
            "ratingsandreview", "yotpo", "jdgm", "okereview", "stampedreview", "bvrr", "prreview"};
    private static final Set<String> REVIEW_TOKENS = Set.of("reviews", "review");
    /**
     * The consent dialogs of consent-management platforms (OneTrust, Cookiebot, Didomi, Usercentrics, Borlabs,
     * Complianz, CookieYes, Osano, iubenda, the Cookie Consent script): their preference centre lists every cookie
     * category in long prose, often more text than a short page holds, yet is never the page's content.
     */
    private static final String[] CONSENT_MANAGER_ROOTS = {"onetrust", "cookiebot", "didomi", "usercentrics",
            "borlabs", "complianz", "cookieyes", "osano", "iubenda", "cookieconsent", "cookielaw", "cmpbox"};
    /**
     * A teaser: in German and Dutch CMS vocabulary (TYPO3, Government Site Builder, Drupal themes) the card that
     * advertises another page ("c-teaser", "e-teaser", "teaser-block", "teaserWrapper"), and also, as
     * "teaser-text", a story's own standfirst (a {@link #LEAD_ROOTS} name, which wins).
     */
    private static final String[] TEASER_ROOTS = {"teaser"};
    /**
     * The ingredient list of a recipe (WP Recipe Maker "wprm-recipe-ingredient", Tasty Recipes, schema.org
     * microdata's "recipeIngredient", German "Zutaten", Polish "składniki"): part of the recipe, often printed in a
     * box of its own beside the method.
     */
    private static final String[] INGREDIENT_ROOTS = {"ingredient", "zutat", "skladnik"};
    // All root lists in one automaton, so a class string is scanned once (list i sets bit 1 << i).
    private static final RootMatcher ROOTS = new RootMatcher(STRONG_ROOTS, LAYOUT_ROOTS, COMMENT_ROOTS,
            POSITIVE_ROOTS, STRONG_POSITIVE_ROOTS, WEAK_NEGATIVE_ROOTS, EXPANDER_ROOTS, LEAD_ROOTS, CREDIT_ROOTS,
            FOLDED_PANEL_ROOTS, REVIEW_ROOTS, CONSENT_MANAGER_ROOTS, TEASER_ROOTS, INGREDIENT_ROOTS);
    private static final int R_STRONG = 1, R_LAYOUT = 2, R_COMMENT = 4, R_POSITIVE = 8, R_STRONG_POSITIVE = 16,
            R_WEAK_NEGATIVE = 32, R_EXPANDER = 64, R_LEAD = 128, R_CREDIT = 256,
            R_FOLDED = 512, R_REVIEWS = 1024, R_CONSENT = 2048, R_TEASER = 4096,
            R_INGREDIENTS = 8192;

    /** Flag of {@link #classify}: boilerplate for sure. */
    public static final int STRONG_BOILERPLATE = 1;
    /** Flag of {@link #classify}: a comment section. */
    public static final int COMMENTS = 2;
    /** Flag of {@link #classify}: suggests content. */
    public static final int POSITIVE = 4;
    /** Flag of {@link #classify}: names an article body container for sure. */
    public static final int STRONG_POSITIVE = 8;
    /** Flag of {@link #classify}: suggests page chrome. */
    public static final int WEAK_NEGATIVE = 16;

    /** Flag of {@link #classify}: a layout wrapper ("no-sidebar", id "content"); cancels strong boilerplate. */
    public static final int LAYOUT = 32;

    /** Flag of {@link #classify}: names a "read more" expander, which may hold the folded rest of the story. */
    public static final int EXPANDER = 64;

    /** Flag of {@link #classify}: names the standfirst (lead paragraph) of a story. */
    public static final int LEAD = 128;

    /** Flag of {@link #classify}: names the credit line of a photo (removed when short). */
    public static final int CREDIT = 256;

    /** Flag of {@link #classify}: names the folding panel of an accordion or FAQ list (kept when hidden). */
    public static final int FOLDED_PANEL = 512;

    /**
     * Flag of {@link #classify}: names customer reviews unmistakably. They are what comments are under a story: the
     * buyers' talk about the item, not the shop's description of it.
     */
    public static final int REVIEWS = 1024;

    /** Flag of {@link #classify}: the plain word "review" or "reviews" as a name, on a product page its reviews. */
    public static final int REVIEW_WORD = 2048;

    /** Flag of {@link #classify}: names a consent-management platform's dialog (removed however long it is). */
    public static final int CONSENT_MANAGER = 4096;

    /** Flag of {@link #classify}: names a teaser (a card advertising another page, unless also a lead). */
    public static final int TEASER = 8192;

    /** Flag of {@link #classify}: names a recipe's ingredient list or one of its items. */
    public static final int INGREDIENTS = 16384;

    /**
     * What a class/id string says, as a bit set of the flags above. One pass without substrings: names are
     * whitespace-separated; ignored names are skipped; the alphanumeric characters of the others feed the root
     * automaton as one joined run, and each alphanumeric run inside a name is looked up as a token.
     */
    public static int classify(String classAndId) {
        if (classAndId.isEmpty()) return 0;
        String lower = classAndId.toLowerCase(Locale.ROOT);
        if (lower.startsWith(PRISM_TOKEN)) return 0;
        int f = 0;
        int tokens = 0;
        int state = 0; // of the root automaton, which runs on across names
        int roots = 0;
        int len = lower.length();
        int start = -1; // of the current name
        int run = -1;   // of the current alphanumeric run in it
        boolean skip = false;
        for (int i = 0; i <= len; i++) { // whitespace-separated names, without a regex split
            char c = i == len ? ' ' : lower.charAt(i); // already lower case
            if (c <= ' ') {
                if (start < 0) continue;
                if (run >= 0) tokens |= tokenSets(lower, run, i);
                if (isLayoutName(lower, start, i)) f |= LAYOUT;
                start = -1;
                run = -1;
            } else {
                if (start < 0) {
                    start = i;
                    skip = ignored(lower, i, c);
                }
                if (skip) continue;
                if (c == '-' && isContentsModifier(lower, i)) {
                    // a BEM modifier that says what the block holds ("o-section--has-ads"): the rest is ignored,
                    // as a whole "has-…" name is
                    if (run >= 0) tokens |= tokenSets(lower, run, i);
                    run = -1;
                    skip = true;
                    continue;
                }
                int symbol = RootMatcher.symbol(c);
                if (symbol >= 0) {
                    state = ROOTS.step(state, symbol);
                    roots |= ROOTS.output(state);
                    if (run < 0) run = i;
                } else if (run >= 0) {
                    tokens |= tokenSets(lower, run, i);
                    run = -1;
                }
            }
        }
        return flags(f, roots, tokens);
    }

    private static int flags(int f, int roots, int tokens) {
        if ((roots & R_LAYOUT) != 0 || (tokens & T_LAYOUT) != 0) f |= LAYOUT;
        if ((f & LAYOUT) == 0 && ((roots & R_STRONG) != 0 || (tokens & T_STRONG) != 0)) f |= STRONG_BOILERPLATE;
        if ((roots & R_COMMENT) != 0 || (tokens & T_COMMENT) != 0) f |= COMMENTS;
        if ((roots & R_POSITIVE) != 0) f |= POSITIVE;
        if ((roots & R_STRONG_POSITIVE) != 0) f |= STRONG_POSITIVE;
        if ((roots & R_WEAK_NEGATIVE) != 0) f |= WEAK_NEGATIVE;
        if ((roots & R_EXPANDER) != 0) f |= EXPANDER;
        if ((roots & R_LEAD) != 0 || (tokens & T_LEAD) != 0) f |= LEAD;
        if ((roots & R_CREDIT) != 0) f |= CREDIT;
        if ((roots & R_FOLDED) != 0) f |= FOLDED_PANEL;
        if ((roots & R_REVIEWS) != 0) f |= REVIEWS;
        if ((tokens & T_REVIEWS) != 0) f |= REVIEW_WORD;
        if ((roots & R_CONSENT) != 0) f |= CONSENT_MANAGER;
        if ((roots & R_TEASER) != 0) f |= TEASER;
        if ((roots & R_INGREDIENTS) != 0) f |= INGREDIENTS;
        return f;
    }

    private static final int T_LAYOUT = 1, T_STRONG = 2, T_COMMENT = 4, T_LEAD = 8, T_REVIEWS = 16;

    /** The token sets that {@code lower[from, to)} is a member of (compared in place: no substring, no hash). */
    private static int tokenSets(String lower, int from, int to) {
        return TOKENS.mask(lower, from, to);
    }

    /** Every token word once, with the bits of the token sets it is in ({@link #T_LAYOUT}, ...). */
    private static final WordTable TOKENS = tokenTable();
    private static final WordTable LAYOUT_NAME_TABLE = WordTable.of(LAYOUT_NAMES);
    /** The ignored prefixes by their first character (most names start with none of them). */
    private static final String[][] IGNORED_BY_FIRST = new String[128][];

    static {
        for (char c = 0; c < 128; c++) {
            final char first = c;
            String[] ps = java.util.Arrays.stream(IGNORED_PREFIXES).filter(p -> p.charAt(0) == first)
                    .toArray(String[]::new);
            IGNORED_BY_FIRST[c] = ps.length == 0 ? null : ps;
        }
    }

    private static WordTable tokenTable() {
        java.util.Map<String, Integer> masks = new java.util.TreeMap<>();
        for (String w : LAYOUT_TOKENS) masks.merge(w, T_LAYOUT, (a, b) -> a | b);
        for (String w : STRONG_TOKENS) masks.merge(w, T_STRONG, (a, b) -> a | b);
        for (String w : COMMENT_TOKENS) masks.merge(w, T_COMMENT, (a, b) -> a | b);
        for (String w : LEAD_TOKENS) masks.merge(w, T_LEAD, (a, b) -> a | b);
        for (String w : REVIEW_TOKENS) masks.merge(w, T_REVIEWS, (a, b) -> a | b);
        return new WordTable(masks);
    }

    private static boolean isLayoutName(String lower, int from, int to) {
        return LAYOUT_NAME_TABLE.mask(lower, from, to) != 0;
    }

    /** True at the "--" of a modifier that says what a block holds or lacks ("--has-ads", "--with-sidebar"). */
    private static boolean isContentsModifier(String lower, int at) {
        return lower.startsWith("--has-", at) || lower.startsWith("--with-", at) || lower.startsWith("--no-", at);
    }

    /** Whether the name at {@code from}, which starts with {@code first}, has an ignored prefix. */
    private static boolean ignored(String lower, int from, char first) {
        String[] prefixes = first < 128 ? IGNORED_BY_FIRST[first] : null;
        if (prefixes == null) return false; // most names: one table look-up
        for (String p : prefixes) {
            if (lower.startsWith(p, from)) return true;
        }
        return false;
    }

    /**
     * True if a class string names a screen-size variant: a block shown or hidden by breakpoint ("d-none
     * d-md-block", "hidden-xs", "visible-lg", "hide-for-small", "mobile-only") or a framework's variant wrapper.
     */
    public static boolean isScreenVariant(String className) {
        String lower = className.toLowerCase(Locale.ROOT);
        for (String w : SCREEN_VARIANT_WORDS) {
            if (lower.contains(w)) return true;
        }
        return false;
    }

    private static final String[] SCREEN_VARIANT_WORDS = {"d-none", "hidden", "visible-", "hide-for", "show-for",
            "mobile", "desktop", "tablet", "ssr-variant"};

    /** True for whitespace and no-break space; an ASCII fast path in front of {@link Character#isWhitespace}. */
    public static boolean isSpace(char c) {
        if (c < 0x80) return c >= 0x1c ? c <= ' ' : c >= '\t' && c <= '\r'; // as Character.isWhitespace
        // no whitespace lies below U+1680 but the no-break space, nor above U+3000 (most letters of most scripts)
        if (c < '\u1680') return c == '\u00a0';
        // Character.isWhitespace's few spaces up to U+3000, spelled out: curly quotes and dashes lie among them, and
        // the JDK's table look-up for each of those cost more than the rest of a text's scan (VocabularyTest pins it)
        if (c <= '\u200a') return c >= '\u2000' ? c != '\u2007' : c == '\u1680';
        return c == '\u2028' || c == '\u2029' || c == '\u205f' || c == '\u3000';
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
