package io.wirestream.core.ops;

/**
 * Thrown by a {@link JsonEndpoint} when something it depends on (a database) cannot answer right now:
 * {@link OpsHttpServer} answers with a 503 and a {@code Retry-After}, so that clients retry rather than
 * report a bug.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final String detail;

    /**
     * @param message what the client is told
     * @param detail  what went wrong, for the log only (it may name internal hosts)
     * @param cause   the failure, or null
     */
    public ServiceUnavailableException(String message, String detail, Throwable cause) {
        super(message, cause);
        this.detail = detail;
    }

    /** What went wrong, for the log only. */
    public String detail() {
        return detail;
    }
}
