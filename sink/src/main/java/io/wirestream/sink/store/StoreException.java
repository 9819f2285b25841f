package io.wirestream.sink.store;

/**
 * A batch a {@link Store} did not apply. Either the store cannot write now (a database that is down, a full
 * disk), and the same batch is to be tried again later, or it refuses the data of a change, which will
 * never be written and belongs in the dead-letter topic.
 */
public final class StoreException extends Exception {

    private final boolean rejectsData;

    private StoreException(String message, Throwable cause, boolean rejectsData) {
        super(message, cause);
        this.rejectsData = rejectsData;
    }

    /** The store cannot write now, for {@code cause}; trying again later may succeed. */
    public static StoreException unavailable(String message, Throwable cause) {
        return new StoreException(message, cause, false);
    }

    /** The store refuses a change of the batch for its data, as {@code cause} says; it always will. */
    public static StoreException rejected(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    /** Whether the store refuses the data written, rather than being unable to write anything now. */
    public boolean rejectsData() {
        return rejectsData;
    }
}
