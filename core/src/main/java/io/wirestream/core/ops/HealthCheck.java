package io.wirestream.core.ops;

/** Reports the health of one part of a service. Called on every {@code GET /health}: keep it cheap. */
@FunctionalInterface
public interface HealthCheck {

    Health check();
}
