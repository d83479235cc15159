package org.newsclip.html;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasesTest {
    @Test
    void startCharactersAreThoseAMatchCanBeginWith() {
        Pattern p = Pattern.compile("(?iu)(read more|share( on \\w+)?|tags?:.{0,20}|(das|dies) \\w+)");
        boolean[] start = PhraseOpenings.startCharacters(p, 0x250);
        for (char c : "rRsStTdD\u017F".toCharArray()) assertThat(start[c]).as("'%s'", c).isTrue(); // long s = s
        for (char c : "xXaA1_q *»-(".toCharArray()) assertThat(start[c]).as("'%s'", c).isFalse();
    }

    @Test
    void phraseStartCharactersAreWhatTheRegexSaysForEveryCharacter() {
        java.util.regex.Matcher m = Pattern.compile("(?iu)" + Phrases.BOILERPLATE_PHRASES).matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) continue;
            m.reset(String.valueOf((char) c));
            boolean possible = m.lookingAt() || m.hitEnd();
            if (possible != Phrases.PHRASE_OPENINGS.mayBeginWith((char) c)) {
                assertThat(Phrases.PHRASE_OPENINGS.mayBeginWith((char) c)).as("U+%04X", c).isEqualTo(possible);
            }
        }
        assertThat(Phrases.PHRASE_OPENINGS.mayBeginWith('\u212A')).isEqualTo(Phrases.PHRASE_OPENINGS.mayBeginWith('k')); // Kelvin sign
        assertThat(Phrases.PHRASE_OPENINGS.mayBeginWith('日')).isFalse();
        assertThat(Phrases.PHRASE_OPENINGS.mayBeginWith('\uD840')).isTrue(); // surrogates: always a yes
    }

    @Test
    void widgetPhraseStartCharactersAreWhatTheRegexSaysForEveryCharacter() {
        java.util.regex.Matcher m = Pattern.compile("(?iu)" + Phrases.WIDGET_PHRASES).matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) continue;
            m.reset(String.valueOf((char) c));
            boolean possible = m.lookingAt() || m.hitEnd();
            if (possible != Phrases.WIDGET_OPENINGS.mayBeginWith((char) c)) {
                assertThat(Phrases.WIDGET_OPENINGS.mayBeginWith((char) c)).as("U+%04X", c).isEqualTo(possible);
            }
        }
    }

    @Test
    void boilerplatePhraseFastPathAgreesWithTheRegex() {
        String[] parts = {"read", " ", "more", "Share", "on", "x", "Tags", ":", "das", "könnte", "Sie", "interessieren",
            "*", "»", "-", "1", "_", "日本", "記事", "関連", "Ähnliche", "Artikel", "à", "lire", "aussi", "\u00a0", "ſ",
            "\uD840\uDC00", "Advertisement", "Related", "stories", "é", "\n", "Kontakt", "Weitere", "Informationen",
            "Permalink", "Ihr", "Warenkorb", "ist", "leer", "Next", "article", "Showing", "1", "of", "Like", "this",
            "Loading", "Contents", "Table", "full", "review", "12", "3", "Kommentare", "comments", "Stimmen", "votes",
            "年", "2019", "(", "»Mehr"};
        Random r = new Random(7);
        int matched = 0;
        for (int n = 0; n < 50000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(5); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            boolean expected = Phrases.boilerplatePhraseByRegex(s);
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isEqualTo(expected);
            if (expected) matched++;
        }
        assertThat(matched).isGreaterThan(200);
    }

    @Test
    void openingsAreThoseAMatchCanOpenWith() {
        Pattern p = Pattern.compile("(?iu)^\\W*(read more|share( on \\w+)?|tags?:.{0,20}|(das|dies) \\w+|s)\\W*$");
        PhraseOpenings openings = new PhraseOpenings(p, Pattern.compile("(?iu)(read more|share|tags?:|das|dies|s)"));
        for (String s : new String[]{"Read", "REA", "sha", "tag", "Das", "die", "s -", "x", "12", "» t", "Ré"}) {
            assertThat(openings.mayOpen(s)).as(s).isTrue();
        }
        for (String s : new String[]{"The minister", "rex", "shx", "da x", "Tax", "s x", "123", "2019年", "1 share"}) {
            assertThat(openings.mayOpen(s)).as(s).isFalse();
        }
        // never a false "no": every random text the pattern matches passes
        String[] parts = {"read", " ", "more", "share", "on", "x", "tags", ":", "das", "dies", "*", "R", "EAD", "s",
            "Ta"};
        Random r = new Random(13);
        int matched = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(4); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            if (p.matcher(s).matches()) {
                matched++;
                assertThat(openings.mayOpen(s)).as(s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void openingsWithDigitsAndFromWhereThePhraseMustBegin() {
        Pattern p = Pattern.compile("(?iu)^\\W*(\\d+ comments?|read more)\\W*$");
        PhraseOpenings openings = new PhraseOpenings(p, Pattern.compile("(?iu)(\\d+ comments?|read more)"));
        for (String s : new String[]{"12 comments", "1 Comment", "2019 c", "12", "1 c"}) {
            assertThat(openings.mayOpen(s)).as(s).isTrue();
        }
        for (String s : new String[]{"12 apples", "1 x", "12a", "99 apples", "1a2"}) {
            assertThat(openings.mayOpen(s)).as(s).isFalse();
        }
        assertThat(openings.mayOpen("» 12 comments", 2)).isTrue();
        assertThat(openings.mayOpen("» 12 apples", 2)).isFalse();
        assertThat(openings.mayOpen("»»The end", 2)).isFalse();
        assertThat(openings.mayOpen("»»Read on", 2)).isTrue();
    }

    @Test
    void boilerplatePhrasesMatchWhateverTheirFirstCharacter() {
        for (String s : new String[]{"Advertisement", "ADVERTISEMENT", "  » Read more", "*Read more*", "Share on X",
                "Tags: politics, economy", "Ähnliche Artikel", "à lire aussi", "Zurück nach oben", "e-mail",
                "TOP STORIES", "Share this article", "Print", "Sponsored Content", "Mehr zum Thema", "Email",
                "This story continues below", "Related", "More from The Times", "Lesen Sie auch: x", "[PR]", "PR"}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isTrue();
        }
        for (String s : new String[]{"", "Xadvertisement", "1 Read more", "The minister said on Tuesday.", "Q", "PR-Agentur",
                "Pr. Müller"}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isFalse();
        }
    }

    @Test
    void recognizesToggleLabels() {
        for (String s : new String[]{"Quellen ausblenden", "Quellen anzeigen", "Bild anzeigen Bild ausblenden",
                "Details einblenden", "Show sources", "Hide details"}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isTrue();
        }
        for (String s : new String[]{"Quellen anzeigen lassen, bevor man urteilt, ist eine gute Regel.",
                "Show sources of funding in the annual report."}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isFalse();
        }
    }

    @Test
    void recognizesForumAndQuestionSiteFurnitureAndButtons() {
        for (String s : new String[]{"Click to expand...", "Click to shrink...", "Link to comment",
                "Share on other sites", "Explore related questions", "See similar questions with these tags.",
                "Start asking to get answers", "Find the answer to your question by asking.", "Ask Question",
                "3,9269 gold badges27 silver badges46 bronze badges", "7104 silver badges16 bronze badges",
                "answered Feb 6, 2014 at 23:35", "asked Mar 2 at 9:15", "1 Like", "12 likes", "Posts: 4958",
                "1,022 posts · Joined 2023", "Messages: 1,204", "Reaction score: 88",
                "You must log in to answer this question.", "You must log in or register to reply here.",
                "Not open for further replies.", "Learn more", "Learn More!", "Find out more", "Shop now",
                "Book a demo", "Start your free trial", "See all", "View details", "Load more", "Add to cart",
                "Buy now", "Bild anzeigen Bild schließen", "Bild vergrößern", "click to enlarge",
                "Rezept drucken Bei Pinterest speichern", "Print Recipe", "Jump to Recipe - Pin Recipe"}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isTrue();
        }
        for (String s : new String[]{"Click to expand the map, then zoom in on the harbour.",
                "She answered Feb 6 questions at the hearing.", "Posts went up on Monday.",
                "He won three gold badges at school.", "Likes and dislikes aside, the plan works.",
                "Get started", "Learn more about the tax rules in our guide.", "Buy now, pay later is booming.",
                "Das Bild anzeigen zu lassen, kostet nichts.", "Click to enlarge your savings with our plan."}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isFalse();
        }
    }

    @Test
    void recognizesBoxLabelsWidgetStatesAndBlogFooters() {
        for (String s : new String[]{"Kontakt:", "Contact", "Ansprechpartnerin zum Thema:", "Weitere Informationen",
                "More information", "Más información", "Zusatzinformationen:", "Quellenangaben:", "Originalpublikation",
                "Externer Inhalt", "Sie sind aktuell nicht eingeloggt.", "Gefällt mir Wird geladen…",
                "Ihr Warenkorb ist leer", "Votre panier est vide", "Twój koszyk jest pusty",
                "Your shopping cart is empty", "You are not logged in.", "Permalien https://p.example.com/p/RPYx",
                "This entry was posted in News. Bookmark the permalink.", "Pingback von Blog | 11.09.2011 23:31",
                "Next article", "Previous post", "Article précédent", "Download PDF",
                "Den Artikel mit anderen teilen/diskutieren:", "(Alle Angaben ohne Gewähr)",
                "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.",
                "Video verfügbar bis 28.02.2021", "Dieses Skript als PDF herunterladen",
                "Weitere aktuelle Themen aus der Arbeitswelt", "Alle Artikel von Jane Doe", "Tous les articles de Jane Doe",
                "Audios et vidéos sur le sujet", "Entdecke weitere Homestorys", "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!",
                "ANZEIGE - Heute mal ausgehen? Wie wäre es mit:"}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isTrue();
        }
        for (String s : new String[]{"Table of Contents", "Contents", "Inhaltsverzeichnis", "Sommaire",
                "Jump to section", "Like this:", "Like Loading...", "Read full review"}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isTrue();
        }
        for (String s : new String[]{"Kontakt zu den Behörden gab es nicht.", "Contact tracing resumed on Monday.",
                "Contents of the bag were seized.", "I like this town.", "In this article we look at tariffs.",
                "Weitere Informationen gibt es am Freitag auf der Website des Vereins.", "Next year, prices will rise.",
                "Weitere Themen der Sitzung waren der Haushalt und die Schulen."}) {
            assertThat(Phrases.isBoilerplatePhrase(s)).as(s).isFalse();
        }
    }

    @Test
    void recognizesPhotoCredits() {
        for (String s : new String[]{"Foto: Sascha Klahn", "(Foto: ABr)", "Crédits photos : Bestimage",
                "Titelbild: Geyres Christophe/ABACA/picture-alliance", "Copyright: Gisele Wender",
                "(Credit: Clayton Aldern / Grist)", "Photograph by Ed Marshall, Redonda Restoration Programme",
                "Fotos: Berliner Feuerwehr", "Bildquelle: SWR", "Zdjęcie: PAP"}) {
            assertThat(Phrases.isCreditLine(s)).as(s).isTrue();
        }
        for (String s : new String[]{"Foto: Das Schiff beim Einlaufen. Die Mannschaft winkt.", "Bilder von der Messe",
                "Photographers gathered outside the court on Monday.", "Credits to graduate: 36"}) {
            assertThat(Phrases.isCreditLine(s)).as(s).isFalse();
        }
    }

    @Test
    void creditFastPathAgreesWithTheRegex() {
        String[] parts = {"Foto", "foto", ":", " ", "Jane", "Doe", "(", ")", "by", "Photo", "graph", "Bild", "quelle",
            ".", "1", "日本", "Crédits", "photos", "\u00a0", "von", "Copyright", "x"};
        Random r = new Random(11);
        int matched = 0;
        for (int n = 0; n < 30000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(6); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            boolean expected = Phrases.creditLineByRegex(s);
            assertThat(Phrases.isCreditLine(s)).as(s).isEqualTo(expected);
            if (expected) matched++;
        }
        assertThat(matched).isGreaterThan(100);
    }

    /** isMetaLine's digit-free shortcut against the one regex it stands for, on random lines with and without digits. */
    @Test
    void metaLineShortcutAsTheRegex() {
        String[] parts = {"By", " ", "by", "Jane Doe", "von", "OT", "\u043e\u0442 ", "\u8457\u8005 ", "Source", ":", " : ",
            "Quelle", "\u017aród\u0142o", "Updated", "PUBLISHED", "tags", "Tags:", "posted on", "filed under", "5",
            "12", "2023", "1999", "\uff12\uff10\uff12\uff13", "min", " min read", "Minutes", "23.10.2018",
            "7. Oktober 2020", ", ", " | ", " \u00b7 ", ".", "!", "\u3002", "\u017fource", "\u212aategorie", "\u00e9",
            "\u2014 ", "* ", "x", "uhr", "10:30", "de", "de ", "av ", "Mis \u00e0 jour", "actualizado"};
        Random r = new Random(21);
        int matched = 0;
        int digitless = 0;
        for (int n = 0; n < 40000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(7); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = r.nextInt(50) == 0 ? sb + "x".repeat(120 - Math.min(sb.length(), 120)) : sb.toString();
            boolean expected = Phrases.metaLineByRegex(s);
            assertThat(Phrases.isMetaLine(s)).as(s).isEqualTo(expected);
            if (expected) matched++;
            if (expected && s.chars().noneMatch(c -> c >= '0' && c <= '9')) digitless++;
        }
        assertThat(matched).isGreaterThan(1000);
        assertThat(digitless).isGreaterThan(300);
    }

    @Test
    void recognizesClosingLabels() {
        for (String s : new String[]{"12 Comments", "No comments yet", "Leave a Reply", "Photo credits", "Bildnachweis:",
                "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "(Noch keine Bewertungen)",
                "(Noch keine Bewertungen) Loading...", "War der Artikel nützlich? (95 Stimmen: 4,73 von 5)",
                "12 votes, average: 4.5 out of 5", "Brak głosów", "About the Author:", "Über den Autor",
                "Sobre el autor"}) {
            assertThat(Phrases.isClosingPhrase(s)).as(s).isTrue();
        }
        assertThat(Phrases.isClosingPhrase("Keine Kommentare gab es von der Regierung.")).isFalse();
        assertThat(Phrases.isClosingPhrase("The minister commented on Tuesday.")).isFalse();
        assertThat(Phrases.isClosingPhrase("About the author: Jane Doe covers the city council.")).isFalse();
        assertThat(Phrases.isClosingPhrase("The council approved the plan by 95 votes to 12.")).isFalse();
    }

    @Test
    void recognizesCopyrightConsentAndCitationBoxes() {
        for (String s : new String[]{"Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.",
                "© 2024 Beispiel Verlag. Alle Rechte vorbehalten.", "Tous droits réservés",
                "Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu X her.",
                "Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY",
                "SUGGESTED CITATION Doe, Jane: A title, Blog, 2020/4/09",
                "If you enjoyed reading this post – would you consider supporting our work? Just click here.",
                "Unterstütze RosaMag bereits mit 2,50!", "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS",
                "To view the full story, please subscribe to The Daily.", "Wesprzyj nas darowizną."}) {
            assertThat(Phrases.hasBoxPhrase(s)).as(s).isTrue();
        }
        assertThat(Phrases.hasBoxPhrase("Die Vereinbarung kam mit Einverständnis beider Seiten zustande.")).isFalse();
        assertThat(Phrases.hasBoxPhrase("Unterstützen Sie uns dabei, unsere Produkte zu verbessern.")).isFalse();
        assertThat(Phrases.hasBoxPhrase("The fund will support our schools for another year.")).isFalse();
    }

    @Test
    void recognizesMetaLines() {
        for (String s : new String[]{"By Jane Doe", "24.01.2022 11:38", "Kategorie: News", "Aktualisiert: 11.04.2020, 10:27",
                "Michael Mäser, 02.02.2022", "Jane Doe | 7. Oktober 2020"}) {
            assertThat(Phrases.isMetaLine(s)).as(s).isTrue();
        }
        for (String s : new String[]{"The ferry returned to service on Monday. It was 2.2.2022.",
                "Die Veranstalter haben die Messe abgesagt, wie sie am 24.01.2022 mitteilten und dabei auch betonten, dass"}) {
            assertThat(Phrases.isMetaLine(s)).as(s).isFalse();
        }
    }

    @Test
    void recognizesAppealsToTheReader() {
        for (String s : new String[]{"Get the latest news straight to your phone with the Example app.",
                "We want to hear what you think about this article. Submit a letter to the editor.",
                "Aktuelle Stories direkt in dein Postfach!", "Hazte miembro y disfruta de beneficios exclusivos",
                "Wesprzyj nas darowizną."}) {
            assertThat(Phrases.isCallToAction(s)).as(s).isTrue();
        }
        assertThat(Phrases.isCallToAction("The ferry returned to service on Monday.")).isFalse();
    }

    @Test
    void recognizesAffiliateDisclosures() {
        assertThat(Phrases.isDisclosure("This post may contain affiliate links. Read our disclosure.")).isTrue();
        assertThat(Phrases.isDisclosure("Für Links auf dieser Seite erhält X ggf. eine Provision vom Händler.")).isTrue();
        assertThat(Phrases.isDisclosure("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.")).isTrue();
        assertThat(Phrases.isDisclosure("The company signed a partnership with a bank on Monday.")).isFalse();
    }
}
