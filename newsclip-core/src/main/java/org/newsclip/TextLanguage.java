package org.newsclip;

import org.newsclip.metadata.Metadata;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settles the record's language between what the page declares and what its text reads. The detector is costly
 * (milliseconds a page), so it runs only where no language is declared, or where a cheap check finds the
 * declaration contradicted: the sample's letters are mostly in a script the declared language is not written in,
 * a page declaring Chinese is full of Japanese kana, or a page declaring English (the default of many templates)
 * has almost none of English's commonest words. Thread-safe if the detector is.
 */
final class TextLanguage {
    /** How much of the text the checks and the detector look at. */
    static final int SAMPLE_CHARS = 2000;
    /** Below this the body is too short to judge alone: title and description go first. */
    private static final int SHORT_BODY = 200;
    /** The fewest letters that can contradict a declaration. */
    private static final int MIN_LETTERS = 40;
    /** The fewest words for the English check. */
    private static final int MIN_WORDS = 40;
    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    private final LanguageDetector detector;

    TextLanguage(LanguageDetector detector) {
        this.detector = detector;
    }

    /**
     * The record's language: the declared one, or the detected one (provenance {@code text}) where none is
     * declared or the text contradicts the declaration (then with a warning).
     */
    String resolve(Metadata meta, String text, Map<String, String> provenance, List<String> warnings) {
        String declared = meta.language();
        String sample = sample(text, meta.title(), meta.description());
        if (declared != null && fits(declared, sample)) return declared;
        String detected = detect(sample);
        if (detected == null || detected.equals(declared)) return declared;
        provenance.put("language", "text");
        if (declared != null) warnings.add("language: page declares " + declared + ", text reads " + detected);
        return detected;
    }

    private String detect(String sample) {
        if (sample.isEmpty() || isFiller(sample)) return null;
        try {
            Optional<LanguageDetector.Guess> guess = detector.detect(sample);
            return guess == null ? null : guess.map(LanguageDetector.Guess::language).orElse(null);
        } catch (RuntimeException e) {
            return null; // a failing detector must not cost the page its record
        }
    }

    /** The head of the body text; a short body goes after the title and description. */
    static String sample(String text, String title, String description) {
        String body = text == null ? "" : text;
        if (body.length() >= SHORT_BODY) return head(body);
        StringBuilder s = new StringBuilder();
        for (String part : new String[]{title, description, body}) {
            if (part == null || part.isBlank()) continue;
            if (s.length() > 0) s.append('\n');
            s.append(part);
        }
        return head(s.toString());
    }

    /** At most {@link #SAMPLE_CHARS} characters, cut at a space where one is near. */
    private static String head(String s) {
        if (s.length() <= SAMPLE_CHARS) return s;
        int cut = s.lastIndexOf(' ', SAMPLE_CHARS);
        if (cut < SAMPLE_CHARS - 100) {
            cut = SAMPLE_CHARS;
            if (Character.isLowSurrogate(s.charAt(cut))) cut--;
        }
        return s.substring(0, cut);
    }

    private static boolean isFiller(String sample) {
        for (String f : LanguageVocabulary.FILLER) {
            if (sample.contains(f)) return true;
        }
        return false;
    }

    /** Whether the sample may be in the declared language: false only on clear evidence against it. */
    static boolean fits(String declared, String sample) {
        int[] letters = new int[SCRIPTS.length];
        int total = countScripts(sample, letters);
        if (total < MIN_LETTERS) return true;
        UnicodeScript dominant = dominant(letters);
        Set<UnicodeScript> expected = LanguageVocabulary.SCRIPTS.getOrDefault(declared, Set.of(UnicodeScript.LATIN));
        if (!expected.contains(dominant)) return false;
        // Japanese prose is a third kana or more; Chinese writes none.
        int kana = letters[UnicodeScript.HIRAGANA.ordinal()] + letters[UnicodeScript.KATAKANA.ordinal()];
        if (declared.equals("zh") && kana * 10 > total) return false;
        if (declared.equals("ja") && kana * 20 < total) return false;
        return !declared.equals("en") || dominant != UnicodeScript.LATIN || readsEnglish(sample);
    }

    /** Letters per script into {@code letters}; returns the number of letters. */
    private static int countScripts(String s, int[] letters) {
        int total = 0;
        int latin = UnicodeScript.LATIN.ordinal();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters[latin]++;
                    total++;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters[script(cp)]++;
            total++;
        }
        return total;
    }

    /**
     * {@code UnicodeScript.of(c).ordinal()} of every BMP character, worked out once: the JDK finds a script by a
     * binary search over some two thousand ranges, and a sample in a non-Latin script asks it of each letter.
     */
    private static final byte[] BMP_SCRIPTS = bmpScripts();

    /** {@code UnicodeScript.of(cp).ordinal()}, from {@link #BMP_SCRIPTS} where it holds the answer. */
    static int script(int cp) {
        return cp >= 0 && cp < BMP_SCRIPTS.length ? BMP_SCRIPTS[cp] & 0xFF : UnicodeScript.of(cp).ordinal();
    }

    private static byte[] bmpScripts() {
        if (SCRIPTS.length > 256) return new byte[0]; // cannot be held in a byte: every letter asks the JDK
        byte[] out = new byte[0x10000];
        for (int c = 0; c < out.length; c++) out[c] = (byte) UnicodeScript.of(c).ordinal();
        return out;
    }

    private static UnicodeScript dominant(int[] letters) {
        int best = 0;
        for (int i = 1; i < letters.length; i++) {
            if (letters[i] > letters[best]) best = i;
        }
        return SCRIPTS[best];
    }

    /** Whether enough of the sample's words are common English words (see {@link LanguageVocabulary#ENGLISH_WORDS}). */
    static boolean readsEnglish(String s) {
        int words = 0;
        int hits = 0;
        for (int i = 0; i < s.length(); ) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
            words++;
            // A handful of these words settles it: no need to read the rest.
            if (i - start <= 5 && isEnglishWord(s, start, i) && ++hits >= 10) {
                return true;
            }
        }
        return words < MIN_WORDS || hits * 50 >= words;
    }

    /** The common English words as {@link #asciiKey}s, sorted: looked up without a string per word. */
    private static final long[] ENGLISH_KEYS = LanguageVocabulary.ENGLISH_WORDS.stream()
            .mapToLong(w -> asciiKey(w, 0, w.length())).sorted().toArray();

    /** Whether {@code s[from, to)}, ASCII letters lower-cased, is one of {@link LanguageVocabulary#ENGLISH_WORDS}. */
    private static boolean isEnglishWord(String s, int from, int to) {
        long key = asciiKey(s, from, to);
        return key >= 0 && java.util.Arrays.binarySearch(ENGLISH_KEYS, key) >= 0;
    }

    /**
     * Up to nine ASCII characters, A-Z lower-cased, seven bits each in one long (letters are never 0, so no two
     * words share a key); -1 for a word with a non-ASCII character, which no English word of the list has.
     */
    static long asciiKey(String s, int from, int to) {
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return -1;
            key = key << 7 | (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        return key;
    }
}
