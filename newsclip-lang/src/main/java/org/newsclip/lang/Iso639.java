package org.newsclip.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** ISO 639-3 codes (as OpenNLP's model names its languages) to BCP-47 primary language subtags. */
final class Iso639 {
    /**
     * Individual languages the model names by their ISO 639-3 code where BCP-47 prefers the two-letter code of
     * their macrolanguage, which is what pages declare ({@code zh}, not {@code cmn}).
     */
    private static final Map<String, String> MACRO = Map.of(
            "cmn", "zh", "pes", "fa", "ekk", "et", "lvs", "lv", "plt", "mg", "zsm", "ms", "arb", "ar",
            "swh", "sw", "uzn", "uz", "azj", "az");
    /** Java still lists the withdrawn codes for Hebrew, Indonesian and Yiddish. */
    private static final Map<String, String> WITHDRAWN = Map.of("iw", "he", "in", "id", "ji", "yi");
    private static final Map<String, String> TO_BCP47 = table();

    private Iso639() {
    }

    /**
     * The BCP-47 primary subtag for an ISO 639-3 code: the ISO 639-1 code where there is one, else the three
     * letters themselves (a valid subtag: {@code ceb}, {@code gsw}); null for anything that is not three letters.
     */
    static String toBcp47(String iso3) {
        if (iso3 == null) return null;
        String code = iso3.toLowerCase(Locale.ROOT);
        if (!threeLetters(code)) return null;
        return TO_BCP47.getOrDefault(code, code);
    }

    /**
     * {@code code.matches("[a-z]{3}")} without compiling the pattern on each call: the detector asks this of every
     * language of the model (over a hundred) for every text it reads.
     */
    static boolean threeLetters(String code) {
        if (code.length() != 3) return false;
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }

    private static Map<String, String> table() {
        Map<String, String> out = new HashMap<>(MACRO);
        for (String two : Locale.getISOLanguages()) {
            try {
                String three = new Locale(two).getISO3Language();
                if (!three.isEmpty()) out.putIfAbsent(three, WITHDRAWN.getOrDefault(two, two));
            } catch (MissingResourceException e) {
                // no three-letter code known for it: nothing to map
            }
        }
        return Map.copyOf(out);
    }
}
