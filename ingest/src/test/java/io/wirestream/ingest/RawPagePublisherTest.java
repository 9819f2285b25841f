package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.record.FetchInfo;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Which failures to publish are the page's fault (dead-letter it) and which are Kafka's (try again later). */
class RawPagePublisherTest {

    @Test
    void publishesAPageAndRefusesOneKafkaCanNeverTake() throws Exception {
        try (TestKafka kafka = TestInfrastructure.newKafka();
             RawPagePublisher publisher = new RawPagePublisher(kafka.settings(), 1024)) {
            try (Admin admin = Admin.create(kafka.settings().common())) {
                new TopicProvisioner(admin, 1, (short) -1).ensure(List.of(Topics.RAW));
            }
            publisher.publish(page("small", "<p>fits</p>"));

            // max.bytes of 1 KiB allows records of about 1 MiB: a 3 MiB page is not fetched with these settings,
            // but stands for any record Kafka refuses for its size.
            assertThatThrownBy(() -> publisher.publish(page("huge", "x".repeat(3 << 20))))
                    .isInstanceOf(PageRejectedException.class)
                    .hasMessageContaining("Cannot publish https://example.com/huge to news.raw.v1");
            assertThat(TopicContents.read(kafka.settings(), Topics.RAW, WirestreamSerdes.rawPage().deserializer()))
                    
                    .extracting(ConsumerRecord::key).containsExactly("small");
        }
    }

    @Test
    void anUnreachableBrokerIsKafkasFailureNotThePages() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaSettings unreachable = new KafkaSettings("127.0.0.1:" + closedPort, Map.of("max.block.ms", "500"));

        try (RawPagePublisher publisher = new RawPagePublisher(unreachable, 1024)) {
            assertThatThrownBy(() -> publisher.publish(page("any", "<p>x</p>")))
                    .isInstanceOf(KafkaWriteException.class)
                    .hasMessageContaining("Cannot publish https://example.com/any to news.raw.v1");
        }
    }

    private static RawPage page(String id, String html) {
        return new RawPage(id, "https://example.com/" + id, "https://example.com/" + id, null, null,
                new FetchInfo(Instant.now(), 200, "text/html", "UTF-8", null, null, html.length()), html);
    }
}
