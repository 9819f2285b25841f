package io.wirestream.sink.api;

import java.util.Set;

/**
 * {@code GET /api/speakers?since=&until=&limit=}: who is quoted most in a period (all time when none is
 * given), {@code {"speakers": [...]}}. A speaker is counted by entity id when the enricher linked one, else
 * by name in any case; the name shown is the entity's, else the spelling used most.
 */
final class SpeakersEndpoint {

    static final ListEndpoint.Spec<SpeakerCount> SPEC = new ListEndpoint.Spec<>("speakers", Set.of(), """
            SELECT coalesce(q.speaker_entity_id, lower(q.speaker_name)) AS speaker, max(q.speaker_entity_id) AS id,
                   coalesce(max(e.name), mode() WITHIN GROUP (ORDER BY q.speaker_name)) AS name, count(*) AS quotes,
                   count(DISTINCT q.article_id) AS articles
            FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id""",
            "GROUP BY 1 ORDER BY quotes DESC, articles DESC, 1 LIMIT ?", "q.published_at",
            (request, filter) -> filter.and("(q.speaker_entity_id IS NOT NULL OR q.speaker_name IS NOT NULL)"),
            row -> new SpeakerCount(row.getString("name"), row.getString("id"), row.getLong("quotes"),
                    row.getLong("articles")));

    private SpeakersEndpoint() {
    }

    /**
     * Someone quoted, with how often.
     *
     * @param name     the speaker's name
     * @param entityId the speaker's entity id, or null when the enricher linked none
     * @param quotes   quotes of the period attributed to the speaker
     * @param articles articles of the period that quote the speaker
     */
    record SpeakerCount(String name, String entityId, long quotes, long articles) {
    }
}
