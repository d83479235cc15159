package org.newsclip.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text vocabulary of the content extractor: phrases and words that mark a short block as boilerplate (ad
 * labels, "Read more", share prompts, newsletter and cookie boxes, related-story teasers, meta lines, closing
 * labels, calls to action, disclosures). The tag and class/id vocabulary is in {@link Vocabulary}. Generic web
 * conventions only; nothing here is keyed to a particular site.
 */
public final class Phrases {
    private Phrases() {
    }

    /** The labels that introduce a picture's credit at the end of a caption ({@link CaptionCredits}), lower case. */
    static final java.util.Set<String> CREDIT_LABELS = java.util.Set.of("foto", "fotos", "photo", "photos",
            "photograph", "photographs", "bild", "bilder", "symbolbild", "titelbild", "beitragsbild", "credit",
            "credits", "crédit", "crédits", "crédito", "créditos", "picture", "pictures", "zdjęcie", "fot.",
            "bildquelle", "fotoquelle", "bildnachweis");
    /** The labels of a line that names where a chart, table or picture comes from ({@link CaptionCredits}). */
    static final java.util.Set<String> SOURCE_LABELS = java.util.Set.of("quelle", "quellen", "source", "sources",
            "data source", "fuente", "fuentes", "fonte", "źródło", "źródła");
    /** Short blocks that are boilerplate in any article (matched case-insensitively against the whole block). */
    static final String BOILERPLATE_PHRASES =
            // "[PR]": the label Japanese portals print beside a paid link
            "(advertisement|anzeige|werbung|reklama|publicit[ée]|publicidad|pubblicit[àa]|annonce|pr|"
                    + "sponsored( content)?|read more|continue reading|weiterlesen|lire la suite|leer m[aá]s|"
                    + "czytaj (dalej|więcej)|share( this)?( (article|story|post))?|share on \\w+|"
                    + "follow us( on \\w+)?|sign up( now)?|subscribe( now)?|click here|"
                    + "related( articles| stories| posts| content| news| coverage| reading| links)?|see also|"
                    + "you (may|might) also like|read further|further reading|more on this( topic| story)?|"
                    + "ähnliche (beiträge|artikel|themen)|zum weiterlesen|weiterlesen:|heute empfehlen wir|"
                    + "(contenido|artículos|noticias) relacionad[oa]s?|articles similaires|articoli correlati|"
                    + "recommended( for you)?|more from .{1,40}|more (stories|news|articles)( .{1,40})?|"
                    + "most (read|popular|viewed|shared)|latest (news|stories|articles)|top stories|"
                    + "das könnte (dich|sie) auch interessieren|"
                    + "(das|dies|diese[rs]?)( \\w+)? (könnte|dürfte)n? .{0,30}interessieren|"
                    + "mehr (aus|zum|zu|von|über) .{1,40}|mehr zum thema|neueste artikel|weitere artikel|"
                    + "(meist|viel) ?gelesen.{0,40}|auch interessant|ähnliche artikel|lesen sie auch.{0,40}|"
                    + "schon gelesen\\??|"
                    + "aktuellste (beiträge|artikel|meldungen)|weitere (beiträge|meldungen|nachrichten)|"
                    + "verwandte (artikel|beiträge|themen)( ?bereiche)?|(jetzt |artikel |beitrag )?teilen!?|"
                    + "mit freunden teilen|(möchten sie|willst du) (den|diesen) (artikel|beitrag) teilen\\??|"
                    + "(zurück )?nach oben|"
                    + "(hier können sie )?(den |diesen )?(artikel|beitrag) bewerten|"
                    + "(sie müssen|du musst) (sich |dich )?(angemeldet|eingeloggt|anmelden|einloggen).{0,80}|"
                    + "you must be logged in.{0,80}|"
                    + "zobacz (także|też|również)|polecamy|à lire aussi|lire aussi|voir aussi|sur le même sujet|"
                    + "leggi anche|potrebbe interessarti|te puede interesar|también te puede interesar|"
                    + "noticias relacionadas|lo más (leído|visto)|tags?:.{0,200}|schlagworte:?.{0,200}|"
                    + "skip to (main )?content|back to top|print|drukuj|drucken|imprimir|email|e-mail|"
                    + "copy link|loading\\.*|this (story|article) continues below.*|story continues below.*|"
                    + "article continues below.*|we use cookies.{0,200}|accept( all)?( cookies)?|open in app|"
                    + "möchten sie weiterlesen\\?|jetzt abonnieren|abonnieren|vous aimerez aussi|lust auf mehr\\??|"
                    + "zurück zu(r)? (liste|listenansicht|übersicht|startseite)|rezept drucken|drucken|"
                    + "(war|ist) (der|dieser) (artikel|beitrag) (nützlich|hilfreich)\\??|"
                    + "wie (bewerten|finden) sie diese[nr]? (artikel|beitrag)\\??|top[- ]themen.{0,30}|"
                    + "mehr kolumnen|read (the )?full (review|story|article|post)|"
                    // a table of contents' label, left over when its list goes (by name, or as links); not "In this
                    // article" or "On this page", whose openings prose shares: they would slow the fast path; and
                    // Jetpack's "Like this:" widget
                    + "table of contents|contents|inhaltsverzeichnis|inhaltsübersicht|inhalt|sommaire|índice|indice|"
                    + "spis treści|jump to( section)?|like this:?|like loading\\.*|"
                    + "pour lire la suite.{0,60}|was this (article|page|post) (helpful|useful)\\??|"
                    + "rate this (article|post|recipe)|print (this )?(article|recipe|page)|"
                    // labels, widget states and links that open like the phrases above ("Kontakt", "Contact",
                    // "More information", "Weitere …", "This entry …", "Den …", "Sie …", "Anzeige - …"), so that
                    // they cost no second regex: the other furniture phrases are in WIDGET_PHRASES
                    + "kontakt|contact|contacto|contatti|(weitere|mehr) ?informationen( zum thema)?|"
                    + "more information|further information|this entry was posted .{0,120}|"
                    + "weitere (aktuelle )?(themen|artikel|beiträge|meldungen|nachrichten|news)( .{1,40})?|"
                    + "(anzeige|advertisement|werbung|publicidad|publicité)\\s*[-–:|]\\s*.{0,80}|"
                    + "(den |diesen )?(artikel|beitrag) (mit (anderen|freunden) )?teilen.{0,20}|"
                    + "(sie sind|du bist) (aktuell |derzeit |momentan )?nicht (eingeloggt|angemeldet)|"
                    + "(dieses (skript|dokument) )?als pdf herunterladen|download( as)? pdf|"
                    + "(aktualisiert|veröffentlicht|updated|published)( am| on)?\\W{0,3})";
    private static final Pattern BOILERPLATE_PHRASE = Pattern.compile("(?iu)^\\W*" + BOILERPLATE_PHRASES + "\\W*$");

