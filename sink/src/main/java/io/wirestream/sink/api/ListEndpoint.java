package io.wirestream.sink.api;

import io.wirestream.core.ops.JsonEndpoint;
import io.wirestream.core.ops.JsonRequest;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * An endpoint that answers one parameterised query as {@code {"<name>": [...]}}: the parameters
 * {@code since}, {@code until} and {@code limit} of every list, plus its own filters.
 *
 * @param <T> what each row becomes
 */
final class ListEndpoint<T> implements JsonEndpoint {

    /** Adds the endpoint's own filters, from the request, to the query's. */
    @FunctionalInterface
    interface Filters {
        void add(JsonRequest request, SqlFilter filter);
    }

    /**
     * What the endpoint lists and how.
     *
     * @param name         the key of the list in the answer
     * @param params       the endpoint's own parameters, beside since, until and limit
     * @param select       the query up to its WHERE clause
     * @param rest         the query after its WHERE clause, ending in {@code LIMIT ?}
     * @param periodColumn the time that since and until restrict
     * @param filters      the endpoint's own filters
     * @param mapper       what each row becomes
     * @param <T>          what each row becomes
     */
    record Spec<T>(String name, Set<String> params, String select, String rest, String periodColumn,
                   Filters filters, Queries.RowMapper<T> mapper) {
    }

    private final Spec<T> spec;
    private final Set<String> params;
    private final Queries queries;
    private final Clock clock;

    ListEndpoint(Spec<T> spec, DataSource dataSource, Clock clock) {
        this.spec = spec;
        this.params = new HashSet<>(spec.params());
        this.params.addAll(List.of("since", "until", "limit"));
        this.queries = new Queries(dataSource);
        this.clock = clock;
    }

    @Override
    public Object handle(JsonRequest request) throws SQLException {
        if (!request.subPath().isEmpty()) {
            return null;
        }
        ApiParams.allowOnly(request, params);
        SqlFilter filter = new SqlFilter();
        spec.filters().add(request, filter);
        Period.from(request, clock).restrict(filter, spec.periodColumn());
        return Map.of(spec.name(), queries.list(spec.select(), filter, spec.rest(), ApiParams.limit(request),
                spec.mapper()));
    }
}
