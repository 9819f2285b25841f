package io.wirestream.ingest;

import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Configurations for tests against servers on this machine: loopback allowed, no politeness delays, quick retries. */
public final class TestConfig {

    private TestConfig() {
    }

    /** The test defaults, with {@code keysAndValues} (key, value, key, value...) winning. */
    public static WirestreamConfig of(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        values.put(IngestConfig.HTTP_ALLOWED_ADDRESSES.name(), "127.0.0.0/8,::1");
        values.put(IngestConfig.HOST_MIN_DELAY.name(), "0s");
        values.put(IngestConfig.HTTP_RETRY_BACKOFF.name(), "20ms");
        values.put(IngestConfig.HTTP_RETRY_MAX_WAIT.name(), "2s");
        values.put(IngestConfig.HTTP_REQUEST_TIMEOUT.name(), "5s");
        values.put(IngestConfig.FEEDS_FILE.name(), "");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return WirestreamConfig.resolve(List.of(CoreConfig.GROUP, IngestConfig.GROUP), Map.of(), values);
    }
}
