package io.wirestream.app;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes what was started in the reverse order of starting it, so that consumers stop before the
 * database and broker they use. A failure to close one thing is logged and does not keep the rest open.
 */
final class Closer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Closer.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    /** Registers {@code resource} to be closed and returns it. */
    <T extends AutoCloseable> T register(T resource) {
        started.push(resource);
        return resource;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Could not close {} cleanly: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
