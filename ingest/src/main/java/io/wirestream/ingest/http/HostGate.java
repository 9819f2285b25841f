package io.wirestream.ingest.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Politeness: at most {@code concurrency} requests in flight to one host, and at least {@code minDelay}
 * between the starts of two of them, longer when the host's robots.txt asks for a crawl delay or the host
 * answered 429 or 503 with a Retry-After. Callers wait their turn. Thread-safe.
 *
 * <p>Meters: {@code wirestream.ingest.host.queue.depth} is the longest queue of requests waiting for one
 * host, {@code wirestream.ingest.host.waiting} the requests waiting for any host.
 */
public final class HostGate {

    private final int concurrency;
    private final long minDelayNanos;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    public HostGate(int concurrency, Duration minDelay, MeterRegistry metrics) {
        this.concurrency = concurrency;
        this.minDelayNanos = minDelay.toNanos();
        Gauge.builder("wirestream.ingest.host.queue.depth", this, HostGate::deepestQueue)
                .description("Requests waiting for the busiest host").register(metrics);
        Gauge.builder("wirestream.ingest.host.waiting", this, HostGate::waiting)
                .description("Requests waiting for their host's turn").register(metrics);
    }

    /** A turn at a host, given back with {@link #close()}. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits until {@code host} may be requested.
     *
     * @return the permit, to close when the request is done
     */
    public Permit acquire(String host) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        slot.enter(concurrency);
        return slot::leave;
    }

    /** Makes {@code host} wait {@code delay} before its next request (Retry-After). */
    public void deferBy(String host, Duration delay) {
        slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot()).defer(System.nanoTime() + delay.toNanos());
    }

    /** Makes the gap between two requests to {@code host} at least {@code delay} (robots.txt Crawl-delay). */
    public void crawlDelay(String host, Duration delay) {
        slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot()).crawlDelayNanos = delay.toNanos();
    }

    private int deepestQueue() {
        return slots.values().stream().mapToInt(slot -> slot.waiting).max().orElse(0);
    }

    private int waiting() {
        return slots.values().stream().mapToInt(slot -> slot.waiting).sum();
    }

    /** One host's turns. Its fields are guarded by its monitor, read without it only by the gauges. */
    private final class Slot {
        private int inFlight;
        private long nextStart = System.nanoTime();
        private volatile int waiting;
        private volatile long crawlDelayNanos;

        synchronized void enter(int limit) throws InterruptedException {
            waiting++;
            try {
                while (true) {
                    long now = System.nanoTime();
                    if (inFlight < limit && now - nextStart >= 0) {
                        inFlight++;
                        nextStart = now + Math.max(minDelayNanos, crawlDelayNanos);
                        return;
                    }
                    if (inFlight < limit) {
                        long nanos = nextStart - now;
                        wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
                    } else {
                        wait();
                    }
                }
            } finally {
                waiting--;
            }
        }

        synchronized void leave() {
            inFlight--;
            notifyAll();
        }

        synchronized void defer(long until) {
            if (until - nextStart > 0) {
                nextStart = until;
            }
        }
    }
}
