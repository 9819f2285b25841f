package io.wirestream.enrich;

import io.wirestream.core.config.ConfigField;
import io.wirestream.core.config.ConfigGroup;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.enrich.nlp.EnrichmentStage;
import io.wirestream.enrich.nlp.EnrichmentStages;
import io.wirestream.enrich.nlp.LanguageData;
import io.wirestream.enrich.nlp.RuleStages;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The configuration keys of the enrich service. Kafka and the data folder are in {@code CoreConfig}. */
public final class EnrichConfig {

    public static final ConfigField<String> APPLICATION_ID = ConfigField.string("enrich.application.id")
            .withDefault("wirestream-enrich")
            .withValidator(v -> v.matches("[A-Za-z0-9._-]+"), "letters, digits, '.', '_' and '-' only")
            .withDoc("Kafka Streams application id: the consumer group, the transactional id prefix and the "
                    + "prefix of internal topics. Change it to reprocess news.raw.v1 from the start as a new app.");

    public static final ConfigField<Integer> THREADS = ConfigField.integer("enrich.threads")
            .withDefault("1").atLeast(1)
            .withDoc("Stream threads of the enrich service. Raise it (up to the partitions of news.raw.v1) when "
                    + "enrichment lags behind ingestion and cores are free.");

    public static final ConfigField<Long> MAX_HTML_BYTES = ConfigField.bytes("enrich.max.html.bytes")
            .withDefault("8MiB").atLeast(1)
            .withDoc("Largest page (UTF-8 bytes of its HTML) that is extracted. A bigger page is not parsed: it "
                    + "goes to news.dlq.v1 with the reason, which bounds the time and memory one page can cost.");

    public static final ConfigField<Integer> MAX_HTML_ELEMENTS = ConfigField.integer("enrich.max.html.elements")
            .withDefault("250000").atLeast(1)
            .withDoc("Most elements a page may have. Parsing stops at the next one and the page goes to news.dlq.v1 "
                    + "with the reason: it bounds the memory of one page (news pages have a few thousand).");

    public static final ConfigField<Integer> MAX_HTML_DEPTH = ConfigField.integer("enrich.max.html.depth")
            .withDefault("512").atLeast(16)
            .withDoc("Deepest nesting of elements the parser builds; deeper elements are attached at this depth, "
                    + "as browsers do, so hostile nesting cannot make the walks over a page deep or slow.");

    public static final ConfigField<Duration> MAX_EXTRACT_TIME = ConfigField.duration("enrich.max.extract.time")
            .withDefault("10s").positiveDuration()
            .withDoc("Longest the extraction of one page may take, checked while parsing and walking it (a news page "
                    + "takes milliseconds). A page over it goes to news.dlq.v1 with the reason.");

    public static final ConfigField<Long> MAX_RECORD_BYTES = ConfigField.bytes("enrich.max.record.bytes")
            .withDefault("976KiB").atLeast(1024)
            .withDoc("Largest record the service writes (an article as JSON, a dead letter). An article over it goes "
                    + "to news.dlq.v1 instead; a dead letter over it keeps its position but not the original value. "
                    + "Keep it under the broker's message.max.bytes and the producer's max.request.size (1 MiB by default).");

    public static final ConfigField<Duration> SHUTDOWN_TIMEOUT = ConfigField.duration("enrich.shutdown.timeout")
            .withDefault("30s").positiveDuration()
            .withDoc("How long closing the enrich service waits for its stream threads to commit and stop.");

    public static final ConfigField<String> LANGUAGE = ConfigField.string("enrich.language")
            .withDefault("en")
            .withValidator(LanguageData::isAvailable, "a language whose word lists are shipped (en)")
            .withDoc("Language of the word lists (quote marks, cue verbs, titles, stop words) the enrichment "
                    + "stages use: the ISO 639-1 code of a folder under io/wirestream/enrich/nlp/. An article in "
                    + "another language keeps its body and metadata but gets no entities or quotes.");

    public static final ConfigField<String> TOKENIZER = stage(EnrichmentStage.TOKENIZER);
    public static final ConfigField<String> SENTENCE_SPLITTER = stage(EnrichmentStage.SENTENCE_SPLITTER);
    public static final ConfigField<String> ENTITY_RECOGNIZER = stage(EnrichmentStage.ENTITY_RECOGNIZER);
    public static final ConfigField<String> COREFERENCE = stage(EnrichmentStage.COREFERENCE);
    public static final ConfigField<String> QUOTE_FINDER = stage(EnrichmentStage.QUOTE_FINDER);
    public static final ConfigField<String> SPEAKER_ATTRIBUTOR = stage(EnrichmentStage.SPEAKER_ATTRIBUTOR);

    private static final Map<EnrichmentStage, ConfigField<String>> STAGES = Map.of(
            EnrichmentStage.TOKENIZER, TOKENIZER, EnrichmentStage.SENTENCE_SPLITTER, SENTENCE_SPLITTER,
            EnrichmentStage.ENTITY_RECOGNIZER, ENTITY_RECOGNIZER, EnrichmentStage.COREFERENCE, COREFERENCE,
            EnrichmentStage.QUOTE_FINDER, QUOTE_FINDER, EnrichmentStage.SPEAKER_ATTRIBUTOR, SPEAKER_ATTRIBUTOR);

    public static final ConfigGroup GROUP = new ConfigGroup("Enrich",
            "Keys of the enrich service, the Kafka Streams application that turns news.raw.v1 into "
                    + "news.articles.v1 and news.quotes.v1 (failures to news.dlq.v1). Its state lives in "
                    + "`<data.dir>/streams`.",
            List.of(APPLICATION_ID, THREADS, MAX_HTML_BYTES, MAX_HTML_ELEMENTS, MAX_HTML_DEPTH, MAX_EXTRACT_TIME,
                    MAX_RECORD_BYTES, SHUTDOWN_TIMEOUT, LANGUAGE, TOKENIZER, SENTENCE_SPLITTER, ENTITY_RECOGNIZER,
                    COREFERENCE, QUOTE_FINDER, SPEAKER_ATTRIBUTOR));

    private EnrichConfig() {
    }

    private static ConfigField<String> stage(EnrichmentStage stage) {
        return ConfigField.string("enrich.stages." + stage.key())
                .withDefault(RuleStages.NAME)
                .withValidator(name -> EnrichmentStages.namesFor(stage).contains(name),
                        "the name of an implementation of the " + stage.key() + " stage on the class path: one of "
                                + EnrichmentStages.namesFor(stage))
                .withDoc("Which implementation runs the " + stage.key().replace('-', ' ') + " stage: "
                        + "`rules` (built in, offline), `opennlp` (Apache OpenNLP's model; sentence splitter only), or "
                        + "the name of another EnrichmentStageProvider on the class path. "
                        + "Replacing one stage leaves the others and the topology as they are.");
    }

    /** The enrichment stages and language {@code config} chooses. */
    public static EnrichmentStages.Selection stages(WirestreamConfig config) {
        Map<EnrichmentStage, String> names = new EnumMap<>(EnrichmentStage.class);
        STAGES.forEach((stage, field) -> names.put(stage, config.get(field)));
        return new EnrichmentStages.Selection(config.get(LANGUAGE), names);
    }
}
