package io.wirestream.enrich.nlp;

import java.util.List;

/**
 * Finds the people, organizations, places and other names of a text, one {@link NamedEntity} per
 * real-world thing with all its mentions. Implementations are thread-safe.
 */
@FunctionalInterface
public interface EntityRecognizer {

    /** The entities of {@code doc}, in the order of their first mention. */
    List<NamedEntity> recognize(TextDocument doc);
}
