package io.wirestream.core.record;

import java.time.Instant;
import java.util.Base64;

/**
 * A record a stage could not process, the value of {@code news.dlq.v1}.
 *
 * @param stage        the stage that gave up: ingest, enrich or sink
 * @param errorClass   the exception class name
 * @param errorMessage what went wrong
 * @param source       where the record came from, or null when it did not come from a topic
 * @param key          the original key, base64, or null
 * @param value        the original value, base64, or null
 * @param time         when the stage gave up
 */
public record DeadLetter(String stage, String errorClass, String errorMessage, SourcePosition source,
                         String key, String value, Instant time) {

    /** A dead letter for a failure while processing {@code key}/{@code value} read at {@code source}. */
    public static DeadLetter of(String stage, Throwable error, SourcePosition source, byte[] key, byte[] value,
                                Instant time) {
        return new DeadLetter(stage, error.getClass().getName(), describe(error), source, base64(key),
                base64(value), time);
    }

    /** The message of the error and of its causes, so that a wrapped root cause is not lost. */
    private static String describe(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return message.toString();
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }
}
