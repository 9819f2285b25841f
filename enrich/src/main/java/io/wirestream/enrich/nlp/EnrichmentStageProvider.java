package io.wirestream.enrich.nlp;

import java.util.Set;

/**
 * A named set of enrichment stage implementations, found with {@link java.util.ServiceLoader} (list the
 * class in {@code META-INF/services/io.wirestream.enrich.nlp.EnrichmentStageProvider}) and chosen by name
 * per stage in the configuration ({@code enrich.stages.entity-recognizer=rules}). A module that brings a
 * stronger entity recognizer offers only that stage; the others keep their own choice.
 *
 * <p>Each factory method is called once per {@link TextEnricher}; the stages it returns must be
 * thread-safe. A method of a stage the provider does not offer is never called.
 */
public interface EnrichmentStageProvider {

    /** The name the configuration chooses this provider by, e.g. {@code rules}. */
    String name();

    /** The stages this provider implements. */
    Set<EnrichmentStage> stages();

    default Tokenizer tokenizer(LanguageData lang) {
        throw new UnsupportedOperationException(name() + " offers no tokenizer");
    }

    default SentenceSplitter sentenceSplitter(LanguageData lang, Tokenizer tokenizer) {
        throw new UnsupportedOperationException(name() + " offers no sentence splitter");
    }

    default EntityRecognizer entityRecognizer(LanguageData lang) {
        throw new UnsupportedOperationException(name() + " offers no entity recognizer");
    }

    default Coreference coreference(LanguageData lang) {
        throw new UnsupportedOperationException(name() + " offers no coreference");
    }

    default QuoteFinder quoteFinder(LanguageData lang) {
        throw new UnsupportedOperationException(name() + " offers no quote finder");
    }

    default SpeakerAttributor speakerAttributor(LanguageData lang, Coreference coreference) {
        throw new UnsupportedOperationException(name() + " offers no speaker attributor");
    }
}
