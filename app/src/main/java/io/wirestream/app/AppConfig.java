package io.wirestream.app;

import io.wirestream.core.config.ConfigGroup;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.enrich.EnrichConfig;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.sink.SinkConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every configuration group of wirestream, in the order {@code docs/configuration.md} documents them. */
final class AppConfig {

    static final List<ConfigGroup> GROUPS =
            List.of(CoreConfig.GROUP, IngestConfig.GROUP, EnrichConfig.GROUP, SinkConfig.GROUP);

    private AppConfig() {
    }

    /**
     * The configuration from the environment, with the given command-line values (by key) winning.
     * Null values stand for options not given.
     */
    static WirestreamConfig resolve(Map<String, String> options) {
        Map<String, String> given = new HashMap<>();
        options.forEach((key, value) -> {
            if (value != null) {
                given.put(key, value);
            }
        });
        return WirestreamConfig.resolve(GROUPS, System.getenv(), given);
    }
}
