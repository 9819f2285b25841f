package io.wirestream.testkit;

/**
 * A fresh database provided by {@link TestInfrastructure}, dropped when closed.
 *
 * @param jdbcUrl  its JDBC URL
 * @param user     the user to connect as
 * @param password the password, possibly empty
 * @param dropper  what drops it
 */
public record TestDatabase(String jdbcUrl, String user, String password, Runnable dropper) implements AutoCloseable {

    @Override
    public void close() {
        dropper.run();
    }
}