    /** The label of a toggle that shows or hides part of the page ("Quellen anzeigen", "Bild ausblenden"). */
    private static final String TOGGLE = "(quellen|quellenangaben|bild|bilder|fotos?|details|text|inhalt)"
            + " (anzeigen|ausblenden|einblenden|verbergen)|(show|hide) (sources|references|image|images|details)";

    /**
     * Short blocks that are page furniture rather than story, kept apart from {@link #BOILERPLATE_PHRASES} so that
     * each regex stays short and is asked only about blocks that can open one of its phrases: the labels of
     * information and source boxes, the states of widgets (login, cart, likes), the blog engine's
     * footer lines, links to more of the site, shop notices.
     */
    static final String WIDGET_PHRASES =
            // the label of a contact, links or sources box, whose content follows it
            "(ansprechpartner(in)?( zum thema)?|zusatz ?informationen|"
                    + "plus d.informations|más información|maggiori informazioni|więcej informacji|"
                    + "quellenangaben|originalpublikation|externer inhalt|"
                    // the states of a page's widgets: login, cart, likes, folded sources and images
                    + "you are not logged in|vous n.êtes pas connecté|(gefällt mir )?wird geladen\\.*|"
                    + "(ihr|dein) warenkorb ist leer|votre panier est vide|"
                    + "twój koszyk jest pusty|your (shopping )?(cart|basket) is empty|"
                    // the labels of toggles that show or hide sources, a picture, more text (both states at once
                    // where the page prints both and hides one)
                    + "(" + TOGGLE + ")(\\W+(" + TOGGLE + "))?|"
                    // the blog engine's footer lines, pingbacks, links to the next post, prompts to comment
                    + "perma(link|lien)(\\W{1,3}https?://\\S+)?|pingback.{0,200}|"
                    + "(nächster|vorheriger) (artikel|beitrag)|(next|previous) (article|post|story)|"
                    + "article (suivant|précédent)|bitte registrieren sie sich.{0,80}|"
                    + "(alle )?angaben ohne gewähr|video verfügbar bis .{1,30}|"
                    // links to more of the site's stories, shop notices, advertisement labels
                    + "alle (artikel|beiträge|news) (von|zu|zum|über|aus) .{1,40}|"
                    + "tous les articles (de|sur) .{1,40}|"
                    + "(articles|audios|vidéos|audios et vidéos) sur le (même )?sujet|"
                    + "entdecke(n sie)? (weitere|mehr) .{1,30}|"
                    + "es werden (die )?\\w+ \\d+ bis \\d+ von (insgesamt )?\\d+( \\w+)? angezeigt|"
                    // forum and Q&A engines: the fold of a long quote (XenForo), a post's permalink and share
                    // prompts (Invision), the prompts around a question and the reputation line of a user card
                    // (Stack Exchange)
                    + "click to (expand|shrink)\\.*|link to (comment|post)|share on other sites|"
                    + "explore related questions|see similar questions with these tags\\.?|"
                    + "start asking to get answers|find the answer to your question by asking\\.?|ask question|"
                    + "([\\d.,]+k?\\s*)?([\\d.,]+ ?(gold|silver|bronze) badges?\\s*)+|"
                    + "(answered|asked|edited) \\p{L}{3} \\d{1,2}(, \\d{4})? at \\d{1,2}:\\d{2}|"
                    // the counts of a poster's card, and the closed thread's notices
                    + "[\\d.,]+k? (likes?|posts)( · joined \\d{4})?|(likes|posts|messages|reaction score):? [\\d.,]+k?|"
                    + "you must log in( or register)? to (answer this question|reply here)\\.?|"
                    + "not open for further replies\\.?|"
                    // the buttons of landing, product and listing pages, alone on their line
                    + "learn more|find out more|shop now|shop all|"
                    + "start (your |a )?free trial|(book|request|get) a demo|(see|view|show|load) (more|all|details)|"
                    + "add to (cart|bag|basket)|buy now|"
                    // the buttons of a picture's lightbox and of a recipe card, one or a row of them
                    + "((bild|foto) (anzeigen|schließen|vergrößern)|zum vergrößern( auf das bild)? klicken|"
                    + "(click|tap) to enlarge|(view|see) (larger|full[- ]size) (image|photo)|"
                    + "rezept drucken|print recipe|pin recipe|jump to recipe|bei pinterest (speichern|merken)|"
                    + "imprimir receta|imprimer la recette)(\\W+((bild|foto) (anzeigen|schließen|vergrößern)|"
                    + "rezept drucken|print recipe|pin recipe|jump to recipe|bei pinterest (speichern|merken))){0,2})";
    private static final Pattern WIDGET_PHRASE = Pattern.compile("(?iu)^\\W*" + WIDGET_PHRASES + "\\W*$");

