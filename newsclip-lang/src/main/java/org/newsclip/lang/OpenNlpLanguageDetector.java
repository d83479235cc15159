package org.newsclip.lang;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.newsclip.LanguageDetector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A {@link LanguageDetector} on Apache OpenNLP's maxent language detector and its {@code langdetect-183} model
 * (character n-grams, 103 languages). Answers a BCP-47 primary subtag, and nothing for texts with fewer than
 * {@link #MIN_LETTERS} letters, where the best language's confidence is below the threshold, or where
 * it does not stand {@link #MIN_MARGIN} times above the runner-up.
 *
 * <p>Loading the model takes about a second and some 35 MB of heap, so share one instance: {@link #shared()} is
 * loaded once per class loader, on first use. An instance is thread-safe: the model is read-only, and each thread
 * gets its own {@link LanguageDetectorME}, which OpenNLP does not promise to be thread-safe.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
    /**
     * The model's confidence grows with the amount of text: a clean paragraph of 2000 characters scores about 1,
     * one of 300 characters (or 150 Chinese ones) 0.2 to 0.9. Right answers on short texts stand far above the
     * runner-up, so this low floor goes with {@link #MIN_MARGIN}.
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.2;
    /**
     * How many times the runner-up's confidence the best language must have: texts mixing two languages (an
     * English menu around a Hindi article, code in documentation) come out with two close candidates.
     */
    public static final double MIN_MARGIN = 5;
    /** Only the head of a longer text is read: more costs time and rarely changes the answer. */
    public static final int MAX_CHARS = 2000;
    /** Fewer letters than this are too few to tell a language by. */
    public static final int MIN_LETTERS = 20;
    private static final String MODEL = "/langdetect-183.bin";
    /** The maxent model's entry in the model package (OpenNLP's name for it). */
    private static final String MAXENT_ENTRY = "langdetect.model";
    /** Defers loading to the first text that needs it: see {@link #onDemand()}. */
    private static final LanguageDetector ON_DEMAND = text -> shared().detect(text);

    private final LanguageDetectorModel model;
    private final ThreadLocal<LanguageDetectorME> detectors;
    /** OpenNLP's scoring without its objects per n-gram; null where it does not apply to the model. */
    private final NGramScorer scorer;
    private final double minConfidence;

    private OpenNlpLanguageDetector(LanguageDetectorModel model, NGramScorer scorer, double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
        }
        this.model = model;
        this.scorer = scorer;
        this.minConfidence = minConfidence;
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** A new detector with its own copy of the bundled model. */
    public static OpenNlpLanguageDetector load() {
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException(MODEL + " is not on the classpath");
            LanguageDetectorModel model = readModel(in);
            return new OpenNlpLanguageDetector(model, NGramScorer.of(model), DEFAULT_MIN_CONFIDENCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
    }

    /**
     * The model package is a zip whose manifest names its factory class ({@code opennlp.tools.langdetect.
     * LanguageDetectorFactory}), which OpenNLP's own loader looks up by that name: a jar that relocates OpenNLP
     * (the Spark job's) would not find it. So the maxent model is read from the package directly and given the
     * factory as a class, under whatever name it has been relocated to.
     */
    static LanguageDetectorModel readModel(InputStream bin) throws IOException {
        ZipInputStream zip = new ZipInputStream(bin);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.getName().equals(MAXENT_ENTRY)) continue;
            MaxentModel maxent = new GenericModelReader(new BinaryFileDataReader(zip)).getModel();
            return new LanguageDetectorModel(maxent, Map.of(), new LanguageDetectorFactory());
        }
        throw new IOException("no " + MAXENT_ENTRY + " in " + MODEL);
    }

    /** The detector of this class loader, loaded on the first call. */
    public static OpenNlpLanguageDetector shared() {
        return Shared.INSTANCE;
    }

    /**
     * The {@link #shared()} detector behind a front that loads it only when a text first needs detecting: a run
     * over pages that all declare their language consistently never pays for the model. Always the same object.
     */
    public static LanguageDetector onDemand() {
        return ON_DEMAND;
    }

    /** A detector on the same model that answers only from the given confidence (0 to 1) up. */
    public OpenNlpLanguageDetector withMinConfidence(double confidence) {
        return new OpenNlpLanguageDetector(model, scorer, confidence);
    }

    public double minConfidence() {
        return minConfidence;
    }

    @Override
    public Optional<Guess> detect(String text) {
        if (text == null) return Optional.empty();
        String sample = head(text);
        if (!hasLetters(sample, MIN_LETTERS)) return Optional.empty();
        Language[] ranked = scorer == null ? null : scorer.rank(sample);
        if (ranked == null) ranked = detectors.get().predictLanguages(sample);
        // Some languages are in the model twice (Persian as fas and pes): their shares add up.
        Map<String, Double> byTag = new HashMap<>();
        for (Language l : ranked) {
            String tag = Iso639.toBcp47(l.getLang());
            if (tag != null) byTag.merge(tag, l.getConfidence(), Double::sum);
        }
        String best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : byTag.entrySet()) {
            double c = e.getValue();
            if (c > first) {
                second = first;
                first = c;
                best = e.getKey();
            } else if (c > second) {
                second = c;
            }
        }
        if (best == null || first < minConfidence || first < MIN_MARGIN * second) return Optional.empty();
        return Optional.of(new Guess(best, Math.min(1.0, first)));
    }

    private static String head(String text) {
        if (text.length() <= MAX_CHARS) return text;
        int end = Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    private static boolean hasLetters(String s, int min) {
        int n = 0;
        for (int i = 0; i < s.length() && n < min; ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) n++;
            i += Character.charCount(cp);
        }
        return n >= min;
    }

    @Override
    public String toString() {
        return "OpenNlpLanguageDetector[langdetect-183, minConfidence=" + minConfidence + "]";
    }

    /** Lazy holder: the model loads when {@link #shared()} is first called, not when the class is. */
    private static final class Shared {
        static final OpenNlpLanguageDetector INSTANCE = load();
    }
}
