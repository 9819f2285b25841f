package io.wirestream.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server on a free port that serves exact paths and counts the requests for each. */
public final class TestHttpServer implements AutoCloseable {

    private final HttpServer server;
    // Handlers that stall sleep on these threads; shutdownNow() wakes them when the test ends.
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public TestHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try (exchange) {
                routes.getOrDefault(path, respond(404, "text/plain", "no such page")).handle(exchange);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code path} with {@code handler}, replacing what it served before. */
    public TestHttpServer route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** How many requests {@code path} has had. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    public static HttpHandler html(String html) {
        return respond(200, "text/html; charset=UTF-8", html);
    }

    public static HttpHandler respond(int status, String contentType, String body) {
        return respond(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpHandler respond(int status, String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            send(exchange, status, body);
        };
    }

    public static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
