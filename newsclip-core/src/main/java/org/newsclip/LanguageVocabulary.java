package org.newsclip;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static java.lang.Character.UnicodeScript.*;

/** Word lists and tables behind {@link TextLanguage}'s check of a page's declared language. */
final class LanguageVocabulary {
    private LanguageVocabulary() {
    }

    /**
     * The scripts a language is written in, for the languages not (or not only) written in Latin letters; a
     * language missing here is taken to be written in Latin. Languages written in two scripts list both, so that
     * neither contradicts the declaration.
     */
    static final Map<String, Set<UnicodeScript>> SCRIPTS = scripts(
            "ru uk be bg mk kk ky tg tt ba ce cv os sah udm kv", Set.of(CYRILLIC),
            "sr bs sh uz az tk cnr", Set.of(CYRILLIC, LATIN),
            "mn", Set.of(CYRILLIC, MONGOLIAN),
            "zh yue wuu", Set.of(HAN),
            "ja", Set.of(HAN, HIRAGANA, KATAKANA),
            "ko", Set.of(HANGUL),
            "ar fa ur ps ug sd ckb arz ary azb pnb ks", Set.of(ARABIC),
            "ku", Set.of(LATIN, ARABIC, CYRILLIC),
            "ms", Set.of(LATIN, ARABIC),
            "pa", Set.of(GURMUKHI, ARABIC),
            "he iw yi ji", Set.of(HEBREW),
            "el", Set.of(GREEK),
            "hy", Set.of(ARMENIAN),
            "ka", Set.of(GEORGIAN),
            "hi mr ne sa mai bho kok new", Set.of(DEVANAGARI),
            "bn as", Set.of(BENGALI),
            "gu", Set.of(GUJARATI),
            "or", Set.of(ORIYA),
            "ta", Set.of(TAMIL),
            "te", Set.of(TELUGU),
            "kn", Set.of(KANNADA),
            "ml", Set.of(MALAYALAM),
            "si", Set.of(SINHALA),
            "th", Set.of(THAI),
            "lo", Set.of(LAO),
            "km", Set.of(KHMER),
            "my", Set.of(MYANMAR),
            "bo dz", Set.of(TIBETAN),
            "am ti", Set.of(ETHIOPIC),
            "dv", Set.of(THAANA));

    /**
     * Common English words that other languages written in Latin letters rarely use (unlike "in", "a", "to" or
     * "was"). English prose has one in every eight words or so; a page that declares English but has almost none
     * of them is likely a non-English page left with its template's default {@code lang="en"}.
     */
    static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "that", "with", "this", "from", "are",
            "have", "were", "which", "been", "their", "would", "has", "you", "your", "they", "what", "about");

    /** Placeholder text (lorem ipsum) tells nothing about the page's language. */
    static final String[] FILLER = {"ipsum", "dolore magna"};

    private static Map<String, Set<UnicodeScript>> scripts(Object... pairs) {
        Map<String, Set<UnicodeScript>> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<UnicodeScript> s = (Set<UnicodeScript>) pairs[i + 1];
            for (String lang : ((String) pairs[i]).split(" ")) out.put(lang, s);
        }
        return Map.copyOf(out);
    }
}
