package io.wirestream.ingest.http;

import java.time.Duration;
import java.util.Optional;

/** A feed or page could not be fetched; the message names the URL and says why. */
public final class FetchException extends Exception {

    private final FetchFailure failure;
    private final Integer status;
    private final Duration retryAfter;

    public FetchException(FetchFailure failure, String message) {
        this(failure, message, null, null, null);
    }

    public FetchException(FetchFailure failure, String message, Throwable cause) {
        this(failure, message, null, null, cause);
    }

    /**
     * @param status     the HTTP status that failed the fetch, or null
     * @param retryAfter how long the server asked to wait (Retry-After), or null
     */
    public FetchException(FetchFailure failure, String message, Integer status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** What kind of failure it is. */
    public FetchFailure failure() {
        return failure;
    }

    /** The HTTP status of the response that failed the fetch, when there was one. */
    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    /** How long the server asked to be left alone ({@code Retry-After} of a 429 or 503), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
