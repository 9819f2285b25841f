package io.wirestream.enrich.nlp;

import java.util.List;
import java.util.Set;

/** A stage provider for tests, found through its service file: a quote finder named "silent" that finds none. */
public final class SilentQuoteStages implements EnrichmentStageProvider {

    @Override
    public String name() {
        return "silent";
    }

    @Override
    public Set<EnrichmentStage> stages() {
        return Set.of(EnrichmentStage.QUOTE_FINDER);
    }

    @Override
    public QuoteFinder quoteFinder(LanguageData lang) {
        return (doc, entities) -> List.of();
    }
}
