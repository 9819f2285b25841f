package io.wirestream.sink;

/** Error messages for people. */
public final class Failures {

    private Failures() {
    }

    /**
     * The message of {@code error} followed by those of its causes, since a wrapper's own message (a pool's
     * "cannot initialise", a library's "process failed") seldom says what went wrong.
     */
    public static String describe(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- ").append(cause.getMessage());
        }
        return message.toString();
    }
}
