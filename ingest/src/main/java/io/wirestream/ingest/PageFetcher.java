package io.wirestream.ingest;

import io.wirestream.core.record.FetchInfo;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchRequest;
import io.wirestream.ingest.http.HtmlCharset;
import io.wirestream.ingest.http.HttpDocument;
import io.wirestream.ingest.http.HttpFetcher;
import io.wirestream.ingest.http.RobotsRules;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fetches article pages: every URL of the redirect chain allowed by its site's robots.txt, a response of
 * one of the wanted types ({@code ingest.page.content.types}; anything else is refused as soon as its
 * headers arrive), decoded with the charset the server, the page or detection gives. The page's
 * {@code <link rel="canonical">} (also the one an AMP page names) is kept when it stays on the page's own
 * site, so that the article gets the id of its canonical URL.
 */
final class PageFetcher {

    private static final String ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
    /** The head of a page is where its canonical link is; reading past it would parse whole pages. */
    private static final Pattern HEAD_END = Pattern.compile("(?i)</head\\s*>|<body[\\s>]");
    private static final int MAX_HEAD_CHARS = 256 * 1024;

    private final HttpFetcher http;
    private final RobotsRules robots;
    private final Set<String> wantedTypes;

    PageFetcher(HttpFetcher http, RobotsRules robots, Set<String> wantedTypes) {
        this.http = http;
        this.robots = robots;
        this.wantedTypes = Set.copyOf(wantedTypes);
    }

    /**
     * Fetches the page at {@code url}.
     *
     * @throws FetchException       when it cannot be fetched, is not wanted or robots.txt disallows it
     * @throws InterruptedException when the calling thread is interrupted
     */
    FetchedPage fetch(URI url) throws FetchException, InterruptedException {
        HttpDocument document = http.get(FetchRequest.of(url, ACCEPT).wanting(wantedTypes::contains)
                .checking(robots::check));
        String contentType = document.header("Content-Type").orElse(null);
        Charset charset = HtmlCharset.detect(document.body(), contentType);
        FetchInfo info = new FetchInfo(Instant.now(), document.status(), contentType, charset.name(),
                document.header("ETag").orElse(null), document.header("Last-Modified").orElse(null),
                document.body().length);
        String html = HtmlCharset.decode(document.body(), charset);
        return new FetchedPage(document.url(), canonical(html, document.url()), info, html);
    }

    /** The canonical link in the head of {@code html}, when it is an http(s) URL of the same site. */
    static URI canonical(String html, URI base) {
        Matcher end = HEAD_END.matcher(html);
        String head = end.find() ? html.substring(0, end.start()) : html.substring(0, Math.min(html.length(), MAX_HEAD_CHARS));
        Document page = Jsoup.parse(head, base.toString());
        Element link = page.selectFirst("link[rel~=(?i)\\bcanonical\\b][href]");
        if (link == null) {
            return null;
        }
        try {
            URI canonical = URI.create(link.absUrl("href"));
            return HttpFetcher.isHttp(canonical) && sameSite(canonical.getHost(), base.getHost()) ? canonical : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether two hosts belong to one site: equal, or one a subdomain of the other (www.example.com and
     * amp.example.com both of example.com). A page cannot claim another site's article as its own.
     */
    static boolean sameSite(String a, String b) {
        String x = stripWww(a.toLowerCase(Locale.ROOT));
        String y = stripWww(b.toLowerCase(Locale.ROOT));
        return x.equals(y) || x.endsWith("." + y) || y.endsWith("." + x);
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
