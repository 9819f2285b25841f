package io.wirestream.core.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirestream.core.serde.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoints of a service: {@code GET /health} (200 when every check is up, else 503),
 * {@code GET /metrics} (Prometheus text format) and the JSON endpoints a service adds.
 */
public final class OpsHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsHttpServer.class);
    private static final String JSON = "application/json; charset=utf-8";
    /** When a client may try again after a 503: about when a restarted database takes connections again. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** A builder for a server on {@code port} of every interface (0 for any free port). */
    public static Builder builder(int port) {
        return new Builder(port);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Collects health checks and endpoints, then starts the server. */
    public static final class Builder {

        private final int port;
        private final Map<String, HealthCheck> checks = new LinkedHashMap<>();
        private final Map<String, JsonEndpoint> endpoints = new LinkedHashMap<>();
        private final Map<String, Document> documents = new LinkedHashMap<>();
        private PrometheusMeterRegistry registry;

        private Builder(int port) {
            this.port = port;
        }

        /** Serves {@code registry} at {@code /metrics}. */
        public Builder metrics(PrometheusMeterRegistry meterRegistry) {
            this.registry = meterRegistry;
            return this;
        }

        /** Adds a check reported under {@code name} at {@code /health}. */
        public Builder health(String name, HealthCheck check) {
            checks.put(name, check);
            return this;
        }

        /** Serves {@code endpoint} at {@code path} and below it. */
        public Builder endpoint(String path, JsonEndpoint endpoint) {
            endpoints.put(path, endpoint);
            return this;
        }

        /** Serves {@code content} as is at exactly {@code path}, e.g. an API description. */
        public Builder document(String path, String contentType, byte[] content) {
            documents.put(path, new Document(contentType, content.clone()));
            return this;
        }

        /** Starts serving. */
        public OpsHttpServer start() {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(port), 64);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot listen on HTTP port " + port
                        + " (set http.port, or WIRESTREAM_HTTP_PORT, to a free one): " + e.getMessage(), e);
            }
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "ops-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            Map<String, HealthCheck> healthChecks = Map.copyOf(checks);
            server.createContext("/health", exchange -> serve(exchange, "/health", request -> health(healthChecks)));
            if (registry != null) {
                PrometheusMeterRegistry scraped = registry;
                server.createContext("/metrics", exchange -> {
                    if (allowGet(exchange)) {
                        write(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                                scraped.scrape().getBytes(StandardCharsets.UTF_8));
                    }
                });
            }
            endpoints.forEach((path, endpoint) ->
                    server.createContext(path, exchange -> serve(exchange, path, endpoint)));
            documents.forEach((path, document) -> server.createContext(path, exchange -> {
                if (!allowGet(exchange)) {
                    return;
                }
                if (exchange.getRequestURI().getPath().equals(path)) {
                    write(exchange, 200, document.contentType(), document.content());
                } else {
                    write(exchange, 404, JSON, "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
                }
            }));
            server.start();
            log.info("HTTP endpoints on port {}: /health, /metrics{}{}", server.getAddress().getPort(),
                    endpoints.isEmpty() ? "" : ", " + String.join(", ", endpoints.keySet()),
                    documents.isEmpty() ? "" : ", " + String.join(", ", documents.keySet()));
            return new OpsHttpServer(server, executor);
        }

        private static Object health(Map<String, HealthCheck> checks) {
            Map<String, Health> results = new LinkedHashMap<>();
            checks.forEach((name, check) -> results.put(name, check.check()));
            boolean up = results.values().stream().allMatch(Health::up);
            return new HealthReport(up ? "UP" : "DOWN", results);
        }
    }

    /** A fixed response body and its type. */
    private record Document(String contentType, byte[] content) {
    }

    /** The body of {@code GET /health}. */
    record HealthReport(String status, Map<String, Health> checks) {
    }

    private static void serve(HttpExchange exchange, String contextPath, JsonEndpoint endpoint) throws IOException {
        if (!allowGet(exchange)) {
            return;
        }
        ObjectMapper mapper = Json.mapper();
        try {
            Object body = endpoint.handle(JsonRequest.of(contextPath, exchange.getRequestURI()));
            if (body == null) {
                write(exchange, 404, JSON, mapper.writeValueAsBytes(Map.of("error", "not found")));
            } else {
                int status = body instanceof HealthReport report && !"UP".equals(report.status()) ? 503 : 200;
                write(exchange, status, JSON, mapper.writeValueAsBytes(body));
            }
        } catch (IllegalArgumentException e) {
            write(exchange, 400, JSON, mapper.writeValueAsBytes(Map.of("error", String.valueOf(e.getMessage()))));
        } catch (ServiceUnavailableException e) {
            log.warn("GET {} cannot be answered now: {}", exchange.getRequestURI(), e.detail());
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            write(exchange, 503, JSON, mapper.writeValueAsBytes(Map.of("error", String.valueOf(e.getMessage()))));
        } catch (Exception e) {
            log.error("GET {} failed", exchange.getRequestURI(), e);
            write(exchange, 500, JSON, mapper.writeValueAsBytes(Map.of("error", "internal error: "
                    + e.getClass().getSimpleName())));
        }
    }

    private static boolean allowGet(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod())) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        write(exchange, 405, JSON, "{\"error\":\"method not allowed\"}".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    private static void write(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
