package io.wirestream.sink;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition of an asynchronous system, up to a deadline, instead of sleeping for a guessed time. */
public final class Eventually {

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} when it does not within {@code timeout}. */
    public static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
