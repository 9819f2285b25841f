package io.wirestream.enrich;

/**
 * A page that the pipeline will not process: too big, or missing what an article needs. The record
 * that carried it goes to the dead-letter topic with this exception's message as the reason.
 */
public final class PageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageRejectedException(String message) {
        super(message);
    }

    public PageRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
