package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every mention of the entities of a text in text order, and the spans of its direct quotations, which
 * {@link Coreference} needs to tell what a pronoun or nominal refers to.
 */
public final class EntityMentions {

    /** A mention and its entity. */
    public record Mentioned(Span span, NamedEntity entity) {
    }

    private final List<Mentioned> mentions;
    private final List<Span> quotations;

    /**
     * @param entities   the entities of the text
     * @param quotations the spans of its direct quotations
     */
    public EntityMentions(List<NamedEntity> entities, List<Span> quotations) {
        List<Mentioned> list = new ArrayList<>();
        for (NamedEntity entity : entities) {
            for (Span span : entity.mentions()) {
                list.add(new Mentioned(span, entity));
            }
        }
        list.sort(Comparator.comparingInt(m -> m.span().start()));
        this.mentions = List.copyOf(list);
        this.quotations = List.copyOf(quotations);
    }

    /** All mentions, in text order. */
    public List<Mentioned> all() {
        return mentions;
    }

    /** Whether {@code span} lies inside a direct quotation. */
    public boolean quoted(Span span) {
        for (Span q : quotations) {
            if (q.start() <= span.start() && span.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }
}
