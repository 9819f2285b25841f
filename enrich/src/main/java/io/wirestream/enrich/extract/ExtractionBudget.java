package io.wirestream.enrich.extract;

/**
 * What is left of the {@link ExtractionLimits} of one page. The extraction stages call it as they walk the
 * page; the first limit exceeded ends the extraction with an {@link ExtractionLimitException}.
 */
final class ExtractionBudget {

    /** Reading the clock costs tens of nanoseconds: per element it is read this often. */
    private static final int CLOCK_EVERY = 256;

    private final ExtractionLimits limits;
    private final long started;
    private int elements;
    private int steps;

    ExtractionBudget(ExtractionLimits limits, long startedNanos) {
        this.limits = limits;
        this.started = startedNanos;
    }

    /** Counts one parsed element. */
    void element() {
        if (++elements > limits.maxElements()) {
            throw new ExtractionLimitException("has more than " + limits.maxElements() + " elements",
                    ExtractionLimitException.Limit.ELEMENTS);
        }
        step();
    }

    /** Counts one step of a walk over the page, checking the clock now and then. */
    void step() {
        if (++steps % CLOCK_EVERY == 0) {
            checkTime();
        }
    }

    /** Checks the clock now. */
    void checkTime() {
        long elapsed = System.nanoTime() - started;
        if (elapsed > limits.maxTime().toNanos()) {
            throw new ExtractionLimitException("took more than " + limits.maxTime().toMillis() + " ms to extract",
                    ExtractionLimitException.Limit.TIME);
        }
    }
}
