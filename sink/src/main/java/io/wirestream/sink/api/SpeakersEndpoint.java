package io.wirestream.sink.api;

import io.wirestream.core.ops.JsonEndpoint;
import io.wirestream.core.ops.JsonRequest;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code GET /api/speakers?since=&until=&limit=}: who is quoted most in a period (all time when none is
 * given), {@code {"speakers": [...]}}. A speaker is counted by entity id when the enricher linked one, else
 * by name in any case; the name shown is the entity's, else the spelling used most.
 */
final class SpeakersEndpoint implements JsonEndpoint {

    private static final Set<String> PARAMS = Set.of("since", "until", "limit");
    private static final String SELECT = """
            SELECT coalesce(q.speaker_entity_id, lower(q.speaker_name)) AS speaker, max(q.speaker_entity_id) AS id,
                   coalesce(max(e.name), mode() WITHIN GROUP (ORDER BY q.speaker_name)) AS name, count(*) AS quotes,
                   count(DISTINCT q.article_id) AS articles
            FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id""";
    private static final String GROUP = "GROUP BY 1 ORDER BY quotes DESC, articles DESC, 1 LIMIT ?";

    private final Queries queries;
    private final Clock clock;

    SpeakersEndpoint(DataSource dataSource, Clock clock) {
        this.queries = new Queries(dataSource);
        this.clock = clock;
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

    @Override
    public Object handle(JsonRequest request) throws SQLException {
        if (!request.subPath().isEmpty()) {
            return null;
        }
        ApiParams.allowOnly(request, PARAMS);
        Period period = Period.from(request, clock);
        SqlFilter filter = new SqlFilter().and("(q.speaker_entity_id IS NOT NULL OR q.speaker_name IS NOT NULL)");
        period.restrict(filter, "q.published_at");
        return Map.of("speakers", queries.list(SELECT, filter, GROUP, ApiParams.limit(request), row ->
                new SpeakerCount(row.getString("name"), row.getString("id"), row.getLong("quotes"),
                        row.getLong("articles"))));
    }
}
