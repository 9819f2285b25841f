package io.wirestream.sink.api;

import io.wirestream.core.ops.JsonEndpoint;
import io.wirestream.core.ops.JsonRequest;
import io.wirestream.core.record.EntityType;
import io.wirestream.sink.postgres.ContractNames;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code GET /api/entities?type=&since=&until=&limit=}: the entities named most in the articles of a period
 * (all time when none is given), ranked by mentions, {@code {"entities": [...]}}.
 */
final class EntitiesEndpoint implements JsonEndpoint {

    private static final Set<String> PARAMS = Set.of("type", "since", "until", "limit");
    private static final String SELECT = """
            SELECT e.id, e.name, e.type, sum(ae.mention_count) AS mentions, count(*) AS articles
            FROM article_entities ae JOIN entities e ON e.id = ae.entity_id JOIN articles a ON a.id = ae.article_id""";
    private static final String GROUP = "GROUP BY e.id, e.name, e.type ORDER BY mentions DESC, articles DESC, e.id "
            + "LIMIT ?";

    private final Queries queries;
    private final Clock clock;

    EntitiesEndpoint(DataSource dataSource, Clock clock) {
        this.queries = new Queries(dataSource);
        this.clock = clock;
    }

    /**
     * An entity with how much the period's articles name it.
     *
     * @param id       the entity id
     * @param name     its canonical name
     * @param type     its type, as in the record contract
     * @param mentions its mentions in the period's articles
     * @param articles the period's articles that name it
     */
    record EntityCount(String id, String name, String type, long mentions, long articles) {
    }

    @Override
    public Object handle(JsonRequest request) throws SQLException {
        if (!request.subPath().isEmpty()) {
            return null;
        }
        ApiParams.allowOnly(request, PARAMS);
        Period period = Period.from(request, clock);
        SqlFilter filter = new SqlFilter();
        request.param("type").map(EntitiesEndpoint::type).ifPresent(type -> filter.and("e.type = ?", type));
        period.restrict(filter, "a.listed_at");
        return Map.of("entities", queries.list(SELECT, filter, GROUP, ApiParams.limit(request), row ->
                new EntityCount(row.getString("id"), row.getString("name"), row.getString("type"),
                        row.getLong("mentions"), row.getLong("articles"))));
    }

    private static String type(String value) {
        for (EntityType type : EntityType.values()) {
            if (ContractNames.of(type).equals(value.strip())) {
                return ContractNames.of(type);
            }
        }
        throw new IllegalArgumentException("type must be one of " + Arrays.stream(EntityType.values())
                .map(ContractNames::of).toList() + ", not '" + value + "'");
    }
}
