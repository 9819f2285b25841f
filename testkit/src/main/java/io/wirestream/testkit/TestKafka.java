package io.wirestream.testkit;

import io.wirestream.core.kafka.KafkaSettings;

/**
 * A Kafka broker provided by {@link TestInfrastructure}.
 *
 * @param settings how to reach it
 * @param stopper  what stops it, if this fixture started it
 */
public record TestKafka(KafkaSettings settings, Runnable stopper) implements AutoCloseable {

    /** The bootstrap servers, host:port. */
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    @Override
    public void close() {
        stopper.run();
    }
}
