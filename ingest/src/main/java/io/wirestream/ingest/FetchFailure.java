package io.wirestream.ingest;

import java.util.Locale;

/** Why a feed or page could not be fetched; its {@link #tag()} is the outcome in metrics. */
enum FetchFailure {
    /** The URL is not an absolute http or https URL (or, for a feed, a file URL). */
    INVALID_URL,
    /** No connection, no response or no complete body in time. */
    TIMEOUT,
    /** The body is larger than {@code ingest.http.max.bytes}. */
    TOO_LARGE,
    /** The server answered with a status other than 2xx. */
    HTTP_STATUS,
    /** Too many redirects, a redirect loop, or a redirect without a usable Location. */
    REDIRECTS,
    /** The response is not an HTML page. */
    NOT_HTML,
    /** The body cannot be decoded: unknown or corrupt Content-Encoding. */
    BAD_ENCODING,
    /** The connection failed or broke, or a file could not be read. */
    NETWORK,
    /** The document is not a well-formed RSS or Atom feed. */
    INVALID_FEED;

    /** The lower-case name, as a metric tag. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
