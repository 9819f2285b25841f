package io.wirestream.ingest;

import io.wirestream.core.record.FetchInfo;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Fetches article pages: an HTML response, decoded with the charset the server or the page declares.
 * Anything else (a PDF, an image, a JSON API) is refused, since only HTML can be made into an article.
 */
final class PageFetcher {

    private static final String ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final HttpFetcher http;

    PageFetcher(HttpFetcher http) {
        this.http = http;
    }

    /**
     * Fetches the page at {@code url}.
     *
     * @throws FetchException        when it cannot be fetched or is not HTML
     * @throws InterruptedException when the calling thread is interrupted
     */
    FetchedPage fetch(URI url) throws FetchException, InterruptedException {
        HttpDocument document = http.get(url, ACCEPT);
        String contentType = document.header("Content-Type").orElse(null);
        // A page without a Content-Type is taken for HTML, as browsers do when they sniff it.
        if (contentType != null && !HTML_TYPES.contains(mediaType(contentType))) {
            throw new FetchException(FetchFailure.NOT_HTML,
                    "Not an HTML page: " + document.url() + " is '" + contentType + "'");
        }
        Charset charset = HtmlCharset.detect(document.body(), contentType);
        FetchInfo info = new FetchInfo(Instant.now(), document.status(), contentType, charset.name(),
                document.header("ETag").orElse(null), document.header("Last-Modified").orElse(null),
                document.body().length);
        return new FetchedPage(document.url(), info, HtmlCharset.decode(document.body(), charset));
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
