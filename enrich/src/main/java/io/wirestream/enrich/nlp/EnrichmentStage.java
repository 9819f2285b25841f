package io.wirestream.enrich.nlp;

/** The replaceable stages of {@link TextEnricher}, each with the name of its configuration key. */
public enum EnrichmentStage {
    TOKENIZER("tokenizer"),
    SENTENCE_SPLITTER("sentence-splitter"),
    ENTITY_RECOGNIZER("entity-recognizer"),
    COREFERENCE("coreference"),
    QUOTE_FINDER("quote-finder"),
    SPEAKER_ATTRIBUTOR("speaker-attributor");

    private final String key;

    EnrichmentStage(String key) {
        this.key = key;
    }

    /** The stage's name in configuration keys: {@code enrich.stages.<key>}. */
    public String key() {
        return key;
    }
}
