package io.wirestream.ingest;

import io.wirestream.core.record.FetchInfo;
import java.net.URI;

/**
 * An HTML page, fetched and decoded.
 *
 * @param finalUrl  the URL that answered, after redirects
 * @param canonical the URL the page names as its canonical one, when it names one on its own site
 * @param fetch     how it was fetched
 * @param html      the page decoded with {@code fetch.charset()}
 */
record FetchedPage(URI finalUrl, URI canonical, FetchInfo fetch, String html) {

    /** The URL the article is known by: its canonical URL, else where it was fetched from. */
    URI articleUrl() {
        return canonical != null ? canonical : finalUrl;
    }
}
