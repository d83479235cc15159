package org.newsclip.metadata;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the plain loops that replaced regexes, string copies and walks in the metadata rules to the code they replaced:
 * on many generated strings (separators, spaces of several kinds, CJK text, surrogate pairs, capitals) both must give
 * the same answer.
 */
class FastPathsTest {
    /** The characters the generated strings are made of: every character the replaced code treats specially. */
    private static final String[] ALPHABET = {" ", " ", " ", "\t", "\n", "\u00a0", "\u2003", "|", "-", "–", "—",
        "·", "•", "»", "«", ":", "::", "/", "~", "*", "｜", "_", "－", "！", "？", "。", "」", "』", "）", "日", "本",
        "あ", "カ", "한", "\uD840\uDC00", "a", "b", "e", "i", "n", "o", "r", "t", "y", "A", "B", "I", "R", "Z", "é",
        "İ", "\u212A", "1", ",", ".", "tag-", "category-", "nav", "bio", "comment", "author", "byline", "AUTHOR",
        "ByLine", "related", "promo", "sidebar", "menu"};

    private static List<String> strings(long seed, int count, int maxParts) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(List.of("", " ", "Headline | Site", "Headline - Site - Section",
                "見出し－サイト", "日本語-タイトル", "日本語 - タイトル", "A::B", "a :: b", "x»y", "News — Story",
                "\uD840\uDC00-x", "「引用」-本文"));
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = r.nextInt(maxParts + 1);
            for (int k = 0; k < parts; k++) sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
            out.add(sb.toString());
        }
        return out;
    }

    /** The title separator pattern as it was, applied to every title. */
    private static final Pattern OLD_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«:/~*]{1,2}\\s+|\\s*[|»«｜]\\s*"
            + "|\\s+::\\s+|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}！？。」』）])[-_－—](?=\\S)");

    @Test
    void titleSegmentsSplitAsTheWholePatternDid() {
        for (String s : strings(1, 60_000, 12)) {
            List<String> old = new ArrayList<>();
            for (String p : OLD_SEPARATOR.split(s.trim())) if (!p.isBlank()) old.add(p.trim());
            assertThat(Titles.segments(s)).as("[%s]", s).isEqualTo(old);
        }
    }

    @Test
    void titleSeparatorsSplitAsTheLatinPatternDoes() {
        List<String> inputs = strings(3, 60_000, 12);
        String[] spaced = {" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00a0", "|", "||", "-", "--", "-|", "::", ":::",
            "«", "»", "｜", "·", "/", "~", "*", "a", "Bb", "x:"};
        Random r = new Random(4);
        for (int i = 0; i < 60_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(14); k > 0; k--) sb.append(spaced[r.nextInt(spaced.length)]);
            inputs.add(sb.toString());
        }
        for (String s : inputs) {
            List<String> old = new ArrayList<>();
            for (String p : Titles.SEPARATOR_LATIN.split(s)) if (!p.isBlank()) old.add(p.trim());
            List<String> split = new ArrayList<>();
            TitleSeparators.split(s, split);
            assertThat(split).as("[%s]", s).isEqualTo(old);
        }
    }

    @Test
    void hintsFindTheirTokensAsOneSearchPerTokenDid() {
        Hints[] sets = {Vocabulary.KICKER, Vocabulary.BYLINE, Vocabulary.COMMENT_REGION, Vocabulary.NOT_BYLINE,
            Vocabulary.FOREIGN_REGION, Vocabulary.OTHER_STORIES, Vocabulary.LAST_CHANGE_NOTE, Vocabulary.DATELINE,
            Vocabulary.RELATED_BLOCK, Hints.of("x", "^y", "z$", "^ab$")};
        List<String> hints = strings(2, 30_000, 8);
        hints.addAll(List.of("tag-comment x", "category-related", "navbar", "x nav", "xnav", "bio", "bio-box", "biography",
                "promo", "promos", "promo-x", "authorization", "reply", "tag-nav nav"));
        for (int s = 0; s < sets.length; s++) {
            List<String> raw = sets[s].written();
            for (String h : hints) {
                String lower = h.toLowerCase(Locale.ROOT);
                assertThat(sets[s].in(lower)).as("%s in [%s]", raw, lower).isEqualTo(oldIn(raw, lower));
            }
        }
    }

    /** Hints.in as it was: one search per token, each occurrence checked. */
    private static boolean oldIn(List<String> raw, String s) {
        if (s.isEmpty()) return false;
        for (String r : raw) {
            boolean start = r.startsWith("^");
            boolean end = r.endsWith("$");
            String t = r.substring(start ? 1 : 0, r.length() - (end ? 1 : 0));
            for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
                boolean okStart = !start || i == 0 || !Character.isLetter(s.charAt(i - 1));
                int j = i + t.length();
                boolean okEnd = !end || j == s.length() || !Character.isLetter(s.charAt(j));
                int w = s.lastIndexOf(' ', i) + 1;
                boolean taxonomy = s.startsWith("tag-", w) || s.startsWith("category-", w);
                if (okStart && okEnd && !taxonomy) return true;
            }
        }
        return false;
    }

    @Test
    void hintStringsLowerAsTheJdkDoes() {
        List<String> parts = strings(3, 20_000, 6);
        for (int i = 0; i + 1 < parts.size(); i++) {
            String c = parts.get(i);
            String id = parts.get(i + 1);
            String joined = id.isEmpty() ? c : c.isEmpty() ? id : c + " " + id;
            assertThat(PageIndex.lower(c, id)).isEqualTo(joined.toLowerCase(Locale.ROOT));
        }
    }

    /** The hint of a class or an id alone has no joining space: every token set answers as on "class id". */
    @Test
    void hintsAnswerOnAClassAloneAsOnTheJoinedString() {
        Hints[] sets = {Vocabulary.KICKER, Vocabulary.BYLINE, Vocabulary.COMMENT_REGION, Vocabulary.NOT_BYLINE,
            Vocabulary.FOREIGN_REGION, Vocabulary.OTHER_STORIES, Vocabulary.LAST_CHANGE_NOTE, Vocabulary.DATELINE,
            Vocabulary.RELATED_BLOCK, Vocabulary.CREDIT_REGION, Hints.of("x", "^y", "z$", "^ab$")};
        List<String> parts = strings(12, 30_000, 6);
        parts.addAll(List.of("nav", "bio", "promo", "tag-nav", "category-related", "NavBar", "x-bio", "Σ", "ΑΣ"));
        int hits = 0;
        for (int i = 0; i + 1 < parts.size(); i++) {
            String p = parts.get(i).trim();
            for (String[] pair : new String[][]{{p, ""}, {"", p}, {p, parts.get(i + 1)}}) {
                String full = (pair[0] + " " + pair[1]).toLowerCase(Locale.ROOT);
                String hint = PageIndex.lower(pair[0], pair[1]);
                assertThat(Hints.mask(hint)).isEqualTo(Hints.mask(full));
                for (Hints set : sets) {
                    boolean in = set.in(full);
                    if (in) hits++;
                    if (pair[0].isEmpty() && pair[1].isEmpty()) continue;
                    assertThat(set.in(hint)).as("%s in [%s]", set.written(), full).isEqualTo(in);
                }
            }
        }
        assertThat(hits).isGreaterThan(10_000);
    }

    @Test
    void bylineAttributeTestMatchesTheLowerCasedCopy() {
        for (String s : strings(4, 50_000, 6)) {
            for (String word : new String[]{"author", "byline"}) {
                assertThat(Authors.says(s, word)).as("%s in [%s]", word, s)
                        .isEqualTo(s.toLowerCase(Locale.ROOT).contains(word));
            }
        }
    }

    @Test
    void leadTextsAreTheBodyTextNodesThatMayStartAByline() {
        Document doc = Jsoup.parse("<html><head><title>By the title</title></head><body><p>By Jane Doe</p>"
                + "<div>von Max <b>Text: x</b> other <i>  Autor: A</i></div><p>" + "b".repeat(401) + "</p>"
                + "<p>   </p><p>\u00a0By nbsp</p><p>|Redaktion: X</p></body></html>");
        List<TextNode> walked = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().length() <= 400 && TextScans.mayLead(t.getWholeText())) {
                walked.add(t);
            }
        }, doc.body());
        assertThat(walked).hasSize(6);
        assertThat(new PageIndex(doc).leadTexts()).containsExactlyElementsOf(walked);
    }

    /** The blanks, marks, letters and words a byline's first line is made of, and the characters jsoup drops. */
    private static final String[] LEAD_ALPHABET = {" ", "  ", "\t", "\n", "\u000B", "\u00a0", "\u2003", "\u200b",
        "\u00ad", "|", "•", "·", "–", "-", ":", "von", "Von", "VON", "by", "By", "bY", "par", "por", "door", "text",
        "Text", "autor", "Autorin", "authors", "redaktion", "written", "article", "posted", "geschrieben", "erstellt",
        "verfasst", "eingestellt", "eine", "blog", "artikel", "beitrag", "Kolumne", "gastbeitrag", "kommentar",
        "bericht", "reportage", "glosse", "the", "a", "b", "t", "v", "\u212A", "İ", "ı", "é", "日", "\uD840\uDC00",
        "Jane", "Doe", "1", "von ", "by ", "Kolumne von ", "kommentar von ", "Ein Artikel von ", "Blog Beitrag von ",
        "Gastbeitrag von ", "Glosse von ", "Reportage von ", "Written by", "Posted by ", "Autorin:", "Text: "};

    /** The test that mayLead held before it learned the pattern's first letters. */
    private static boolean firstCharMayLead(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') return "vbtaVBTApPdDwWeErRgG|•·–-".indexOf(c) >= 0;
        }
        return false;
    }

    @Test
    void mayLeadKeepsEveryTextThatTheBylinePatternCanMatch() {
        Random r = new Random(11);
        int matched = 0;
        int dropped = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(6); k >= 0; k--) sb.append(LEAD_ALPHABET[r.nextInt(LEAD_ALPHABET.length)]);
            String s = sb.toString();
            String text = new TextNode(s).text();
            String lead = text.stripLeading();
            boolean passes = firstCharMayLead(s) && !lead.isEmpty()
                    && "vbtaVBTApPdDwWeErRgG|•·–-".indexOf(lead.charAt(0)) >= 0
                    && AuthorFallbacks.BYLINE_LEAD.matcher(text).lookingAt();
            boolean may = TextScans.mayLead(s);
            if (passes) {
                matched++;
                assertThat(may).as("[%s]", s).isTrue();
            }
            if (may) assertThat(firstCharMayLead(s)).as("[%s]", s).isTrue();
            else if (firstCharMayLead(s)) dropped++;
        }
        assertThat(matched).isGreaterThan(5_000);
        assertThat(dropped).isGreaterThan(10_000);
    }

    @Test
    void wordCountIsTheRegexSplitsCount() {
        for (String s : strings(5, 30_000, 8)) {
            String t = s.trim();
            int old = t.split("\\s+").length;
            assertThat(RelatedLinks.words(t) < 3).as("[%s]", t).isEqualTo(old < 3);
            if (!t.isEmpty()) assertThat(RelatedLinks.words(t)).as("[%s]", t).isEqualTo(old);
        }
    }

    @Test
    void tagLinksAreFoundAsTheRegexFoundThem() {
        Pattern old = Pattern.compile("(?i)/(tags?|topics?|themen|schlagw\\w*|stichw\\w*|keywords?)/");
        String[] parts = {"/", "/", "tag", "TAG", "s", "S", "topic", "Topics", "themen", "schlagw", "Schlagwort",
            "stichw", "keyword", "KEYWORDS", "x", "é", "_", "1", "-", "?", "\u017f", "\u212a", "ta", "g", "news"};
        Random r = new Random(6);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(9); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String h = sb.toString();
            assertThat(Descriptors.tagHref(h)).as("[%s]", h).isEqualTo(old.matcher(h).find());
        }
    }

    @Test
    void textIsOverTheLimitOnlyWhereItIsSo() {
        String[] bits = {"<p>", "</p>", "<b>", "</b>", "<br>", "<pre>", "</pre>", "<div>", "</div>", " ", "\u00a0", "\u200b",
            "\u00ad", "\u000b", "\t", "\n", "word", "x", "日本", "\uD840\uDC00", "<![CDATA[c d]]>", "<textarea>t</textarea>"};
        Random r = new Random(7);
        int over = 0;
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder("<div id=x>");
            for (int k = r.nextInt(40); k > 0; k--) sb.append(bits[r.nextInt(bits.length)]);
            org.jsoup.nodes.Element e = Jsoup.parse(sb.append("</div>").toString()).getElementById("x");
            for (int max : new int[]{0, 5, 12, 20}) {
                boolean said = org.newsclip.html.ElementText.head(e, max).length() > max; // the author rules' test
                if (said) over++;
                assertThat(said).as("%s over %d", e.outerHtml(), max).isEqualTo(e.text().length() > max);
            }
        }
        assertThat(over).isGreaterThan(400);
    }

    @Test
    void elementTextHeadIsTheStartOfTheElementsText() { // the dateline reads use it; inputs of every kind here
        String[] bits = {"<p>", "</p>", "<b>", "</b>", "<br>", "<pre>", "</pre>", "<div>", "</div>", " ", "  ", "\u00a0",
            "\u200b", "\u00ad", "\u000b", "\t", "\n", "word", "x", "日本", "\uD840\uDC00", "<![CDATA[c  d]]>",
            "<textarea> t  u </textarea>", "<span>", "</span>", "<li>", "<h1>", "</h1>", "<td>", "<img>", "<!-- c -->",
            "<script>a  b</script>", "<i>", "</i>", "12.03.2024 ", "<table><tr><td>", "</td></tr></table>",
            "<svg><![CDATA[ e  f ]]></svg>"};
        Random r = new Random(11);
        int cut = 0;
        for (int i = 0; i < 1_500; i++) {
            StringBuilder sb = new StringBuilder("<body><div id=x>");
            for (int k = r.nextInt(60); k > 0; k--) sb.append(bits[r.nextInt(bits.length)]);
            Document doc = Jsoup.parse(sb.append("</div></body>").toString());
            for (org.jsoup.nodes.Element e : doc.body().getAllElements()) {
                String text = e.text();
                for (int max : new int[]{0, 1, 3, 8, 20, 119, 200}) {
                    String head = org.newsclip.html.ElementText.head(e, max);
                    if (text.length() > max) {
                        cut++;
                        assertThat(head.length()).as("%s to %d", e.outerHtml(), max).isGreaterThan(max);
                        assertThat(text).as("%s to %d", e.outerHtml(), max).startsWith(head);
                    } else {
                        assertThat(head).as("%s to %d", e.outerHtml(), max).isEqualTo(text);
                    }
                }
            }
        }
        assertThat(cut).isGreaterThan(10_000);
    }

    @Test
    void pageIndexHintsAndMasksAreTheLowerCasedClassAndId() {
        List<String> names = strings(8, 3_000, 5);
        StringBuilder html = new StringBuilder("<body>");
        for (int i = 0; i + 1 < names.size(); i += 2) {
            String c = names.get(i).replace("\"", "").replace("<", "");
            String id = names.get(i + 1).replace("\"", "").replace("<", "");
            html.append("<div class=\"").append(c).append("\" id=\"").append(id).append("\"><span rel=x></span></div>");
        }
        Document doc = Jsoup.parse(html.toString());
        PageIndex index = new PageIndex(doc);
        assertThat(index.hinted()).hasSizeGreaterThan(2_000);
        for (int i = 0; i < index.hinted().size(); i++) {
            org.jsoup.nodes.Element e = index.hinted().get(i);
            String c = e.attributes().get("class").trim();
            String id = e.attributes().get("id");
            String want = c.isEmpty() && id.isEmpty() ? "" : PageIndex.lower(c, id);
            assertThat(index.hint(i)).isEqualTo(want);
            assertThat(index.mask(i)).as(want).isEqualTo(Hints.mask(want));
        }
    }

    /** The hint sets read a hinted element's string only where its mask lets a token in: the answers stay those on it. */
    @Test
    void hintsOnTheIndexAnswerAsOnTheBuiltString() {
        Hints[] sets = {Vocabulary.KICKER, Vocabulary.BYLINE, Vocabulary.COMMENT_REGION, Vocabulary.NOT_BYLINE,
            Vocabulary.FOREIGN_REGION, Vocabulary.OTHER_STORIES, Vocabulary.LAST_CHANGE_NOTE, Vocabulary.DATELINE,
            Vocabulary.RELATED_BLOCK, Vocabulary.CREDIT_REGION, Hints.of("x", "^y", "z$", "^ab$")};
        List<String> names = strings(13, 3_000, 5);
        names.addAll(List.of("tag-nav nav", "category-related", "Tag-Byline", "post_tag-x byline", "ΑΣ", "Σ", "xΣ-Nav",
                "ΑΣ RELATED", "İnfo", "\u212Aicker"));
        StringBuilder html = new StringBuilder("<body>");
        for (int i = 0; i + 1 < names.size(); i++) {
            String c = names.get(i).replace("\"", "").replace("<", "");
            String id = names.get(i + 1).replace("\"", "").replace("<", "");
            html.append("<div class=\"").append(c).append("\" id=\"").append(id).append("\"></div>");
        }
        Document doc = Jsoup.parse(html.toString());
        int hits = 0;
        for (Hints set : sets) {
            PageIndex fresh = new PageIndex(doc); // no hint string built yet
            PageIndex built = new PageIndex(doc);
            for (int i = 0; i < fresh.hinted().size(); i++) {
                boolean in = set.in(built.hint(i), built.mask(i));
                if (in) hits++;
                assertThat(set.in(fresh, i)).as("%s in [%s]", set.written(), built.hint(i)).isEqualTo(in);
                assertThat(set.in(built.hint(i))).isEqualTo(in);
                assertThat(set.on(fresh.hinted().get(i))).isEqualTo(in && !built.hint(i).isEmpty());
            }
        }
        assertThat(hits).isGreaterThan(100);
    }

    /** Titles.norm skips the normaliser on ASCII text: every ASCII string is its own NFKC form. */
    @Test
    void asciiTextIsItsOwnNfkcForm() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) all.append(c);
        assertThat(java.text.Normalizer.normalize(all, java.text.Normalizer.Form.NFKC)).isEqualTo(all.toString());
        Random r = new Random(15);
        for (int k = 0; k < 2_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) sb.append((char) r.nextInt(0x80));
            String s = sb.toString();
            assertThat(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)).isEqualTo(s);
        }
    }

    /** DateParser.utcTime reads the plain ISO shapes without java.time's parse: the answers are the parse's. */
    @Test
    void utcTimesAreTheParsersOnes() {
        String[] years = {"2024", "1999", "0000", "20x4"};
        String[] days = {"01-02", "02-29", "02-30", "13-01", "12-31", "00-10", "1-02"};
        String[] times = {"03:04", "23:59", "24:00", "00:00:00", "12:30:59", "12:30:60", "7:05", "12:3a", "12:30:5"};
        String[] ends = {"", "Z", "+00:00", "+01:00", "-05:00", ".123Z", ":07.5", "z", " "};
        int read = 0;
        for (String y : years) {
            for (String d : days) {
                for (String t : times) {
                    for (String e : ends) {
                        String iso = y + "-" + d + "T" + t + e;
                        java.time.LocalDateTime want = oldUtcTime(iso);
                        if (want != null) read++;
                        assertThat(DateParser.utcTime(iso)).as(iso).isEqualTo(want);
                    }
                }
            }
        }
        assertThat(read).isGreaterThan(50);
        assertThat(DateParser.utcTime("2024-01-02")).isNull();
    }

    /** DateParser.utcTime as it was: java.time's parse alone. */
    private static java.time.LocalDateTime oldUtcTime(String iso) {
        int t = iso.indexOf('T');
        if (t < 0) return null;
        boolean floating = iso.indexOf('+', t) < 0 && iso.indexOf('-', t) < 0 && !iso.endsWith("Z");
        if (!floating && !iso.endsWith("Z") && !iso.endsWith("+00:00")) return null;
        try {
            return floating ? java.time.LocalDateTime.parse(iso) : java.time.OffsetDateTime.parse(iso).toLocalDateTime();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A time of day in a found date: two digits each for hour and minute, the seconds as written, else 00. */
    @Test
    void timesAreWrittenAsTheFormatWroteThem() {
        Random r = new Random(14);
        for (int k = 0; k < 5_000; k++) {
            int h = r.nextInt(24);
            int mi = r.nextInt(60);
            boolean sec = r.nextBoolean();
            int s = r.nextInt(60);
            String text = String.format(Locale.ROOT, "2021-03-04 %d:%02d%s", h, mi, sec ? String.format(":%02d", s) : "");
            DateParser.Found f = DateParser.first(text, false);
            String want = String.format(Locale.ROOT, "2021-03-04T%02d:%02d%s", h, mi,
                    sec ? String.format(Locale.ROOT, ":%02d", s) : ":00");
            assertThat(f).as(text).isNotNull();
            assertThat(f.iso()).as(text).isEqualTo(want);
        }
    }

    @Test
    void pageIndexListsFollowTheTraversalOrder() {
        String[] bits = {"<div class=a>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<span id=s>", "</span>",
            "<h1>", "</h1>", "<h2 itemprop=name>", "</h2>", "<time>", "</time>", "<ul><li rel=author>", "</li></ul>",
            "text ", "By x ", "<table><tr><td class=t>", "</td></tr></table>", "<br>", "<!-- c -->", "<script>s</script>",
            "<A HREF=/Y REL=Tag>", "</A>", "<META CONTENT=c Name=N>", "<html lang=de>", "<div CLASS=A ID=s>", "</div>",
            "<b id=S>", "</b>", "<i class=c rel=author>", "</i>", "<u class=d data-testid=byline>", "</u>"};
        Random r = new Random(9);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder("<html><head><meta name=a content=b><title>By t</title></head><body>");
            for (int k = r.nextInt(120); k > 0; k--) sb.append(bits[r.nextInt(bits.length)]);
            Document doc = Jsoup.parse(sb.toString());
            List<org.jsoup.nodes.Element> all = new ArrayList<>();
            List<org.jsoup.nodes.Element> hinted = new ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof org.jsoup.nodes.Element e)) return;
                all.add(e);
                org.jsoup.nodes.Attributes at = e.attributes();
                if (e.attributesSize() > 0 && (!at.get("class").trim().isEmpty() || !at.get("id").isEmpty()
                        || at.hasKey("itemprop") || at.hasKey("rel") || at.hasKey("data-testid"))) hinted.add(e);
            }, doc);
            PageIndex index = new PageIndex(doc);
            assertThat(index.hinted()).containsExactlyElementsOf(hinted);
            for (int i = 0; i < hinted.size(); i++) {
                org.jsoup.nodes.Attributes at = hinted.get(i).attributes();
                assertThat(index.roles(i)).isEqualTo(at.hasKey("rel") || at.hasKey("itemprop") || at.hasKey("data-testid"));
            }
            for (String tag : new String[]{"meta", "a", "p", "h1", "h2", "time", "html"}) {
                assertThat(index.tag(tag)).containsExactlyElementsOf(all.stream().filter(e -> e.nameIs(tag)).toList());
            }
            assertThat(index.tag("html").get(0)).isSameAs(doc.selectFirst("html"));
            assertThat(index.relLinks()).containsExactlyElementsOf(
                    all.stream().filter(e -> e.nameIs("a") && e.attributes().hasKey("rel")).toList());
            for (Hints set : new Hints[]{Vocabulary.BYLINE, Vocabulary.DATELINE, Hints.of("a", "t")}) {
                List<org.jsoup.nodes.Element> want = new ArrayList<>();
                for (int i = 0; i < index.hinted().size(); i++) {
                    if (set.in(index.hint(i), index.mask(i))) want.add(index.hinted().get(i));
                }
                for (int max : new int[]{1, 3, 400}) {
                    List<org.jsoup.nodes.Element> first = want.subList(0, Math.min(max, want.size()));
                    List<org.jsoup.nodes.Element> read = new ArrayList<>();
                    for (org.jsoup.nodes.Element e : set.select(index, max)) read.add(e);
                    assertThat(read).containsExactlyElementsOf(first);
                    List<org.jsoup.nodes.Element> lazy = set.select(index, max);
                    if (!first.isEmpty()) assertThat(lazy.get(first.size() - 1)).isSameAs(first.get(first.size() - 1));
                    assertThat(lazy).hasSize(first.size()).containsExactlyElementsOf(first);
                }
            }
            for (org.jsoup.nodes.Element e : all) {
                for (String key : new String[]{"rel", "href", "content", "name", "itemprop", "lang"}) {
                    assertThat(PageIndex.attr(e, key)).isEqualTo(e.attr(key));
                }
                String full = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
                for (Hints set : new Hints[]{Vocabulary.BYLINE, Vocabulary.FOREIGN_REGION, Hints.of("a", "^s$")}) {
                    assertThat(set.on(e)).isEqualTo(!full.isBlank() && set.in(full));
                }
            }
            List<TextNode> walked = new ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t && t.getWholeText().length() <= 400
                        && TextScans.mayLead(t.getWholeText())) walked.add(t);
            }, doc.body());
            assertThat(index.leadTexts()).containsExactlyElementsOf(walked);
            // the text date rule reads these in place of its own walk: every text node that can hold four digits
            List<TextNode> withDigits = new ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t && t.getWholeText().length() >= 4) withDigits.add(t);
            }, doc.body());
            assertThat(index.bodyTexts()).containsExactlyElementsOf(withDigits);
        }
    }

    @Test
    void keptCharactersNeverOvercountTheNormalisedText() {
        int over = 0;
        for (String s : strings(10, 20_000, 40)) {
            for (int max : new int[]{2, 20, 80}) {
                if (TextScans.keptOver(s, max, 0) <= max) continue;
                over++;
                assertThat(new TextNode(s).text().length()).as("[%s]", s).isGreaterThan(max);
            }
        }
        assertThat(over).isGreaterThan(5_000);
    }

    @Test
    void absUrlIsJsoupsOnEveryKindOfBaseAndLink() {
        String[] bases = {"http://example.com/a/b.html", "https://x.org", "", "not a url", "http://ex.com/dir/?q=1#f",
            "http://ex\n.com/p", "HTTPS://Ex.COM:443/x/y/", "ftp://files.example/d/", "http://user@host.example/a",
            "file:/tmp/x.html", "http://h.example/a/b/c/d"};
        String[] hrefs = {"", "/", "x", "../x", "../../../../x", "?q", "?", "#f", "//cdn.x/y", "http://o.com/a/../b",
            "javascript:void(0)", "mailto:a@b.c", " spaced ", "a\tb", "a\u0001b", "HTTP://X.COM/Y", "http://[bad",
            "ht!tp:x", "/../x", "./y", "/./a", "/.x/y", "../.././x?q#r", "?a#b", "./../z#", "é/ü",
            "https://a.b/c?d=e&f#g", "x y", "%zz", "http://", "https://h:99999/"};
        Random r = new Random(5);
        for (String base : bases) {
            for (int n = 0; n < 30; n++) {
                StringBuilder sb = new StringBuilder("<html><head>");
                if (r.nextInt(4) == 0) sb.append("<base href='").append(hrefs[r.nextInt(hrefs.length)]).append("'>");
                sb.append("</head><body>");
                for (int k = 0; k < 12; k++) {
                    String h = hrefs[r.nextInt(hrefs.length)];
                    sb.append(r.nextBoolean() ? "<a href='" : "<link HREF='").append(h).append("'>")
                            .append(r.nextInt(5) == 0 ? "<a>x</a>" : "");
                }
                Document doc = Jsoup.parse(sb.toString(), base);
                PageIndex index = new PageIndex(doc);
                for (org.jsoup.nodes.Element e : doc.getAllElements()) {
                    for (String key : new String[]{"href", "HREF", "src"}) {
                        assertThat(index.absUrl(e, key)).as("%s on %s", e, base).isEqualTo(e.absUrl(key));
                    }
                }
            }
        }
        assertThat(PageIndex.withoutControlChars("a\u0000b\u001fc\u0020d")).isEqualTo("abc d");
    }

    @Test
    void articlePathsAreFoundAsTheRegexFindsThem() {
        String[] bits = {"/", "/", "/", "?", "#", "-", "-", "_", "a", "Z", "0", "1", "9", "2", "19", "20", "12345",
            " ", ".", "\n", "é", "x-y-z", "a-b", "http://h.example", "\r", "\u2028", "~", "%"};
        Random r = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(16); k > 0; k--) sb.append(bits[r.nextInt(bits.length)]);
            String s = sb.toString();
            assertThat(RelatedLinks.articlePath(s)).as("[%s]", s).isEqualTo(RelatedLinks.ARTICLE_PATH.matcher(s).find());
        }
    }
}
