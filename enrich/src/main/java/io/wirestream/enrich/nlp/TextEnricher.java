package io.wirestream.enrich.nlp;

import io.wirestream.core.record.Entity;
import io.wirestream.core.record.Quote;
import io.wirestream.core.record.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the entities and quotes of an article body, through replaceable stages: a {@link Tokenizer}, a
 * {@link SentenceSplitter}, an {@link EntityRecognizer}, a {@link QuoteFinder} and a
 * {@link SpeakerAttributor} (which resolves pronouns and nominals through a {@link Coreference}). A
 * stronger implementation of any one stage plugs in by name ({@link EnrichmentStages}) without touching
 * the topology. Instances are immutable and thread-safe.
 */
public final class TextEnricher {

    private final String language;
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final EntityRecognizer recognizer;
    private final QuoteFinder quoteFinder;
    private final SpeakerAttributor attributor;

    /**
     * @param language the ISO 639-1 code of the language the stages read (of their word lists)
     */
    public TextEnricher(String language, Tokenizer tokenizer, SentenceSplitter splitter,
                        EntityRecognizer recognizer, QuoteFinder quoteFinder, SpeakerAttributor attributor) {
        this.language = Objects.requireNonNull(language, "language");
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.quoteFinder = Objects.requireNonNull(quoteFinder, "quoteFinder");
        this.attributor = Objects.requireNonNull(attributor, "attributor");
    }

    /** The built-in rule-based English stages with the shipped word lists and gazetteers. */
    public static TextEnricher standard() {
        return EnrichmentStages.enricher(EnrichmentStages.Selection.rules("en"));
    }

    /** The ISO 639-1 code of the language the stages read. */
    public String language() {
        return language;
    }

    /**
     * Whether the stages can read an article in {@code articleLanguage}: their own language, or an unknown one
     * (null), which is most often a short text in the usual language.
     */
    public boolean reads(String articleLanguage) {
        return articleLanguage == null || articleLanguage.equals(language);
    }

    /** Tokenizes and splits {@code body}, the first step of {@link #enrich}. */
    public TextDocument analyze(String body) {
        return TextDocument.analyze(body, tokenizer, splitter);
    }

    /** The entities and quotes of {@code body}; their offsets index into it. */
    public Enrichment enrich(String body) {
        TextDocument doc = analyze(body == null ? "" : body);
        List<NamedEntity> named = recognizer.recognize(doc);
        List<QuoteCandidate> candidates = quoteFinder.find(doc, named);
        List<Speaker> speakers = attributor.attribute(doc, named, candidates);
        List<Quote> quotes = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            QuoteCandidate q = candidates.get(i);
            quotes.add(new Quote(doc.text().substring(q.start(), q.end()), q.start(), q.end(), q.kind(), q.cue(),
                    speakers.get(i)));
        }
        List<Entity> entities = new ArrayList<>(named.size());
        for (NamedEntity entity : named) {
            entities.add(entity.toEntity(doc.text()));
        }
        return new Enrichment(entities, quotes);
    }
}