    /**
     * A photo credit, in full ("Foto: Jane Doe", "(Credit: Agency)", "Photograph by Jane Doe", "Crédits photos :
     * Agence"): the picture's, not the story's. Tested apart from the phrases, since a caption keeps its credit.
     */
    static final String CREDITS = "((fotos?|photos?|photograph|bild|titelbild|beitragsbild|headerbild|symbolbild|"
            + "copyright|crédits? photos?|crédito( de)? foto|créditos?|credits?|photo credits?|image credits?|"
            + "bildquelle|fotoquelle|bildnachweis|zdjęcie|fot\\.|kuva|foto di|foto de)\\s*:\\s*[^.!?:]{2,60}|"
            + "(photo(graph)?|picture|image)s? by [^.!?:]{2,60}|fotos? von [^.!?:]{2,60})";
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^\\W*" + CREDITS + "\\W*$");

    /**
     * Labels that close a post: the comment count or prompt, the rating widget, the photo credits heading. Tested only
     * on the last blocks of the built content ({@link #isClosingPhrase}), which keeps them out of the phrase regex
     * that every short block goes through.
     */
    private static final Pattern CLOSING_PHRASE = Pattern.compile(
            "(?iu)^\\W*(\\d*\\s*comments?( yet)?|no comments?( yet)?|leave a (comment|reply)|"
                    + "(noch )?keine kommentare( \\(.{0,80}\\))?|\\d+ kommentare?|kommentar(e)? (schreiben|verfassen)|"
                    + "(noch )?keine bewertungen|no ratings?( yet)?|aucun commentaire|sin comentarios|brak komentarzy|"
                    + "nessun commento|(photo|image) credits?|bildnachweise?|fotonachweise?|artikel gefallen\\?.{0,40}|"
                    // the heading of the author's box under the story, left over where the box was dropped
                    + "about the author|über (den autor|die autorin)|à propos de l'auteur|sobre el autor|o autorze|"
                    // a rating widget: its question, the count of votes and the average
                    + "([^.!?]{0,60}\\?\\W*)?(\\d+|no|noch keine|keine|aucun|ningún|nessun|brak) "
                    + "(stimmen|votes?|bewertungen|ratings?|votos|voti|głos(y|ów)|évaluations?)\\b"
                    + "([^.!?]|\\.\\d){0,40})\\W*$");

