package io.wirestream.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many news sites on this machine: one HTTP server on each of {@code hosts} loopback addresses
 * (127.0.1.1, 127.0.1.2, ...), each with feeds {@code /feeds/<n>.xml} of {@code items} items linking to
 * article pages of about 20 KB. A feed answers 304 to a request holding its ETag.
 */
final class LocalPublishers implements AutoCloseable {

    static final String ETAG = "\"bench-v1\"";
    private static final String FILLER = ("<p>The council met on Tuesday to discuss the harbour budget, the new tram "
            + "line and the schools. Residents spoke for and against the plans, and the mayor said a decision "
            + "would follow next month after the consultation closes.</p>\n").repeat(80);

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor;
    private final int items;
    final AtomicLong notModified = new AtomicLong();
    final AtomicLong feedsServed = new AtomicLong();
    final AtomicLong pagesServed = new AtomicLong();

    LocalPublishers(int hosts, int items, int threads) {
        this.items = items;
        this.executor = Executors.newFixedThreadPool(threads);
        for (int h = 1; h <= hosts; h++) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.1." + h), 0), 1024);
                server.createContext("/", this::handle);
                server.setExecutor(executor);
                server.start();
                servers.add(server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The URL of feed {@code n}, spread over the hosts. */
    String feedUrl(int n) {
        HttpServer server = servers.get(n % servers.size());
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/feeds/" + n + ".xml";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/feeds/")) {
                if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                feedsServed.incrementAndGet();
                exchange.getResponseHeaders().set("ETag", ETAG);
                send(exchange, "application/rss+xml; charset=utf-8", feed(path.substring(7, path.length() - 4)));
            } else if (path.startsWith("/articles/")) {
                pagesServed.incrementAndGet();
                send(exchange, "text/html; charset=utf-8", page(path));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private String feed(String n) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Bench feed " + n + "</title><link>http://bench.example/</link><description>d</description>\n");
        for (int i = 0; i < items; i++) {
            rss.append("<item><title>Story ").append(n).append('-').append(i).append("</title><link>/articles/")
                    .append(n).append('-').append(i).append(".html</link><guid isPermaLink=\"false\">").append(n)
                    .append('-').append(i).append("</guid><pubDate>Tue, 10 Jun 2025 14:30:00 +0200</pubDate>"
                            + "<description>A story of the bench.</description></item>\n");
        }
        return rss.append("</channel></rss>\n").toString();
    }

    private static String page(String path) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + path + "</title>"
                + "<link rel=\"canonical\" href=\"" + path + "\"></head><body><article><h1>" + path + "</h1>\n"
                + FILLER + "</article></body></html>";
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.shutdownNow();
    }
}
