package io.wirestream.enrich.nlp;

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
}
