package org.newsclip.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in strings: ISO-8601 and its variants, numeric day-first and month-first forms, month names of many
 * languages and CJK forms. Results are ISO-8601 strings, with the time and offset where the text gives them.
 * Stateless and thread-safe.
 */
final class DateParser {
    /**
     * A date found in a text: its ISO form, its day, and where it was found; {@code other} the day of the other
     * reading of an ambiguous numeric date (03/04/2020: March 4 or April 3), else null.
     */
    record Found(String iso, LocalDate day, int start, int end, boolean hasTime, LocalDate other) {
        Found(String iso, LocalDate day, int start, int end, boolean hasTime) {
            this(iso, day, start, end, hasTime, null);
        }
    }

    private static final String TIME = "(?:(?:\\s*,?\\s*|\\s+(?:um|at|à|a las|alle|às|om|kl\\.?|o|в|-|–|\\|)\\s+)"
            + "(\\d{1,2})[:h.](\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(?:(am|pm|a\\.m\\.|p\\.m\\.)|h|uhr|Uhr)?"
            + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT|CET|CEST|MEZ|MESZ)?)?";
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])"
            + "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?$");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.:/-])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?(\\d{4}|\\d{2})(?![\\d:]|\\.\\d)" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?"
            + "(?:\\s*(?:\\([^)]{1,3}\\)|（[^）]{1,3}）)?\\s*(\\d{1,2})[:時시]\\s*(\\d{2}))?");
    /** Any word that may be a month name; {@link Vocabulary#MONTHS} decides (a lookup beats a long alternation). */
    private static final String MONTH = "(\\p{L}{3,12})";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?"
            + "\\s*(?:de\\s+|-)?" + MONTH + "(?![\\p{L}])\\.?,?\\s*(?:de\\s+|del\\s+|-)?(\\d{4})(?!\\d)(?:\\s*(?:г\\.|r\\.|yil))?"
            + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?:(?<![\\p{L}])|(?-iu:(?<=\\p{Ll})(?=\\p{Lu})))" + MONTH
            + "(?![\\p{L}])\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Patterns of whole-value tests, compiled once rather than by {@code String.matches} on every call. */
    private static final Pattern EPOCH = Pattern.compile("1[0-9]{9}(?:[0-9]{3})?");
    private static final Pattern OFFSET_COMPACT = Pattern.compile("[+-]\\d{4}");
    private static final Pattern OFFSET_COLON = Pattern.compile("[+-]\\d{2}:\\d{2}");

    private DateParser() {
    }

    /** The first date in the text, or null. {@code monthFirst}: read ambiguous 03/04/2020 as March 4. */
    static Found first(String text, boolean monthFirst) {
        List<Found> all = findAll(text, monthFirst, 1);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A whole-value parse, as for a meta tag or a datetime attribute: also reads 20200428 and Unix times. */
    static Found value(String text, boolean monthFirst) {
        if (text == null) return null;
        String t = text.trim();
        Matcher c = COMPACT.matcher(t);
        if (c.matches()) return build(c, 1, 2, 3, c.group(4) == null ? -1 : 4, c.group(5) == null ? -1 : 5,
                c.group(6) == null ? -1 : 6, -1, -1, 0, t.length());
        if (EPOCH.matcher(t).matches()) return fromEpoch(t);
        return first(t, monthFirst);
    }

    /** Every date in the text, in order of position, at most {@code limit}. */
    static List<Found> findAll(String text, boolean monthFirst, int limit) {
        List<Found> out = new ArrayList<>();
        if (text == null || text.length() < 6 || digits(text) < 4) return out;
        // every pattern but NUMERIC needs a year of four digits in a row, and NUMERIC a separator: a text that lacks
        // what a pattern needs is not searched with it (the answers are the same, most texts are cheaper)
        int needs = needs(text);
        boolean year = (needs & YEAR) != 0;
        if ((needs & YEAR_SEPARATOR) != 0) {
            collect(ISO.matcher(text), out, m -> build(m, 1, 2, 3, 4, 5, 6, 7, -1, m.start(), m.end()));
        }
        if (year && (text.indexOf('年') >= 0 || text.indexOf('년') >= 0)) {
            collect(CJK.matcher(text), out, m -> build(m, 1, 2, 3, 4, 5, -1, -1, -1, m.start(), m.end()));
        }
        if ((needs & DIGIT_SEPARATOR) != 0) collect(NUMERIC.matcher(text), out, m -> numeric(m, monthFirst));
        if (year) {
            collect(DAY_MONTH_YEAR.matcher(text), out, m -> named(m, 1, 2, 3, 4));
            collect(MONTH_DAY_YEAR.matcher(text), out, m -> named(m, 2, 1, 3, 4));
        }
        out.sort(Comparator.comparingInt(Found::start));
        List<Found> kept = new ArrayList<>();
        int end = -1;
        for (Found f : out) {
            if (f.start() < end) continue;
            kept.add(f);
            end = f.end();
            if (kept.size() >= limit) break;
        }
        return kept;
    }

    /** {@link #needs}: four ASCII digits in a row. */
    static final int YEAR = 1;
    /** {@link #needs}: four or more ASCII digits in a row, then '-', '/' or '.' (what {@link #ISO} opens with). */
    static final int YEAR_SEPARATOR = 2;
    /** {@link #needs}: an ASCII digit, then '.', '/' or '-' (what {@link #NUMERIC} opens with). */
    static final int DIGIT_SEPARATOR = 4;

    /**
     * What the text holds of the openings the patterns need, as {@link #YEAR} and the other bits, in one pass: a
     * pattern whose opening the text lacks cannot match it ({@code \\d} matches ASCII digits only).
     */
    static int needs(String s) {
        int run = 0;
        int out = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) out |= YEAR;
                continue;
            }
            if (run > 0 && (c == '.' || c == '/' || c == '-')) {
                out |= run >= 4 ? YEAR_SEPARATOR | DIGIT_SEPARATOR : DIGIT_SEPARATOR;
            }
            run = 0;
        }
        return out;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < 4; i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') n++;
        return n;
    }

    private interface Builder {
        Found build(Matcher m);
    }

    private static void collect(Matcher m, List<Found> out, Builder b) {
        int n = 0;
        while (m.find() && n < 50) {
            Found f = b.build(m);
            if (f != null) {
                out.add(f);
                n++;
            }
        }
    }

    private static Found numeric(Matcher m, boolean monthFirst) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        boolean dotted = m.group(2).equals(".");
        boolean mf = !dotted && (a <= 12 && (b > 12 || monthFirst));
        if (m.group(4).length() == 2 && !dotted) return null; // 03/04/05: too ambiguous
        Found f = mf ? build(m, 4, 1, 3, 5, 6, 7, 8, 9, m.start(), m.end())
                : build(m, 4, 3, 1, 5, 6, 7, 8, 9, m.start(), m.end());
        // a dotted date is day first everywhere; a slashed or dashed one with both parts <= 12 reads either way
        if (f == null || dotted || a > 12 || b > 12 || a == b) return f;
        LocalDate d = f.day();
        return new Found(f.iso(), d, f.start(), f.end(), f.hasTime(), d.withDayOfMonth(d.getMonthValue())
                .withMonth(d.getDayOfMonth()));
    }

    private static Found named(Matcher m, int dayG, int monthG, int yearG, int timeG) {
        Integer month = Vocabulary.MONTHS.get(m.group(monthG).toLowerCase(Locale.ROOT).replace(".", ""));
        if (month == null) return null;
        int year = Integer.parseInt(m.group(yearG));
        int day = Integer.parseInt(m.group(dayG));
        String time = time(m, timeG, timeG + 1, timeG + 2, timeG + 3, timeG + 4);
        return make(year, month, day, time, m.start(), m.end());
    }

    private static Found build(Matcher m, int yG, int moG, int dG, int hG, int miG, int sG, int zG, int ampmG,
                               int start, int end) {
        String ys = m.group(yG);
        int year = Integer.parseInt(ys);
        if (ys.length() == 2) year += year > 50 ? 1900 : 2000;
        String time = hG < 0 ? null : time(m, hG, miG, sG, ampmG, zG);
        return make(year, Integer.parseInt(m.group(moG)), Integer.parseInt(m.group(dG)), time, start, end);
    }

    private static String time(Matcher m, int hG, int miG, int sG, int ampmG, int zG) {
        if (m.group(hG) == null || m.group(miG) == null) return null;
        int h = Integer.parseInt(m.group(hG));
        int mi = Integer.parseInt(m.group(miG));
        String ampm = ampmG < 0 ? null : m.group(ampmG);
        if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("p") && h < 12) h += 12;
        if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("a") && h == 12) h = 0;
        if (h > 23 || mi > 59) return null;
        String sec = sG < 0 ? null : m.group(sG);
        // "HH:mm:ss" (the seconds as written, else 00), as String.format("%02d:%02d%s") wrote it: h and mi are 0-59
        StringBuilder t = new StringBuilder(14);
        t.append((char) ('0' + h / 10)).append((char) ('0' + h % 10)).append(':')
                .append((char) ('0' + mi / 10)).append((char) ('0' + mi % 10));
        t.append(sec == null ? ":00" : ":" + sec);
        return t.append(offset(zG < 0 ? null : m.group(zG))).toString();
    }

    private static String offset(String z) {
        if (z == null) return "";
        String u = z.toUpperCase(Locale.ROOT);
        if (u.equals("Z") || u.equals("UTC") || u.equals("GMT")) return "Z";
        if (OFFSET_COMPACT.matcher(u).matches()) return u.substring(0, 3) + ":" + u.substring(3);
        if (OFFSET_COLON.matcher(u).matches()) return u;
        if (u.equals("CET") || u.equals("MEZ")) return "+01:00";
        if (u.equals("CEST") || u.equals("MESZ")) return "+02:00";
        return "";
    }

    private static Found make(int year, int month, int day, String time, int start, int end) {
        if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return new Found(time == null ? d.toString() : d + "T" + time, d, start, end, time != null);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Found fromEpoch(String t) {
        long v = Long.parseLong(t);
        if (t.length() == 13) v /= 1000;
        java.time.OffsetDateTime odt = java.time.Instant.ofEpochSecond(v).atOffset(java.time.ZoneOffset.UTC);
        if (odt.getYear() < 1995) return null;
        return new Found(odt.toLocalDateTime() + "Z", odt.toLocalDate(), 0, t.length(), true);
    }

    /** The time of a declared ISO value in UTC or without an offset, or null. */
    static java.time.LocalDateTime utcTime(String iso) {
        int t = iso.indexOf('T');
        if (t < 0) return null;
        boolean floating = iso.indexOf('+', t) < 0 && iso.indexOf('-', t) < 0 && !iso.endsWith("Z");
        if (!floating && !iso.endsWith("Z") && !iso.endsWith("+00:00")) return null;
        java.time.LocalDateTime plain = plainTime(iso, t);
        if (plain != null) return plain;
        try {
            return floating ? java.time.LocalDateTime.parse(iso) : java.time.OffsetDateTime.parse(iso).toLocalDateTime();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The time of "yyyy-MM-ddTHH:mm[:ss]" with nothing after it but "Z" or "+00:00" (the ISO values this project
     * writes), read without java.time's formatter parse: the same fields, checked as strictly by
     * {@code LocalDateTime.of}. Null for any other shape (and for values that do not exist), which the parse then reads.
     */
    private static java.time.LocalDateTime plainTime(String iso, int t) {
        int end = iso.endsWith("Z") ? iso.length() - 1 : iso.endsWith("+00:00") ? iso.length() - 6 : iso.length();
        if (t != 10 || end != 16 && end != 19 || iso.charAt(4) != '-' || iso.charAt(7) != '-' || iso.charAt(13) != ':'
                || end == 19 && iso.charAt(16) != ':') return null;
        int year = number(iso, 0, 4);
        int month = number(iso, 5, 7);
        int day = number(iso, 8, 10);
        int hour = number(iso, 11, 13);
        int minute = number(iso, 14, 16);
        int second = end == 19 ? number(iso, 17, 19) : 0;
        if ((year | month | day | hour | minute | second) < 0) return null;
        try {
            return java.time.LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits {@code s[from, to)} as a number, or -1 where one is no digit. */
    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + c - '0';
        }
        return n;
    }

    /** The time a {@code <time>}-like element declares: its {@code datetime}, else {@code ts}, else its text. */
    static String stamp(org.jsoup.nodes.Element e) {
        if (e.hasAttr("datetime")) return e.attr("datetime");
        return e.hasAttr("ts") ? e.attr("ts") : e.text();
    }
}
