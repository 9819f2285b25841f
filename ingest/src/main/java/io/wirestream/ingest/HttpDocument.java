package io.wirestream.ingest;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A response fetched over HTTP, after redirects, with its body decoded from its Content-Encoding.
 *
 * @param url     the URL that answered, after redirects
 * @param status  its status code, always 2xx
 * @param headers its headers
 * @param body    the decoded body
 */
record HttpDocument(URI url, int status, HttpHeaders headers, byte[] body) {

    /** The first value of header {@code name}. */
    Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
