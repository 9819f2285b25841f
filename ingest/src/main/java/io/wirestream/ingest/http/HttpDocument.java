package io.wirestream.ingest.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A response fetched over HTTP, after redirects, with its body decoded from its Content-Encoding.
 *
 * @param url     the URL that answered, after redirects
 * @param status  its status code: 2xx, or 304 for a conditional request whose document did not change
 * @param headers its headers
 * @param body    the decoded body; empty for a 304
 */
public record HttpDocument(URI url, int status, HttpHeaders headers, byte[] body) {

    /** The first value of header {@code name}. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** Whether the server said that the document has not changed since the validators sent. */
    public boolean notModified() {
        return status == 304;
    }
}