    /** A short paragraph opening with "Read also:" and its kin is an inline related-story link. */
    private static final Pattern RELATED_PREFIX = Pattern.compile(
            "(?iu)^\\W*(read|see|lea|lee|vea|ver|leia|lesen sie|lies|siehe|czytaj|zobacz|leggi|lire|à lire|"
                    + "voir|also read|read also|related|mehr dazu|mehr zum thema|more|lees ook|läs också)"
                    + "( (also|too|more|auch|także|też|również|więcej|también|más|anche|aussi|ook|också|"
                    + "também|mais))?\\s*[:：»>|-].{0,200}$");

    /** The metadata lines that open with a word: a byline, a label (category, tags, updated), a source. */
    private static final String META_WORD_LINES = "(by|von|par|por|di|door|av|af|de|от|著者)\\s.{1,80}|"
            + "(category|categories|kategorien?|topics?|themen|tags?|schlagwörter|filed under|"
            + "posted (in|on|by)|published|updated|publiziert|"
            + "last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\\b.{0,120}|"
            + "(quelle|source|fuente|fonte|źródło)\\s*:.{1,120}";
    /** A short line of article metadata: byline, date (also "23.10.2018", "7. Oktober 2020"), reading time, category. */
    private static final Pattern META_LINE = Pattern.compile(
            "(?iu)^\\W*(" + META_WORD_LINES + "|.{0,40}\\b\\d{1,2} ?min(ute)?s?( read)?\\b.{0,40}|"
                    + "[^.!?。]{0,30}\\b(19|20)\\d{2}\\b[^.!?。]{0,30}|"
                    // a date, after the name that signs the story ("Jane Doe, 02.02.2022")
                    + "([^.!?。]{1,40}(,|\\s[|·–-]) ?)?"
                    + "\\d{1,2}\\. ?(\\d{1,2}\\.|\\p{L}{3,12}\\.?) ?(19|20)?\\d{2}(,? \\d{1,2}[:.]\\d{2}( uhr| h)?)?)$");
    /**
     * {@link #META_LINE} for a text without an ASCII digit: its other lines (a reading time, a year, a date) hold
     * one ({@code \d} is 0-9 here), and their backtracking over the first 30-40 characters is the dear part.
     */
    private static final Pattern META_WORD_LINE = Pattern.compile("(?iu)^\\W*(" + META_WORD_LINES + ")$");

