package io.wirestream.enrich.nlp.opennlp;

import io.wirestream.enrich.nlp.EnrichmentStage;
import io.wirestream.enrich.nlp.EnrichmentStageProvider;
import io.wirestream.enrich.nlp.LanguageData;
import io.wirestream.enrich.nlp.SentenceSplitter;
import io.wirestream.enrich.nlp.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Stages named {@code opennlp}: a sentence splitter on Apache OpenNLP's English UD sentence model
 * ({@code org.apache.opennlp:opennlp-models-sentdetect-en}, on the class path, nothing downloaded).
 */
public final class OpenNlpStages implements EnrichmentStageProvider {

    private static final String ENGLISH_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    @Override
    public String name() {
        return "opennlp";
    }

    @Override
    public Set<EnrichmentStage> stages() {
        return Set.of(EnrichmentStage.SENTENCE_SPLITTER);
    }

    @Override
    public SentenceSplitter sentenceSplitter(LanguageData lang, Tokenizer tokenizer) {
        if (!lang.language().equals("en")) {
            throw new IllegalArgumentException("OpenNLP has no sentence model here for " + lang.language());
        }
        try (InputStream in = OpenNlpStages.class.getResourceAsStream(ENGLISH_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + ENGLISH_MODEL + " is not on the class path");
            }
            return new OpenNlpSentenceSplitter(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP sentence model " + ENGLISH_MODEL, e);
        }
    }
}
