package io.wirestream.sink.api;

import io.wirestream.core.record.EntityType;
import io.wirestream.sink.postgres.ContractNames;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code GET /api/entities?type=&since=&until=&limit=}: the entities named most in the articles of a period
 * (all time when none is given), ranked by mentions, {@code {"entities": [...]}}.
 */
final class EntitiesEndpoint {

    static final ListEndpoint.Spec<EntityCount> SPEC = new ListEndpoint.Spec<>("entities", Set.of("type"), """
            SELECT e.id, e.name, e.type, sum(ae.mention_count) AS mentions, count(*) AS articles
            FROM article_entities ae JOIN entities e ON e.id = ae.entity_id JOIN articles a ON a.id = ae.article_id""",
            "GROUP BY e.id, e.name, e.type ORDER BY mentions DESC, articles DESC, e.id LIMIT ?", "a.listed_at",
            (request, filter) -> request.param("type").map(EntitiesEndpoint::type)
                    .ifPresent(type -> filter.and("e.type = ?", type)),
            row -> new EntityCount(row.getString("id"), row.getString("name"), row.getString("type"),
                    row.getLong("mentions"), row.getLong("articles")));

    private EntitiesEndpoint() {
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
