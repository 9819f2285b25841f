package io.wirestream.core.ops;

/**
 * A read-only JSON endpoint served by {@link OpsHttpServer}.
 *
 * <p>It returns the value to write as JSON, or null for a 404. An {@link IllegalArgumentException} is
 * answered with a 400 carrying its message, a {@link ServiceUnavailableException} with a 503; any other
 * exception with a 500.
 */
@FunctionalInterface
public interface JsonEndpoint {

    Object handle(JsonRequest request) throws Exception;
}
