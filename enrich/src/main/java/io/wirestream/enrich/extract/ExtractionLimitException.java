package io.wirestream.enrich.extract;

/**
 * A page exceeded one of the {@link ExtractionLimits}. Its message completes "the page ..." ("has more
 * than 250000 elements"), and {@link #limit()} says which limit it was.
 */
public final class ExtractionLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The limit a page exceeded. */
    public enum Limit {
        /** {@link ExtractionLimits#maxElements()} */
        ELEMENTS,
        /** {@link ExtractionLimits#maxTime()} */
        TIME
    }

    private final Limit limit;

    ExtractionLimitException(String message, Limit limit) {
        super(message, null, false, false);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
