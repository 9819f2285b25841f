package io.wirestream.enrich.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The language of a text, by character n-gram profiles of 71 languages (optimaize language-detector, the
 * maintained port of Cybozu's langdetect). The profiles load once per JVM, on first use; detection is
 * thread-safe.
 */
final class TextLanguage {

    /** Enough text for a reliable guess on news prose; more only costs time. */
    private static final int SAMPLE_CHARS = 400;
    /** Shorter texts (a caption, a title) give unreliable guesses: no language is better than a wrong one. */
    private static final int MIN_CHARS = 80;

    private static final long SEED = 20_241_119L;
    private static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

    private TextLanguage() {
    }

    /** A guess and how sure the detector is of it, from 0 to 1. */
    record Guess(String language, double probability) {
    }

    /** The most likely language of {@code text}, or null when the text is too short to tell. */
    static Guess detect(String text) {
        if (text == null || text.length() < MIN_CHARS) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<DetectedLanguage> found = Detector.INSTANCE.getProbabilities(TEXTS.forText(sample));
        if (found.isEmpty()) {
            return null;
        }
        DetectedLanguage best = found.get(0);
        return new Guess(best.getLocale().getLanguage(), best.getProbability());
    }

    /** Loaded on first use: a JVM that never detects a language never pays for the profiles. */
    private static final class Detector {
        static final LanguageDetector INSTANCE = load();

        private static LanguageDetector load() {
            try {
                // The detector samples n-grams at random: a fixed seed gives a page the same language on
                // every run, as a replay of news.raw.v1 must. (Its faster "short text" scoring is no
                // substitute: it names Afrikaans or Somali for plain English paragraphs.)
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .seed(SEED)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language profiles of language-detector", e);
            }
        }
    }
}
