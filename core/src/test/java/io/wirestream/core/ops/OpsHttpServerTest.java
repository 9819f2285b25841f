package io.wirestream.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsHttpServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private OpsHttpServer server;

    @BeforeEach
    void start() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.counter("wirestream.test.things").increment(3);
        server = OpsHttpServer.builder(0)
                .metrics(registry)
                .health("kafka", () -> Health.up("RUNNING"))
                .health("database", () -> databaseUp.get() ? Health.up("ok") : Health.down("connection refused"))
                .endpoint("/api/down", request -> {
                    throw new ServiceUnavailableException("the database is restarting", "db.internal:5432 refused",
                            null);
                })
                .endpoint("/api/things", request -> request.subPath().equals("missing") ? null
                        : Map.of("limit", request.intParam("limit", 20, 1, 100), "sub", request.subPath(),
                        "params", new TreeSet<>(request.paramNames())))
                .document("/api/things.yaml", "application/yaml", "openapi: 3.1.0\n".getBytes(StandardCharsets.UTF_8))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthIsUpOnlyWhileEveryCheckIsUp() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);

        databaseUp.set(false);
        HttpResponse<String> down = get("/health");

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("connection refused");
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("wirestream_test_things_total 3.0");
    }

    @Test
    void endpointsAnswerJsonAndRejectBadInputWithA400() throws Exception {
        assertThat(get("/api/things?limit=5").body()).contains("\"limit\":5");
        assertThat(get("/api/things/abc").body()).contains("\"sub\":\"abc\"");

        HttpResponse<String> bad = get("/api/things?limit=500");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("limit must be between 1 and 100");

        assertThat(get("/api/things/missing").statusCode()).isEqualTo(404);
    }

    @Test
    void anEndpointWhoseDependencyIsDownAnswers503WithWhenToRetry() throws Exception {
        HttpResponse<String> down = get("/api/down");

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).contains("5");
        assertThat(down.body()).contains("the database is restarting").doesNotContain("db.internal");
    }

    @Test
    void endpointsSeeTheNamesOfTheParametersGiven() throws Exception {
        assertThat(get("/api/things?limit=5&limt=6&q=").body()).contains("\"params\":[\"limit\",\"limt\",\"q\"]");
    }

    @Test
    void documentsAreServedAsTheyAreAtTheirExactPath() throws Exception {
        HttpResponse<String> response = get("/api/things.yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/yaml");
        assertThat(response.body()).isEqualTo("openapi: 3.1.0\n");
        assertThat(get("/api/things.yaml/more").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyGetIsAllowed() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/health"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
