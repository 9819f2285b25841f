package io.wirestream.ingest.http;

import java.util.Locale;

/** Why a feed or page could not be fetched; its {@link #tag()} is the outcome in metrics. */
public enum FetchFailure {
    /** The URL is not an absolute http or https URL (or, for a feed, a file URL). */
    INVALID_URL,
    /** No connection, no response or no complete body in time. */
    TIMEOUT,
    /** The body is larger than {@code ingest.http.max.bytes}. */
    TOO_LARGE,
    /** The server answered with a status other than 2xx or 304. */
    HTTP_STATUS,
    /** Too many redirects, a redirect loop, or a redirect without a usable Location. */
    REDIRECTS,
    /** The response is not of a type that is wanted (a PDF where an HTML page was expected). */
    NOT_HTML,
    /** The body cannot be decoded: unknown or corrupt Content-Encoding. */
    BAD_ENCODING,
    /** The connection failed or broke, the host name does not resolve, or a file could not be read. */
    NETWORK,
    /** The host resolves to an address that {@code ingest.http.allowed.addresses} does not open (SSRF guard). */
    FORBIDDEN_ADDRESS,
    /** The site's robots.txt does not allow the URL. */
    ROBOTS_DENIED,
    /**
     * The site's robots.txt cannot be fetched (5xx, timeout, broken connection), which disallows the whole
     * site until it can (RFC 9309): the URL is worth trying again later.
     */
    ROBOTS_UNREACHABLE,
    /** The document is not a feed, sitemap or page that can be read. */
    INVALID_FEED;

    /** The lower-case name, as a metric tag. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
