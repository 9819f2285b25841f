package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Published ids are remembered for the window, from the topic at start and as they are published. */
class PublishedIdsTest {

    private static final Duration WINDOW = Duration.ofDays(2);
    // The broker refuses records timestamped more than an hour ahead of its own clock.
    private static final Instant NOW = Instant.now();

    private final SettableClock clock = new SettableClock(NOW);

    @Test
    void loadsTheIdsPublishedWithinTheWindowOnly() throws Exception {
        try (TestKafka kafka = TestInfrastructure.newKafka()) {
            try (Admin admin = Admin.create(kafka.settings().common())) {
                new TopicProvisioner(admin, 2, (short) -1).ensure(List.of(Topics.RAW));
            }
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.settings().common(),
                    new StringSerializer(), new ByteArraySerializer())) {
                publish(producer, 0, "old-0", NOW.minus(Duration.ofDays(3)));
                publish(producer, 1, "old-1", NOW.minus(Duration.ofDays(5)));
                publish(producer, 0, "recent-0", NOW.minus(Duration.ofHours(1)));
                publish(producer, 1, "recent-1", NOW.minus(Duration.ofDays(1)));
            }

            PublishedIds published = PublishedIds.load(kafka.settings(), WINDOW, clock);

            assertThat(published.size()).isEqualTo(2);
            assertThat(published.contains("recent-0")).isTrue();
            assertThat(published.contains("recent-1")).isTrue();
            assertThat(published.contains("old-0")).isFalse();
        }
    }

    @Test
    void forgetsWhatWasPublishedBeforeTheWindow() {
        PublishedIds published = new PublishedIds(WINDOW, clock);
        published.add("first");
        clock.set(NOW.plus(Duration.ofDays(1)));
        published.add("second");
        published.add("first");

        clock.set(NOW.plus(Duration.ofDays(2)).plusSeconds(1));

        assertThat(published.contains("first")).as("published again a day later").isTrue();
        assertThat(published.contains("second")).isTrue();
        clock.set(NOW.plus(Duration.ofDays(3)).plusSeconds(1));
        assertThat(published.contains("first")).isFalse();
        assertThat(published.size()).isZero();
    }

    private static void publish(KafkaProducer<String, byte[]> producer, int partition, String id, Instant at)
            throws Exception {
        producer.send(new ProducerRecord<>(Topics.RAW.name(), partition, at.toEpochMilli(), id,
                "{}".getBytes(StandardCharsets.UTF_8))).get();
    }

    /** A clock the test moves. */
    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
