package io.wirestream.enrich.nlp;

import java.util.Set;

/**
 * Resolves a reference that does not name its entity, a pronoun ({@code he}, {@code she}, {@code they})
 * or a nominal ({@code the admiral}, {@code the company}), to the entity of the text it refers to.
 * Implementations answer null when they are not sure: a wrong referent is worse than none. They are
 * thread-safe.
 */
@FunctionalInterface
public interface Coreference {

    /**
     * The entity {@code ref} refers to, or null.
     *
     * @param ref a {@link SpeakerRef.Kind#PRONOUN} or {@link SpeakerRef.Kind#NOMINAL} reference
     */
    NamedEntity resolve(TextDocument doc, EntityMentions mentions, SpeakerRef ref);

    /**
     * The entity {@code ref} refers to, which is none of {@code excluded} (by id: the person who asked the
     * question a quote answers), or null.
     */
    default NamedEntity resolve(TextDocument doc, EntityMentions mentions, SpeakerRef ref, Set<String> excluded) {
        NamedEntity entity = resolve(doc, mentions, ref);
        return entity != null && excluded.contains(entity.id()) ? null : entity;
    }
}
