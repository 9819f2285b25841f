package io.wirestream.app;

import io.wirestream.core.config.ConfigException;
import io.wirestream.sink.SinkConfig;
import java.util.List;
import java.util.Map;

/**
 * The {@code --store} option of {@code run} and {@code sink}: a PostgreSQL JDBC URL
 * ({@code sink.jdbc.url}) or {@code file:} and a folder for JSON Lines files ({@code sink.file.dir}).
 */
final class StoreOption {

    static final String LABEL = "STORE";
    static final String DESCRIPTION = "Where the articles go: a PostgreSQL JDBC URL "
            + "(jdbc:postgresql://host:5432/db, sets sink.jdbc.url) or file: and a folder for gzip JSON Lines files "
            + "by day, for data lakes (file:/data/lake, sets sink.file.dir; no query API).";

    private StoreOption() {
    }

    /**
     * Puts the key {@code store} sets into {@code options}; nothing when it is null.
     *
     * @throws ConfigException when {@code store} is neither form
     */
    static void apply(String store, Map<String, String> options) {
        if (store == null) {
            return;
        }
        if (store.startsWith("file:")) {
            options.put(SinkConfig.FILE_DIR.name(), store.substring("file:".length()));
        } else if (store.startsWith("jdbc:")) {
            options.put(SinkConfig.JDBC_URL.name(), store);
        } else {
            throw new ConfigException(List.of("--store must be a JDBC URL (jdbc:postgresql://...) or file:FOLDER, "
                    + "not '" + store + "'"));
        }
    }
}
