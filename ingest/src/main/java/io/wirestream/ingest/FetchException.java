package io.wirestream.ingest;

/** A feed or page could not be fetched; the message names the URL and says why. */
final class FetchException extends Exception {

    private final FetchFailure failure;

    FetchException(FetchFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    FetchException(FetchFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    /** What kind of failure it is. */
    FetchFailure failure() {
        return failure;
    }
}