    /** Phrases that mark a newsletter/subscribe box or cookie banner inside a short block. */
    private static final String[] BOX_KEYWORDS = {"newsletter", "cookie", "this site", "this website",
            "javascript", "browser", "rights reserved", "\u00a9", "(c)"};
    private static final Pattern BOX_PHRASE = Pattern.compile(
            "(?i)(sign up for (our|the) .{0,40}newsletter|subscribe to (our|the) .{0,40}newsletter|"
                    + "get (our|the) .{0,30}newsletter|newsletter sign.?up|signing up (to|for) (our|the) .{0,30}newsletter|"
                    + "newsletter (abonnieren|anmelden|bestellen)|(zum|unseren?|unserem|abonniere|abonnieren sie) "
                    + ".{0,20}newsletter|(suscríbete|inscrivez-vous|abonnez-vous) .{0,30}newsletter|we use cookies|"
                    + "by (continuing|using) (to use )?this (site|website)|enable javascript|"
                    + "your browser does not support|all rights reserved|©|\\(c\\) \\d{4})");
    /**
     * The publisher's appeals for support, in the languages of its sites: a box's notice wherever it stands in a short
     * block ({@link #hasBoxPhrase}), and a call to action among the last blocks ({@link #isCallToAction}).
     */
    private static final String[] SUPPORT_APPEALS = {"support our work", "support our journalism", "soutenez-nous",
            "hazte miembro", "hazte socio", "wesprzyj nas", "sostienici"};
    /**
     * Phrases that mark, wherever they stand in a short block, a copyright notice in the site's languages, the
     * placeholder of an embed that waits for consent, a box that says how to cite the page, or the publisher's
     * appeal for support or its paywall: looked for as they are (lower case), with no regex.
     */
    private static final String[] BOX_WORDS = concat(new String[]{"alle rechte vorbehalten", "tous droits réservés",
            "todos los derechos reservados", "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
            "materiał chroniony prawem autorskim", "ohne dein einverständnis", "ohne ihr einverständnis",
            "suggested citation", "zitiervorschlag", "cite this article", "cite this page", "cite this post",
            "support our reporting", "consider supporting our", "consider supporting us",
            "to view the full story", "to read the full story", "to view the full article", "to read the full article"},
            SUPPORT_APPEALS);
    /** The same kinds of notice where the wording varies; the regex runs only on a block holding a keyword. */
    private static final String[] BOX_KEYWORDS_2 = {"sofern nicht anders", "unless otherwise", "by clicking",
            "by loading", "by playing", "unterstütze"};
    private static final Pattern BOX_PHRASE_2 = Pattern.compile(
            "(?iu)(sofern nicht anders (angegeben|ausgewiesen).{0,60}(lizenz|cc[- ]by|creative commons)|"
                    + "unless otherwise (noted|stated).{0,60}(licen[cs]e|cc[- ]by|creative commons)|"
                    + "by (clicking|loading|playing) .{0,80}(accept|agree|consent)|"
                    + "unterstütze (uns|unsere arbeit|\\p{L}+ (bereits |schon )?(mit|ab) \\d)|"
                    + "unterstützen sie unsere (arbeit|.{0,30}berichterstattung))");

