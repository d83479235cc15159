package org.newsclip.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The heuristic vocabularies of metadata extraction: meta names, class tokens, words and month names. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** schema.org types of a news or blog article, best first. */
    static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle", "blogposting",
            "liveblogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "askpublicnewsarticle", "techarticle", "scholarlyarticle", "report", "socialmediaposting",
            "discussionforumposting", "satiricalarticle", "advertisertcontentarticle", "medicalscholarlyarticle",
            "review", "criticreview", "posting", "videoobject", "podcastepisode", "recipe");

    /** schema.org types of posts signed with a user name (a handle is the author's name there). */
    static final Set<String> POSTING_TYPES = Set.of("discussionforumposting", "socialmediaposting", "question",
            "answer", "comment");

    /** schema.org page types: the main entity when no article is declared. */
    static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "collectionpage", "faqpage",
            "profilepage", "qapage", "searchresultspage", "contactpage", "medicalwebpage", "realestatelisting");

    /** The schema.org type of a person. */
    static final Set<String> PERSON_TYPES = Set.of("person");

    /** schema.org types of an organisation. */
    static final Set<String> ORG_TYPES = Set.of("organization", "newsmediaorganization", "corporation",
            "localbusiness", "educationalorganization", "governmentorganization", "ngo", "onlinebusiness",
            "onlinestore", "mediaorganization", "brand", "website");

    /** meta names (lower case) that give the publication date, best first. */
    static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
            "article:published", "datepublished", "published_time", "og:published_time", "article.published",
            "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
            "publication_date", "citation_publication_date", "citation_date", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dcterms.created", "originalpublicationdate",
            "article_date_original", "cxenseparse:recs:publishtime", "og:pubdate", "displaydate", "datecreated",
            "article.created", "created", "content_date", "date_published", "datetime", "parsely-pubdate",
            "release_date", "og:release_date", "pub_date", "publish-time", "dateline", "pubtime", "published-date",
            "published", "publication-date", "article:post_date", "post_date",
            // vendor and standard variants: Cxense, Shareaholic, PRISM, Dublin Core written with a colon, HighWire
            "cxenseparse:publishtime", "shareaholic:article_published_time", "prism.publicationdate",
            "dcterms:created", "dc.created", "dc:date.created", "og:publish_date", "published_at",
            "citation_online_date", "dcsext.articlefirstpublished");

    /**
     * meta names (lower case) of an undifferentiated page date: many CMSs fill them with the page's last save, so
     * they rank below the article's visible date.
     */
    static final List<String> PAGE_DATE_META = List.of("dc.date", "dcterms.date", "date", "dc:date", "dcterms:date");

    /** meta names (lower case) that give the date of the last change, best first. */
    static final List<String> MODIFIED_META = List.of("article:modified_time", "og:article:modified_time",
            "datemodified", "og:updated_time", "article:modified", "modified_time", "lastmod", "last-modified",
            "dc.date.modified", "dcterms.modified", "article.updated", "sailthru.lastmodified", "revised",
            "updated_time", "date_modified", "lastmodified", "og:modified_time", "article:updated_time", "modified-date",
            "last-updated", "updated", "shareaholic:article_modified_time", "last_updated_date", "dcterms:modified");

    /**
     * meta names (lower case) whose content names the author; the article-level keys first, as a plain "author"
     * often names the company that runs the site (and, as microdata, the authors of the works a paper cites).
     */
    static final List<String> AUTHOR_META = List.of("article:author", "og:article:author", "parsely-author",
            "sailthru.author", "dc:creator", "citation_author", "author", "dc.creator", "dcterms.creator", "byl",
            "author_name", "cxenseparse:author", "article.author", "dc.creator.personalname", "authors", "creator");

    /** Class/id tokens of elements that hold a byline. */
    /** Labels of a twitter:labelN/dataN pair whose data is the author. */
    static final java.util.regex.Pattern AUTHOR_LABEL = java.util.regex.Pattern.compile("(?iu)^\\s*(written by"
            + "|author|verfasst von|geschrieben von|autor(in)?|écrit par|auteur|escrito por|scritto da|autore"
            + "|geschreven door|auteur)\\s*:?\\s*$");

    /** Parts of a headline element that are not the headline: kickers above it and screen-reader-only text. */
    static final Hints KICKER = Hints.of("kicker", "overline", "dachzeile", "topline", "eyebrow", "visually-hidden",
            "sr-only", "screen-reader");

    static final Hints BYLINE = Hints.of("byline", "author", "autor", "verfasser", "writer", "journalist", "username",
            "contributor", "auteur");

    /**
     * Class/id tokens of a picture's caption or credit line ("wp-caption-text", "image-credit", "license-author"):
     * the names there are photographers' and licensors', never the article's author.
     */
    static final Hints CREDIT_REGION = Hints.of("wp-caption", "image-caption", "img-caption", "photo-caption",
            "caption-text", "photo-credit", "image-credit", "img-credit", "credito-image", "licen", "bildnachweis",
            "bildquelle", "bildunterschrift");

    /** Labels of a picture's credit line, lower case, without the colon ("Foto:", "Photo", "Crédito:"). */
    static final Set<String> PHOTO_LABELS = set("foto", "fotos", "photo", "photos", "bild", "bilder", "image",
            "images", "imagen", "crédito", "credito", "credit", "credits", "fotografía", "fotografia", "photographie");

    /** Class/id tokens of a reader's comment: its names are commenters'. */
    static final Hints COMMENT_REGION = Hints.of("comment", "kommentar", "reply", "disqus");

    /**
     * Class/id tokens that hold a byline token but name something else ("authorization", "authority", the "CSS
     * writer" dialog that a common news theme's page builder leaves in every page).
     */
    static final Hints NOT_BYLINE = Hints.of("authoriz", "authorit", "authoris", "author-description",
            "author-job", "author-role", "author-position", "css-writer");

    /** Class/id tokens of regions whose dates and names are not the article's own. */
    static final Hints FOREIGN_REGION = Hints.of("comment", "related", "recommend", "sidebar", "footer",
            "more-stories", "popular", "trending", "also-read", "read-more", "newsletter", "promo", "similar",
            "kommentar", "weitere", "mehr-zum", "breadcrumb", "^nav", "menu", "bio$", "about-the-author", "reply",
            "disqus", "share", "social", "copyright", "outbrain", "taboola");

    /** Class/id tokens of regions whose bylines belong to other stories or to commenters, never to the article. */
    static final Hints OTHER_STORIES = Hints.of("comment", "related", "recommend", "more-stories", "popular",
            "trending", "also-read", "read-more", "newsletter", "promo$", "promos", "similar", "kommentar", "weitere",
            "mehr-zum", "^nav$", "navbar", "^menu", "reply", "disqus", "outbrain", "taboola", "teaser", "recirc", "site-footer",
            "footer-bottom", "copyright");

    /** Class/id tokens of a page's note of its last change (MediaWiki's "footer-info-lastmod"). */
    static final Hints LAST_CHANGE_NOTE = Hints.of("lastmod");

    /**
     * Class/id tokens of a site's masthead, whose date above the headline is the day of the visit ("site-header__date"),
     * not the article's.
     */
    static final Hints MASTHEAD = Hints.of("site-header", "masthead", "topbar", "top-bar");

    /** Class/id tokens of elements that may hold a visible dateline. */
    static final Hints DATELINE = Hints.of("date", "datum", "time", "zeit", "publish", "posted", "dateline",
            "byline", "fecha", "meta", "info");

    /** Class/id tokens of blocks of related-article links. */
    static final Hints RELATED_BLOCK = Hints.of("related", "read-more", "readmore", "more-stories", "also-read",
            "see-also", "refs-list", "weiterlesen", "lesen-sie-auch", "mehr-zum-thema", "more-on");

    /** Words that are never a person's name (lower case). */
    static final Set<String> NOT_NAMES = set("staff", "by", "and", "von", "par", "por", "admin", "administrator",
            "editor", "editors", "editorial", "redaktion", "red", "sponsored", "anonymous", "unknown", "guest",
            "team", "desk", "newsdesk", "news desk", "web desk", "staff writer", "staff reporter", "the editors",
            "editorial staff", "editorial team", "redaction", "rédaction", "redazione", "redacción", "user",
            "contributor", "contributors", "author", "authors", "autor", "posted", "written", "published", "updated",
            "share", "follow", "more", "email", "e-mail", "twitter", "facebook", "linkedin", "instagram", "none",
            "null", "undefined", "no author", "sponsored content", "paid content", "partner content", "advertisement", "anzeige",
            "home", "news", "read more", "link", "http", "https", "view all posts", "all posts", "profile", "see all", "comments", "comment",
            "login", "log in", "logout", "log out", "sign in", "sign out", "sign up", "register", "username", "benutzername",
            "password", "passwort", "anmelden", "abmelden", "registrieren", "topic author", "like");

    /** Declared author values that credit nobody (lower case): CMS defaults and empty placeholders. */
    static final Set<String> PLACEHOLDER_AUTHORS = set("admin", "administrator", "null", "undefined", "none", "n/a",
            "unknown", "anonymous", "author", "authors", "by", "user", "guest", "default", "wordpress", "root", "publisher");

    /** Names of a newsroom that a byline may credit when it names no one else (lower case). */
    static final Set<String> NEWSROOM_NAMES = set("redaktion", "red", "editorial staff", "staff", "the editors",
            "editors", "editorial team", "newsdesk", "news desk", "web desk", "staff writer", "staff reporter",
            "redaction", "rédaction", "redazione", "redacción", "team");

    /**
     * News agencies, and the words that credit agencies at large, lower case: never a person, wherever a page
     * names them as its author ("Agenturen", "Agencies", "AFP").
     */
    static final Set<String> AGENCIES = set("dpa", "afp", "ap", "apa", "reuters", "efe", "ansa", "kna", "epd", "sda",
            "ats", "kyodo", "jiji", "xinhua", "ani", "pti", "ians", "upi", "tass", "anp", "belga", "pap", "sid", "ddp",
            "dapd", "kap", "kathpress", "erbol", "sp-x", "europa press", "agenturen", "agencies", "agences", "agencias",
            "agenzie", "nachrichtenagenturen", "news agencies", "wire services", "associated press", "agence france-presse");

    /** Words of a newsroom's or a team's credit ("Staff Writer", "News Desk", "EDB Team"), lower case. */
    static final Set<String> NEWSROOM_WORDS = set("staff", "desk", "newsdesk", "team", "editorial", "editors",
            "redaktion", "redazione", "redacción", "rédaction", "redaction", "newsroom", "reports", "red");

    /**
     * Words that make any credit a newsroom's, a desk's or a team's ("AOL Staff", "Lifestyle Desk", "Editorial
     * Team"), never a person's, wherever it was declared. Narrower than {@link #NEWSROOM_WORDS}: "red" and "reports"
     * are words of persons' names and titles too.
     */
    static final Set<String> TEAM_WORDS = set("staff", "desk", "newsdesk", "team", "editorial", "editors",
            "newsroom", "redaktion", "redazione", "redacción", "rédaction", "redaction");

    /** Words that mark an organisation's name ("Web Commerce GmbH", "Bund der Energieverbraucher e.V."). */
    static final Set<String> ORG_WORDS = set("gmbh", "ev", "e.v", "ag", "ltd", "inc", "llc", "corp", "plc", "sa",
            "stiftung", "verband", "verlag", "verein", "gesellschaft", "agentur", "agency", "institut", "institute",
            "university", "universität", "hochschule", "ministerium", "ministry", "department", "press", "presse",
            "pressestelle", "newsroom", "redaktion", "media", "medien", "online", "news", "nachrichten", "zeitung",
            "magazin", "magazine", "tv", "radio", "group", "gruppe", "company", "foundation", "association",
            "society", "council", "bureau", "services", "partei", "landesanstalt", "illustrierte", "kg", "gbr",
            "zentrale", "bundesamt", "amt", "club", "network", "netzwerk", "blog", "shop", "store", "boutique", "bund",
            "edition");

    /** Words of a job title: a name made only of these is a role, not a person. */
    static final Set<String> JOB_WORDS = set("senior", "junior", "chief", "staff", "reporter", "reporters",
            "editor", "editors", "correspondent", "correspondents", "writer", "writers", "columnist", "contributor",
            "contributing", "managing", "executive", "deputy", "associate", "assistant", "news", "political",
            "political", "science", "health", "sports", "business", "tech", "technology", "producer", "photographer",
            "photographers", "photos", "photo", "video", "analyst", "host", "anchor", "redakteur", "redakteurin",
            "korrespondent", "korrespondentin", "journalist", "journalistin", "autor", "autorin", "freelance",
            "special", "to", "the", "of", "for", "and", "at", "in", "a", "intern", "fellow", "director", "head",
            "founder", "ceo", "president", "professor", "dr", "phd", "global", "national", "international",
            "senior-editor", "digital", "online", "economics", "culture", "opinion", "desk", "lead", "team",
            "content", "marketing", "manager", "specialist", "expert", "strategist", "researcher", "author",
            "guest", "regular", "weekly", "daily", "bureau", "white", "house", "washington", "london", "berlin",
            "development", "research", "community", "operations", "communications", "engineering", "sales",
            "coordinator", "officer", "advisor", "adviser", "partnerships", "relations", "affairs", "product",
            "projektleiter", "projektleiterin", "leiter", "leiterin", "sprecher", "sprecherin", "pressesprecher",
            "pressesprecherin", "geschäftsführer", "geschäftsführerin", "referent", "referentin", "vorsitzender",
            "vorsitzende", "psychologist", "therapist", "counselor", "counsellor", "counseling", "counselling", "clinical",
            "licensed");

    /**
     * Job nouns that a byline puts before a person's name ("FOCUS-Online-Experte Jane Doe", "Rechtsanwalt Jane
     * Doe"), alone or ending a compound, lower case.
     */
    static final Set<String> LEADING_ROLES = set("experte", "expertin", "expert", "rechtsanwalt", "rechtsanwältin",
            "anwalt", "anwältin", "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "reporter",
            "reporterin", "korrespondent", "korrespondentin", "journalist", "journalistin", "kolumnist",
            "kolumnistin", "columnist", "correspondent", "editor", "autor", "autorin", "gastautor", "gastautorin");

    /** Leading byline words to strip ("By", "Von", "Par", …), lower case. */
    static final Pattern BYLINE_PREFIX = Pattern.compile(
            "(?iu)^(?:\\s*(?:written|posted|published|reported|text|story|words|photos?|fotos?|interview|compiled"
                    + "|edited|erstellt|geschrieben|verfasst|publié|escrito|scritto|updated|veröffentlicht)"
                    + "(?:\\s+(?:by|von|par|por|da|di|am|on))?\\s*[:|]?\\s*"
                    + "|\\s*(?:by|von|par|por|de|di|da|door|av|af|от|автор|autor(?:in)?|author|auteur|autore|text"
                    + "|texte|redaktion|bearbeitet von|reporting by|words by)\\s*[:|]?\\s+)+");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Words that label a visible date as the last revision rather than the publication (lower case). */
    private static final String[] REVISION_LABELS = {"updated", "update:", "modified", "revised", "edited",
        "lastupdate", "last update", "last change", "aktualisiert", "geändert", "editiert", "zuletzt", "stand:",
        "letzte änderung", "mis à jour", "mise à jour", "modifié",
        "actualizado", "actualización", "aggiornato", "aggiornamento", "bijgewerkt", "atualizado", "обновлено",
        "zaktualizowano", "päivitetty", "uppdaterad", "opdateret", "oppdatert"};

    /** True when {@code text[from, to)} holds a revision label ("Updated", "Aktualisiert", …). */
    static boolean revisionLabel(String text, int from, int to) {
        if (to <= from) return false;
        String s = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String w : REVISION_LABELS) if (s.contains(w)) return true;
        return false;
    }

    /**
     * Words that label a date as a member's joining date in a forum profile ("Registriert:", "Joined:") or as a
     * founding date: never the page's own (lower case).
     */
    private static final String[] MEMBERSHIP_LABELS = {"joined", "registered", "member since", "registriert",
        "mitglied seit", "dabei seit", "inscrit", "inscription", "registrado", "iscritto", "lid sinds", "founded"};

    /** True when the opening of a text (its first 40 characters) holds a membership label. */
    static boolean membershipLabel(String text) {
        String s = text.substring(0, Math.min(text.length(), 40)).toLowerCase(Locale.ROOT);
        for (String w : MEMBERSHIP_LABELS) if (s.contains(w)) return true;
        return false;
    }

    /** Words that label a date as the publication date ("Published on", "Erschienen am", "Publié le"). */
    private static final String[] PUBLICATION_LABELS = {"published", "publish date", "publication date",
        "erschienen", "erstellt am", "veröffentlicht", "publiziert",
        "publié", "publicado", "publicada", "pubblicato", "pubblicata", "gepubliceerd", "opublikowano", "julkaistu",
        "publicerad", "publiceret", "publisert", "опубликовано", "started by"};

    /**
     * Where the date after a publication label opening {@code text} begins (just past the label), or -1 when the
     * text does not open with one within its first {@code within} characters.
     */
    static int publicationLabelEnd(String text, int within) {
        String s = text.substring(0, Math.min(text.length(), within)).toLowerCase(Locale.ROOT);
        for (String w : PUBLICATION_LABELS) {
            int i = s.indexOf(w);
            if (i >= 0) return i + w.length();
        }
        return -1;
    }

    /** Month names of many languages, lower case, to month number. */
    static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        String[] rows = {
            "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari januar stycznia styczeń"
                + " января январь янв ocak ιανουαρίου leden ledna tammikuuta ianuarie"
                + " січня gener يناير",
            "february feb februar feber février févr fevrier febrero febbraio fevereiro fev februari lutego luty"
                + " февраля февраль фев şubat φεβρουαρίου únor února helmikuuta"
                + " februarie лютого febrer فبراير شباط",
            "march mar märz maerz mars marzo março marco maart marca marzec марта март mart μαρτίου březen března"
                + " maaliskuuta martie maret березня març mrt مارس آذار",
            "april apr avril avr abril abr aprile apr. kwietnia kwiecień апреля апрель апр nisan απριλίου duben dubna"
                + " huhtikuuta aprilie квітня أبريل ابريل إبريل نيسان",
            "may mai mayo maggio mag maio mei maja maj мая май mayıs μαΐου květen května toukokuuta"
                + " травня maig مايو أيار",
            "june jun juni juin junio giugno giu junho czerwca czerwiec июня июнь haziran ιουνίου červen června"
                + " kesäkuuta iunie червня juny يونيو حزيران",
            "july jul juli juillet juil julio luglio lug julho lipca lipiec июля июль temmuz ιουλίου červenec července"
                + " heinäkuuta iulie липня juliol يوليو تموز",
            "august aug août aout agosto ago augustus sierpnia sierpień августа август авг ağustos αυγούστου srpen"
                + " srpna elokuuta augusti agustus серпня agost أغسطس اغسطس",
            "september sep sept sett septembre septiembre setiembre settembre set setembro września wrzesień сентября"
                + " сентябрь сен eylül σεπτεμβρίου září syyskuuta septembrie"
                + " вересня setembre سبتمبر أيلول",
            "october oct okt oktober octobre octubre ottobre ott outubro out października październik октября"
                + " октябрь ekim οκτωβρίου říjen října lokakuuta octombrie жовтня أكتوبر اكتوبر",
            "november nov novembre noviembre novembro november listopada listopad ноября ноябрь kasım νοεμβρίου"
                + " listopadu marraskuuta noiembrie листопада نوفمبر",
            "december dec dez dezember décembre déc decembre diciembre dic dicembre dezembro december grudnia"
                + " grudzień декабря декабрь дек aralık δεκεμβρίου prosinec prosince joulukuuta"
                + " decembrie desember грудня desembre ديسمبر"};
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            for (String w : rows[i].split(" ")) m.putIfAbsent(w.toLowerCase(Locale.ROOT).replace(".", ""), i + 1);
        }
        return Map.copyOf(m);
    }
}
