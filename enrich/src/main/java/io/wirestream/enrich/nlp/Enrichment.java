package io.wirestream.enrich.nlp;

import io.wirestream.core.record.Entity;
import io.wirestream.core.record.Quote;
import java.util.List;

/**
 * The entities and quotes of one text.
 *
 * @param entities one per real-world thing, in the order of first mention
 * @param quotes   in text order
 */
public record Enrichment(List<Entity> entities, List<Quote> quotes) {

    /** No entities and no quotes. */
    public static final Enrichment NONE = new Enrichment(List.of(), List.of());

    public Enrichment {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}
