package io.wirestream.core.ops;

/**
 * Thrown by a {@link JsonEndpoint} when something it depends on (a database) cannot answer right now:
 * {@link OpsHttpServer} answers with a 503 and a {@code Retry-After}, so that clients retry rather than
 * report a bug.
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
