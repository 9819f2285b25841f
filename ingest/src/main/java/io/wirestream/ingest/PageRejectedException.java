package io.wirestream.ingest;

/** Kafka refuses a page for what it is (too large, not serializable): sending it again cannot help. */
final class PageRejectedException extends Exception {

    PageRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
