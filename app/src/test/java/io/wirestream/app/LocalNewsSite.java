package io.wirestream.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A news site on a local port: an RSS feed whose items link to HTML article pages, one of them the seed
 * article of the evaluation kit. Tests never fetch from the internet.
 */
final class LocalNewsSite implements AutoCloseable {

    static final String SEED_PATH = "/world/nato-eyes-preemptive-strikes";

    private final HttpServer server;
    private final Map<String, String> pages = new LinkedHashMap<>();

    LocalNewsSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.put(SEED_PATH, seedPage());
        pages.put("/business/port-strike-ends", page("Port strike ends after pay deal",
                "Dock workers in Rotterdam returned to work on Monday after a week-long strike over pay.",
                "\u201cThis agreement gives our members the security they asked for,\u201d said Maria Jansen, "
                        + "a spokeswoman for the FNV union.",
                "The port authority said traffic would be back to normal by the end of the week."));
        pages.put("/science/comet-visible", page("Comet visible to the naked eye this week",
                "A comet discovered last year will be visible without a telescope from Thursday, astronomers said.",
                "\u201cLook low in the western sky just after sunset,\u201d said Tom Becker of the Royal "
                        + "Observatory. \u201cBinoculars help, but you will not need them.\u201d"));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.equals("/feed.xml") ? feed() : pages.get(path);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.equals("/feed.xml")
                    ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String feedUrl() {
        return base() + "/feed.xml";
    }

    int articleCount() {
        return pages.size();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        pages.forEach((path, html) -> items.append("<item><title>").append(path.substring(path.lastIndexOf('/') + 1))
                .append("</title><link>").append(base()).append(path).append("?utm_source=rss</link><guid>")
                .append(base()).append(path).append("</guid><pubDate>Tue, 19 Nov 2024 08:30:00 +0100</pubDate>")
                .append("</item>\n"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Local News</title>"
                + "<link>" + base() + "</link><description>Test feed</description>\n" + items + "</channel></rss>";
    }

    /** The seed article of the evaluation kit: its first line is the headline, the others its paragraphs. */
    private static String seedPage() {
        Path seed = Path.of(System.getProperty("wirestream.shared.dir", "../../shared"), "eval", "seed",
                "article.txt");
        try {
            List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
            return page(lines.get(0), lines.subList(1, lines.size()).toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("The seed article of the evaluation kit is missing: " + seed, e);
        }
    }

    private static String page(String title, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(escape(p)).append("</p>\n");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " | Local News</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>"
                + "<article><h1>" + escape(title) + "</h1>\n" + body + "</article>"
                + "<footer>\u00a9 Local News. All rights reserved. <a href=\"/privacy\">Privacy</a></footer>"
                + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