    /** True if a short block is, in full, a known boilerplate phrase ("Advertisement", "Read more", …). */
    public static boolean isBoilerplatePhrase(String text) {
        return matchesFast(text, PHRASE_OPENINGS, BOILERPLATE_PHRASE)
                || matchesFast(text, WIDGET_OPENINGS, WIDGET_PHRASE);
    }

    /** True if a short block is, in full, a photo credit ("Foto: Jane Doe", "Photograph by Jane Doe"). */
    public static boolean isCreditLine(String text) {
        return matchesFast(text, CREDIT_OPENINGS, CREDIT_LINE);
    }

    /** Whether a text under 120 characters matches the anchored pattern, asking the regex only where it may. */
    private static boolean matchesFast(String text, PhraseOpenings openings, Pattern pattern) {
        if (text.isEmpty() || text.length() >= 120) return false;
        // Most blocks cannot match, and the regex (a long case-insensitive alternation) is dear. A phrase can only
        // begin within the leading run of non-word characters ("\\W" is [^a-zA-Z0-9_] here), and only at a character
        // some phrase can begin with; a block in another script scans to its end without a regex.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (openings.mayBeginWith(c)) {
                return openings.mayOpen(text, i) && pattern.matcher(text).matches();
            }
            if (isAsciiWordChar(c)) return false;
        }
        return false;
    }

    /** The plain test the fast path of {@link #isCreditLine} stands for. */
    static boolean creditLineByRegex(String text) {
        return !text.isEmpty() && text.length() < 120 && CREDIT_LINE.matcher(text).matches();
    }

    /** The plain test the fast path above stands for (tests pin them to the same answers). */
    static boolean boilerplatePhraseByRegex(String text) {
        return !text.isEmpty() && text.length() < 120
                && (BOILERPLATE_PHRASE.matcher(text).matches() || WIDGET_PHRASE.matcher(text).matches());
    }

    /** True if a short block closing a post is a comment, rating or credits label ("12 Comments", "Photo credits"). */
    public static boolean isClosingPhrase(String text) {
        return !text.isEmpty() && text.length() < 120 && CLOSING_PHRASE.matcher(text).matches();
    }

    /** Where a phrase can begin and how it can open (tests read it). */
    static final PhraseOpenings PHRASE_OPENINGS = new PhraseOpenings(BOILERPLATE_PHRASE,
            Pattern.compile("(?iu)" + BOILERPLATE_PHRASES));
    static final PhraseOpenings WIDGET_OPENINGS = new PhraseOpenings(WIDGET_PHRASE,
            Pattern.compile("(?iu)" + WIDGET_PHRASES));
    static final PhraseOpenings CREDIT_OPENINGS = new PhraseOpenings(CREDIT_LINE, Pattern.compile("(?iu)" + CREDITS));

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && (c == '_' || Character.isLetterOrDigit(c));
    }

    /** True if a short block is an inline "Read also: …" link to another story. */
    public static boolean isRelatedTeaser(String text) {
        return text.length() < 250 && RELATED_PREFIX.matcher(text).matches();
    }

    /** True if a short block is a line of article metadata (byline, date, reading time, category). */
    public static boolean isMetaLine(String text) {
        if (text.length() > 120) return false;
        return (hasAsciiDigit(text) ? META_LINE : META_WORD_LINE).matcher(text).matches();
    }

    /** The plain test that {@link #isMetaLine} stands for (a test pins them to the same answers). */
    static boolean metaLineByRegex(String text) {
        return text.length() <= 120 && META_LINE.matcher(text).matches();
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /**
     * Words of the appeals that publishers print under a story: subscribe, sign up for the newsletter, follow us,
     * get the app, support us. Looked for only in the last short blocks of a body, where a story has ended.
     */
    private static final String[] CALL_TO_ACTION_WORDS = concat(new String[]{"newsletter", "subscri", "suscri",
            "subskryp", "abonn", "push notification", "push-benachrichtigung", "follow us", "folgen sie uns",
            "folge uns", "síguenos", "siguenos", "suivez-nous", "seguici", "obserwuj nas", "telegram", "whatsapp",
            "in your inbox", "ins postfach", "in dein postfach", "in ihr postfach", "app for ios", "apps for ios",
            "app for android", "sign up", "anmelden", "inscríbete", "straight to your phone", "get the app",
            "download our app", "letter to the editor", "leserbrief", "courrier des lecteurs", "carta al director",
            "unterstützen sie uns", "unterstütze uns", "apoya nuestro periodismo", "become a member",
            "become a supporter"}, SUPPORT_APPEALS);
    /** Longest block that {@link #isCallToAction} looks at. */
    private static final int CALL_TO_ACTION_MAX_CHARS = 250;

    /** True if a short block appeals to the reader (subscribe, follow, get the app) rather than telling the story. */
    public static boolean isCallToAction(String text) {
        return holdsAny(text, CALL_TO_ACTION_MAX_CHARS, CALL_TO_ACTION_WORDS);
    }

    /** True if a text of at most {@code maxChars} holds one of the (lower-case) words, case aside. */
    private static boolean holdsAny(String text, int maxChars, String[] words) {
        if (text.length() > maxChars) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) return true;
        }
        return false;
    }

    /**
     * Words of the affiliate and advertising disclosures that shops' and bloggers' pages print at the top or bottom of
     * a post ("This post contains affiliate links", "we may earn a commission", "Für Links auf dieser Seite erhält …
     * eine Provision", "*Werbung"): a legal notice about the page, not part of the story.
     */
    private static final String[] DISCLOSURE_WORDS = {"affiliate link", "affiliate-link", "affiliatelink",
            "affiliate commission", "earn a commission", "earn us a commission", "earn a small commission",
            "may earn commission", "receive a commission", "receive compensation", "qualifying purchases",
            "references to products from", "eine provision", "enthält werbung", "enthält affiliate",
            "werbung für", "anzeige, enthält", "lien affilié", "liens affiliés", "enlaces de afiliado"};
    /** Longest block that {@link #isDisclosure} looks at. */
    private static final int DISCLOSURE_MAX_CHARS = 400;

    /** True if a short block is an affiliate or advertising disclosure. */
    public static boolean isDisclosure(String text) {
        return holdsAny(text, DISCLOSURE_MAX_CHARS, DISCLOSURE_WORDS);
    }

    /**
     * How a note about a writer goes on after the name ("Jane Doe is a freelance writer", "Jane Doe, editor, …",
     * "Jane Doe ist Redakteurin", "Jane Doe covers the White House"): a verb of being or an apposition.
     */
    private static final String[] BIO_OPENINGS = {" is ", " was ", " has ", " covers ", " writes ", " works ",
            " worked ", " lives ", ", ", " (",
            " ist ", " war ", " hat ", " schreibt ", " arbeitet ", " est ", " es ", " è "};

    /** True if {@code text} goes on, at {@code from}, as a note about the person named before it. */
    public static boolean opensBio(String text, int from) {
        for (String o : BIO_OPENINGS) {
            if (text.startsWith(o, from)) return true;
        }
        return false;
    }

    /** True if a short block reads like a newsletter box, cookie banner or copyright line. */
    public static boolean hasBoxPhrase(String text) {
        if (text.length() >= 300) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String k : BOX_KEYWORDS) {
            if (!lower.contains(k)) continue;
            if (BOX_PHRASE.matcher(text).find()) return true; // the regex only where it can match, and once
            break;
        }
        String w = BOX_WORD_SCAN.firstIn(lower);
        if (w == null) return false;
        return BOX_WORD_SCAN.index(w) < BOX_WORDS.length || BOX_PHRASE_2.matcher(text).find();
    }

    /** The box words, then the keywords of the second box regex, found in one pass. */
    private static final WordScan BOX_WORD_SCAN = new WordScan(concat(BOX_WORDS, BOX_KEYWORDS_2));

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
