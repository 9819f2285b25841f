package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** What a poll writes becomes visible when its transaction commits, and never when the writer dies first. */
class TransactionalWriterTest {

    @Test
    void recordsAreVisibleOnlyOnceCommittedAndNeverAfterTheWriterIsAbandoned() throws Exception {
        try (TestKafka kafka = TestInfrastructure.newKafka()) {
            try (Admin admin = Admin.create(kafka.settings().common())) {
                new TopicProvisioner(admin, 1, (short) -1).ensure(List.of(Topics.RAW));
            }
            AtomicInteger commits = new AtomicInteger();
            try (TransactionalWriter writer = new TransactionalWriter(kafka.settings(), "test-committed", 1024,
                    Duration.ofSeconds(10))) {
                writer.write(List.of(record("a")), commits::incrementAndGet);
                assertThat(keys(kafka)).as("not committed yet").isEmpty();
                assertThat(commits).hasValue(0);
                writer.commit();
                // The broker writes the commit markers to the partitions after the commit returns: readers of
                // committed records may see the records a moment later.
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(keys(kafka)).containsExactly("a"));
                assertThat(commits).hasValue(1);
                writer.commit(); // nothing pending: no empty transaction
                assertThat(commits).hasValue(1);
            }

            TransactionalWriter dying = new TransactionalWriter(kafka.settings(), "test-abandoned", 1024,
                    Duration.ofSeconds(10));
            dying.write(List.of(record("b")), commits::incrementAndGet);
            dying.abandon();
            assertThatThrownBy(dying::commit).isInstanceOf(KafkaWriteException.class);
            try (TransactionalWriter next = new TransactionalWriter(kafka.settings(), "test-next", 1024,
                    Duration.ofSeconds(10))) {
                next.write(List.of(record("c")), commits::incrementAndGet);
                next.commit();
            }
            // "b" belongs to a transaction nobody commits: readers of committed records wait at it until the
            // broker aborts it, when its timeout has passed; then they skip it.
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(keys(kafka)).containsExactly("a", "c"));
            assertThat(commits).hasValue(2);
        }
    }

    @Test
    void saysWhichRecordsAreTooLargeToWrite() {
        try (TestKafka kafka = TestInfrastructure.newKafka();
             TransactionalWriter writer = new TransactionalWriter(kafka.settings(), "test-sizes", 1024,
                     Duration.ofSeconds(10))) {
            // max.bytes of 1 KiB allows records of a little over 1 MiB (a page may double as JSON).
            assertThat(writer.fits(1 << 20)).isTrue();
            assertThat(writer.fits(3 << 20)).isFalse();
        }
    }

    private static ProducerRecord<String, byte[]> record(String key) {
        return new ProducerRecord<>(Topics.RAW.name(), key, ("{\"id\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> keys(TestKafka kafka) {
        return TopicContents.read(kafka.settings(), Topics.RAW, new StringDeserializer()).stream()
                .map(ConsumerRecord::key).toList();
    }
}
