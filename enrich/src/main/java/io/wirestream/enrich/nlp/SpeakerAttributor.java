package io.wirestream.enrich.nlp;

import io.wirestream.core.record.Speaker;
import java.util.List;

/**
 * Resolves the speaker references of quotes to the entities of the text: names to their entity, pronouns
 * and nominals to the entity they refer to. A reference it cannot resolve with confidence gives no
 * speaker: a wrong speaker is worse than none. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SpeakerAttributor {

    /** One speaker, or null, per quote of {@code quotes} (in text order). */
    List<Speaker> attribute(TextDocument doc, List<NamedEntity> entities, List<QuoteCandidate> quotes);
}
