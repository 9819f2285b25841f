package io.wirestream.ingest;

import io.wirestream.core.record.FetchInfo;
import java.net.URI;

/**
 * An HTML page, fetched and decoded.
 *
 * @param finalUrl the URL that answered, after redirects
 * @param fetch    how it was fetched
 * @param html     the page decoded with {@code fetch.charset()}
 */
record FetchedPage(URI finalUrl, FetchInfo fetch, String html) {
}
