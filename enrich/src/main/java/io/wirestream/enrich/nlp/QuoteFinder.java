package io.wirestream.enrich.nlp;

import java.util.List;

/**
 * Finds what was said in a text: quotations and reported speech, each with its cue and the words that
 * name its speaker. Implementations are thread-safe.
 */
@FunctionalInterface
public interface QuoteFinder {

    /**
     * The quotes of {@code doc} in text order, none overlapping another.
     *
     * @param entities the entities of {@code doc}, whose mentions mark where names are
     */
    List<QuoteCandidate> find(TextDocument doc, List<NamedEntity> entities);
}
