package io.wirestream.ingest;

import static io.wirestream.ingest.TestHttpServer.html;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** {@code wirestream ingest --url}: single pages, fetched and published without a feed. */
class AdHocIngestTest {

    @Test
    void publishesThePagesAndDeadLettersThoseThatFail() throws Exception {
        try (TestKafka kafka = TestInfrastructure.newKafka(); TestHttpServer server = new TestHttpServer()) {
            server.route("/story", html("<html><head><link rel=\"canonical\" href=\"/canonical-story\"></head>"
                    + "<body>Backfilled</body></html>"));

            List<AdHocIngest.Outcome> outcomes = AdHocIngest.ingest(TestConfig.of(), kafka.settings(),
                    new SimpleMeterRegistry(), List.of(server.url("/story?utm_source=x").toString(),
                            server.url("/missing").toString()));

            String id = ArticleId.of(server.url("/canonical-story").toString());
            assertThat(outcomes).extracting(AdHocIngest.Outcome::id).containsExactly(id,
                    ArticleId.of(server.url("/missing").toString()));
            assertThat(outcomes.get(0).error()).isNull();
            assertThat(outcomes.get(1).error()).contains("HTTP 404");
            List<ConsumerRecord<String, RawPage>> pages = TopicContents.read(kafka.settings(), Topics.RAW,
                    WirestreamSerdes.rawPage().deserializer());
            assertThat(pages).singleElement().satisfies(page -> {
                assertThat(page.key()).isEqualTo(id);
                assertThat(page.value().feed()).isNull();
                assertThat(page.value().item()).isNull();
                assertThat(page.value().html()).contains("Backfilled");
            });
            assertThat(TopicContents.read(kafka.settings(), Topics.DLQ, WirestreamSerdes.deadLetter().deserializer()))
                    .extracting(ConsumerRecord::key).containsExactly(outcomes.get(1).id());
        }
    }
}
