package io.wirestream.ingest;

/** Kafka cannot take records now (broker unreachable, not authorized, producer closed): a service problem. */
final class KafkaWriteException extends Exception {

    KafkaWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
