package io.wirestream.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then closes what runs before the JVM
 * exits, so that offsets are committed and logs flushed on every stop.
 */
final class ShutdownSignal {

    private static final Logger log = LoggerFactory.getLogger(ShutdownSignal.class);
    private static final long CLOSE_TIMEOUT_SECONDS = 60;

    private ShutdownSignal() {
    }

    static void awaitThenClose(AutoCloseable running) throws Exception {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            try {
                // The JVM exits when this hook returns: hold it until the main thread has closed everything.
                closed.await(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "wirestream-shutdown"));
        stopRequested.await();
        log.info("Stopping");
        try {
            running.close();
        } finally {
            closed.countDown();
        }
        log.info("Stopped");
    }
}
