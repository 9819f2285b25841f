package io.wirestream.sink.api;

import io.wirestream.core.ops.JsonEndpoint;
import io.wirestream.core.ops.OpsHttpServer;
import io.wirestream.core.ops.ServiceUnavailableException;
import io.wirestream.sink.postgres.SqlErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The query API over the PostgreSQL store: {@code /api/articles}, {@code /api/articles/{id}},
 * {@code /api/quotes}, {@code /api/entities} and {@code /api/speakers}, described by the OpenAPI document
 * served at {@value #OPENAPI_PATH} (the build copies {@code docs/openapi.yaml}). Every query is parameterised,
 * every parameter validated (a bad one gets a 400 with a message) and every list capped.
 */
public final class QueryApi {

    /** Where the OpenAPI description is served. */
    public static final String OPENAPI_PATH = "/api/openapi.yaml";
    private static final String OPENAPI_RESOURCE = "openapi.yaml";

    private QueryApi() {
    }

    /** Adds the API's endpoints over {@code dataSource} to {@code http}. */
    public static OpsHttpServer.Builder serve(OpsHttpServer.Builder http, DataSource dataSource, Clock clock) {
        return http.endpoint("/api/articles", unavailableWhenDown(new ArticlesEndpoint(dataSource, clock)))
                .endpoint("/api/quotes",
                        unavailableWhenDown(new ListEndpoint<>(QuotesEndpoint.SPEC, dataSource, clock)))
                .endpoint("/api/entities",
                        unavailableWhenDown(new ListEndpoint<>(EntitiesEndpoint.SPEC, dataSource, clock)))
                .endpoint("/api/speakers",
                        unavailableWhenDown(new ListEndpoint<>(SpeakersEndpoint.SPEC, dataSource, clock)))
                .document(OPENAPI_PATH, "application/yaml; charset=utf-8", openApi());
    }

    /**
     * A database that cannot answer is a 503 for the client to retry, not a 500 for it to report. The
     * database's own message, which names hosts and ports, goes to the log only.
     */
    private static JsonEndpoint unavailableWhenDown(JsonEndpoint endpoint) {
        return request -> {
            try {
                return endpoint.handle(request);
            } catch (SQLException e) {
                if (SqlErrors.isUnavailable(e)) {
                    throw new ServiceUnavailableException("The database is unavailable; retry later",
                            SqlErrors.summary(e), e);
                }
                throw e;
            }
        };
    }

    /** The OpenAPI description of the API, as served. */
    public static byte[] openApi() {
        try (InputStream in = QueryApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the sink's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
