package org.newsclip.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans author strings into person names: strips "By"/"Von" and roles, dates, handles and e-mails, splits "A and B"
 * and "A, B &amp; C", and rejects what is not a person's name. Names keep their script and case.
 */
final class Authors {
    private static final Pattern ALWAYS_SPLIT = Pattern.compile("\\s*(?:[,;|/•·\\n]|\\s&\\s|&amp;|\\s+\\+\\s+)\\s*");
    private static final Pattern WORD_SPLIT = Pattern.compile("(?iu)\\s+(?:and|und|et|y|e|og|en|och|i|и|und von|with|mit)\\s+");
    private static final Pattern NOISE = Pattern.compile("(?iu)\\S+@\\S+|\\s@[\\w.]+|https?://\\S+|www\\.\\S+|\\(.*?\\)|\\[.*?]"
            + "|\\s(?:-|–|—)\\s.*$|(?-i:\\sin\\s\\p{Lu}.*$)|\\son behalf of\\b.*$|\\b(?:updated|aktualisiert|published|veröffentlicht|posted|am|on|le|el)\\b\\s*:?\\s*$");
    private static final Pattern CREDENTIAL = Pattern.compile("(?:Ph\\.?\\s?D\\.?|M\\.?D\\.?|Jr\\.?|Sr\\.?|I{2,3}|Esq\\.?"
            + "|(?:MD|DO|RD|RDN|LD|MS|MA|MSc|BSc|BA|BS|RN|BSN|MSN|NP|PA|PA-C|DVM|DDS|DMD|CPA|CFA|CFP|JD|LLM|MBA|MPH"
            + "|FAND|CDE|CDCES|CSCS|CPT|E-RYT|RYT|LCSW|LMFT|PsyD|EdD|DPT|OTR|FACS|FACP|MFA|IBCLC|CNM|FNP|APRN|ND"
            + "|DC|LAc|DrPH|PharmD|CNS|CHES|ACSM|NASM|PT)(?:\\s\\d{2,3})?)");
    private static final Pattern HSPACE = Pattern.compile("[\\s&&[^\\n]]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\s\\n]*");
    private static final Pattern LINK = Pattern.compile("\\(?\\s*(?:https?://|www\\.)[^\\s)]*\\)?");
    private static final Pattern LABEL = Pattern.compile("^[^\\s:：]{1,15}\\s?[:：]\\s*(\\S.*)$");
    private static final Pattern HANDLE = Pattern.compile("^@\\w+$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Patterns of the rules below, compiled once (a String.matches or replaceAll compiles its regex per call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_DOTS = Pattern.compile("[\\s.]+");
    static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern EDGE_NOISE = Pattern.compile("^[^\\p{L}\\p{N}]+|[\\s\\p{Punct}«»“”„‘’&&[^.)]]+$");
    private static final Pattern INITIAL_END = Pattern.compile(".*\\b\\p{Lu}\\.$");
    private static final Pattern DOMAIN = Pattern.compile(".*\\.(com|de|org|net|co\\.uk|fr|at|ch)\\b.*");
    private static final Pattern REGISTERED = Pattern.compile(".*\\be\\.\\s?v\\.?$");

    /** True if a word of the name says it credits a newsroom, desk or team rather than a person. */
    static boolean newsroomCredit(String name) {
        if (name == null) return false;
        for (String w : NOT_LETTER_RUNS.split(name.toLowerCase(Locale.ROOT))) {
            if (Vocabulary.TEAM_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** True for a news agency ("dpa", "Agenturen"), a placeholder ("publisher") or a web address ("stol.it"). */
    static boolean agencyOrAddress(String name) {
        String lower = name.toLowerCase(Locale.ROOT).trim();
        return Vocabulary.AGENCIES.contains(lower) || Vocabulary.PLACEHOLDER_AUTHORS.contains(lower)
                || ADDRESS.matcher(lower).find();
    }

    private static final Pattern ADDRESS = Pattern.compile(
            "^www\\.|^[\\w-]+\\.(?:com|de|org|net|it|fr|at|ch|es|nl|be|info|io|co\\.uk)(?:$|/)");

    private static final Pattern NOT_LETTER_RUNS = Pattern.compile("[^\\p{L}]+");

    /**
     * Whether {@code s.toLowerCase(Locale.ROOT)} contains the ASCII lower-case word, without the copy: only ASCII
     * capitals lower to its letters (of the other characters, "İ" lowers to "i" plus a dot above and the Kelvin sign
     * to "k", neither able to complete "author" or "byline").
     */
    static boolean says(String s, String word) {
        int n = word.length();
        for (int i = 0, last = s.length() - n; i <= last; i++) {
            int k = 0;
            while (k < n && foldAscii(s.charAt(i + k)) == word.charAt(k)) k++;
            if (k == n) return true;
        }
        return false;
    }

    private static char foldAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private Authors() {
    }

    /**
     * The person names in a raw author string.
     *
     * @param raw     the string as the page gives it
     * @param exclude normalised names that are not persons here (site name, publisher)
     */
    static List<String> clean(String raw, Set<String> exclude) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        // line breaks stay: they part names that markup once kept apart ("Jane Doe<br>Reporter")
        // soft hyphens and zero-width spaces hyphenate a name for narrow columns ("Mat&shy;thi&shy;as")
        if (raw.indexOf('\u00ad') >= 0 || raw.indexOf('\u200b') >= 0) raw = raw.replace("\u00ad", "").replace("\u200b", "");
        String s = HSPACE.matcher(raw.replace('\u00a0', ' ')).replaceAll(" ");
        s = LINE_BREAKS.matcher(s).replaceAll("\n").trim();
        if (s.contains("://") || s.contains("www.")) s = LINK.matcher(s).replaceAll(" ").trim();
        if (exclude.contains(Titles.norm(s))) return out; // "Jobs & Hire": the site's own name, not two people
        s = withoutSiteNames(s, exclude);
        s = cutDate(s);
        s = Vocabulary.BYLINE_PREFIX.matcher(s).replaceFirst("");
        for (String part : ALWAYS_SPLIT.split(s)) {
            String p = part.trim();
            if (p.startsWith("@")) continue;
            if (CREDENTIAL.matcher(p).matches()) {
                // "Jane Doe, MD, PhD": the credentials belong to the name before them; alone they are a title line
                if (!out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
                continue;
            }
            for (String name : splitWords(part)) {
                String t = unlabelled(tidy(name));
                if (!isName(t, exclude)) continue; // whole, so that "Daily News" still marks an organisation
                String n = withoutLeadingRole(withoutTrailingRole(t));
                if (isName(n, exclude) && !out.contains(n)) out.add(n);
            }
        }
        // "Jane Doe and John Roe, The Commercial Appeal": beside persons, a "The …" name is the masthead
        if (out.size() > 1) out.removeIf(n -> n.startsWith("The ") && out.stream().anyMatch(o -> !o.startsWith("The ")));
        return out;
    }

    /**
     * Scholarly meta ({@code citation_author}) writes one author a tag as "Last, First": that becomes "First Last"
     * rather than two names.
     */
    static String forenameFirst(String v) {
        int comma = v.indexOf(',');
        if (comma < 0 || v.indexOf(',', comma + 1) >= 0) return v;
        String last = v.substring(0, comma).trim();
        String first = v.substring(comma + 1).trim();
        if (last.isEmpty() || first.isEmpty() || CREDENTIAL.matcher(first).matches()) return v;
        return first + " " + last;
    }

    /** "责任编辑：孔德明", "Autorin: Jane Doe": the name after a one-word label. */
    private static String unlabelled(String n) {
        if (n.indexOf(':') < 0 && n.indexOf('：') < 0) return n;
        java.util.regex.Matcher m = LABEL.matcher(n);
        return m.matches() ? m.group(1).trim() : n;
    }

    /** "Jane Doe Content Marketing Coordinator": a trailing run of two or more job words is a title, not a name. */
    private static String withoutTrailingRole(String n) {
        String[] words = n.split(" ");
        int end = words.length;
        while (end > 0 && Vocabulary.JOB_WORDS.contains(words[end - 1].toLowerCase(Locale.ROOT))) end--;
        // a run starts with a title word, not with "and" or "of" ("Center for Drug Evaluation and Research")
        while (end < words.length && !Character.isUpperCase(words[end].codePointAt(0))) end++;
        if (words.length - end < 2 || end < 2) return n;
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    /**
     * "FOCUS-Online-Experte Jane Doe", "Rechtsanwalt Jane Doe": a job word, alone or ending a compound, before a
     * person's full name is a title; titles of address ("Dr", "Prof") stay.
     */
    private static String withoutLeadingRole(String n) {
        int space = n.indexOf(' ');
        if (space < 0) return n;
        String head = n.substring(0, space).toLowerCase(Locale.ROOT);
        String job = head.substring(head.lastIndexOf('-') + 1);
        if (!Vocabulary.LEADING_ROLES.contains(job)) return n;
        String rest = n.substring(space + 1);
        return personLike(rest) ? rest : n;
    }

    /** Splits on "and"-like words only when both sides look like full names (two words or more). */
    private static List<String> splitWords(String part) {
        String[] pieces = WORD_SPLIT.split(part);
        if (pieces.length < 2) return List.of(part);
        for (String p : pieces) if (SPACES.split(p.trim()).length < 2) return List.of(part);
        return List.of(pieces);
    }

    private static String cutDate(String s) {
        if (s.indexOf('\n') >= 0) {
            // lines: a date takes only its own line away ("Datum:\n19.11.2021\nAutor:\nJane Doe"), or its part of
            // a dateline ("Dec. 19, 2025 · Jane Doe")
            StringBuilder sb = new StringBuilder();
            for (String line : s.split("\n")) sb.append(withoutDate(line)).append('\n');
            return sb.toString().trim();
        }
        return withoutDate(s);
    }

    /** The line before its date, or, where the date opens it, after; a date's own label ("Data:") goes with it. */
    private static String withoutDate(String s) {
        DateParser.Found d = DateParser.first(s, false);
        if (d != null && d.start() > 0) s = s.substring(0, d.start());
        else if (d != null) s = s.substring(d.end());
        s = s.trim();
        return DATE_LABEL.matcher(s).matches() ? "" : s;
    }

    private static final Pattern DATE_LABEL = Pattern.compile("\\p{L}+\\s?[:：]");

    private static String tidy(String name) {
        String n = NOISE.matcher(name).replaceAll(" ");
        n = Vocabulary.BYLINE_PREFIX.matcher(n.trim()).replaceFirst("");
        n = SPACES.matcher(EDGE_NOISE.matcher(n).replaceAll("")).replaceAll(" ").trim();
        if (n.endsWith(".") && !INITIAL_END.matcher(n).matches()) n = n.substring(0, n.length() - 1).trim();
        return n;
    }

    /** Removes the site's name where it trails a person's name ("Jane Doe. Sputnik International"). */
    private static String withoutSiteNames(String s, Set<String> exclude) {
        String n = Titles.norm(s);
        for (String entry : exclude) {
            String site = entry.startsWith("suffix:") ? entry.substring(7) : entry;
            if (site.startsWith("host:") || !site.contains(" ") || !n.endsWith(" " + site)) continue;
            String[] words = site.split(" ");
            String out = s.replaceFirst("(?iu)[\\s.,|/–-]*" + java.util.regex.Pattern.quote(words[0]) + ".*$", "");
            if (!out.isBlank()) return out;
        }
        return s;
    }

    /** True for something that reads as a person's name, not a role, site, handle or date. */
    static boolean isName(String n, Set<String> exclude) {
        if (n.length() < 2 || n.length() > 60 || !LETTER.matcher(n).find()) return false;
        if (n.endsWith(":") || n.endsWith("：")) return false; // a label ("作者：") whose name is elsewhere
        if (DIGIT.matcher(n).find() || HANDLE.matcher(n).matches() || n.contains("@") || n.contains("://")) return false;
        String lower = n.toLowerCase(Locale.ROOT);
        if (Vocabulary.NOT_NAMES.contains(lower) || exclude.contains(Titles.norm(n))) return false;
        if (DOMAIN.matcher(lower).matches()) return false;
        if (REGISTERED.matcher(lower).matches()) return false; // German registered association
        String[] words = SPACES_DOTS.split(lower);
        if (words.length > 6) return false;
        boolean allJob = true;
        for (String w : words) {
            if (!Vocabulary.JOB_WORDS.contains(w)) allJob = false;
            if (words.length > 1 && (Vocabulary.ORG_WORDS.contains(w) || ACCOUNT_WORDS.contains(w))) return false;
        }
        return !allJob;
    }

    /** Words of a site account's name ("NOC Admin", "Site Administrator"), which is no person's. */
    private static final Set<String> ACCOUNT_WORDS = Set.of("admin", "administrator", "webmaster", "webadmin");

    /** Short weekday names, which stand beside a poster's name in forum bylines ("by jdoe » Tue Aug 27"). */
    private static final Set<String> WEEKDAYS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun", "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim");

    /** True for a short weekday name ("Tue", "Sa."). */
    static boolean weekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static final Set<String> TITLES = Set.of("dr", "prof", "professor");

    /** Lower-case particles inside a name ("Walter von Aachen", "Ana de la Cruz"). */
    static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "la", "le",
            "del", "dos", "das", "bin", "al", "el", "ter", "zu", "y", "e", "ten", "dei", "degli", "st");
    private static final Set<String> BYLINE_NOISE = Set.of("published", "updated", "update", "last", "reviewed",
            "twitter", "facebook", "email", "read", "min", "minute", "minutes", "ago", "share", "follow", "posted",
            "on", "in", "at", "comments", "views", "gmt", "pm", "am", "et", "est", "pst", "writer", "editor",
            "reporter", "correspondent", "founder", "director", "consultant", "manager", "expert", "contributor",
            "staff", "team", "news", "post", "daily", "weekly", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "uhr", "aktualisiert", "minuten", "lesezeit",
            "stand", "publiziert", "veröffentlicht", "mehr", "über", "autor", "autorin", "auteur", "autore",
            "artikel", "autorenseite", "gesponserte", "inhalte", "chefredakteur", "chefredakteurin", "redakteur",
            "redakteurin", "redaktion", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
            "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "bio", "profile",
            "foto", "fotos", "photo", "bild", "quelle", "source", "kontakt", "contact", "von", "by", "und", "and",
            "privacy", "policy", "terms", "profil", "zum", "eingestellt", "gespeichert", "geschrieben", "verfasst",
            "erstellt", "datum", "anzahl", "kommentare", "offline", "online", "reputation", "owner", "joined",
            "member", "moderator", "posts", "messages", "vom", "paid", "premium", "subscribers",
            "alles", "pressemitteilung", "beitrag", "beiträge", "bericht", "gastbeitrag", "meinung", "vorlesen",
            "anhören", "teilen", "drucken", "merken", "save", "conditions", "cookies", "rights", "reserved", "impressum", "datenschutz");

    /**
     * A stricter test for names read from visible text: at most five words, no byline noise words, and in Latin
     * script each word (other than particles) capitalised.
     */
    static boolean looksLikeByline(String n) {
        String[] words = SPACES.split(n);
        if (words.length > 5) return false;
        // "AP", "DPA": an agency's letters; a short name in a script without case ("谢若含") is a name
        if (words.length <= 1 && n.length() <= 3 && n.equals(n.toUpperCase(Locale.ROOT))
                && !n.equals(n.toLowerCase(Locale.ROOT))) return false;
        if (words.length == 1 && weekday(n)) return false;
        String head = words[0].toLowerCase(Locale.ROOT).replace(".", "");
        // "Projektleiterin der HSS", "Senior Editor Jane": a role first is a title line (titles of address aside)
        if (words.length > 1 && Vocabulary.JOB_WORDS.contains(head) && !TITLES.contains(head) && !initial(words[0])) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lw = NOT_LETTER.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            boolean inner = i > 0 && i < words.length - 1;
            if (BYLINE_NOISE.contains(lw) && !(inner && PARTICLES.contains(lw))) return false; // "Walter von Aachen"
            if (words.length > 1 && !PARTICLES.contains(lw) && Character.isLowerCase(w.codePointAt(0))) return false;
        }
        return true;
    }

    /** "A.": an initial, not the article "a" of a title line ("A. J. Neal"). */
    private static boolean initial(String word) {
        return word.length() == 2 && word.charAt(1) == '.' && Character.isUpperCase(word.charAt(0));
    }

    /**
     * True when a line of visible text reads as prose (a headline or a bio sentence): three or more longer words
     * in lower case that are not byline words. A block holding such a line is a teaser or a bio, not a byline.
     */
    static boolean isProse(String line) {
        int lower = 0;
        for (String w : SPACES.split(line)) {
            if (w.length() < 4 || !Character.isLowerCase(w.codePointAt(0))) continue;
            String lw = NOT_LETTER.matcher(w).replaceAll("");
            if (!BYLINE_NOISE.contains(lw) && !PARTICLES.contains(lw) && ++lower >= 3) return true;
        }
        return false;
    }

    /** A name of two or more words all in capitals: a newsroom's masthead ("USA TODAY") when named like the site. */
    static boolean shouted(String n) {
        return n.indexOf(' ') > 0 && n.equals(n.toUpperCase(Locale.ROOT)) && !n.equals(n.toLowerCase(Locale.ROOT));
    }

    /** Two to four capitalised words (particles and initials aside), none of an organisation: "Rick Steves". */
    static boolean personLike(String n) {
        String[] words = n.split(" ");
        if (words.length < 2 || words.length > 4) return false;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(lw)) continue;
            if (Vocabulary.ORG_WORDS.contains(lw) || !Character.isUpperCase(w.codePointAt(0))) return false;
            if (w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT))) return false; // "USA TODAY"
        }
        return true;
    }

    /** Joins lists keeping the first of each normalised name. */
    static List<String> union(List<String> a, List<String> b) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (List<String> l : List.of(a, b)) {
            for (String n : l) if (seen.add(Titles.norm(n))) out.add(n);
        }
        return out;
    }
}
