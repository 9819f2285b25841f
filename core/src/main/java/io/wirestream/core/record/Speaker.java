package io.wirestream.core.record;

/**
 * Who said a quote.
 *
 * @param name     the speaker's canonical name
 * @param entityId the id of the speaker's entity in the same article, or null
 */
public record Speaker(String name, String entityId) {
}
