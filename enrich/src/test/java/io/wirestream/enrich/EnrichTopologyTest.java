package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.record.QuoteRecord;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import io.wirestream.enrich.extract.ExtractionLimits;
import io.wirestream.enrich.extract.JsoupArticleExtractor;
import io.wirestream.enrich.nlp.TextEnricher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production topology, driven record by record. */
class EnrichTopologyTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, QuoteRecord> quotes;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-topology-test");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(EnrichTopology.build(ArticlePipeline.standard(), metrics), props);
        raw = driver.createInputTopic(Topics.RAW.name(), new ByteArraySerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(Topics.ARTICLES.name(), WirestreamSerdes.key().deserializer(),
                WirestreamSerdes.article().deserializer());
        quotes = driver.createOutputTopic(Topics.QUOTES.name(), WirestreamSerdes.key().deserializer(),
                WirestreamSerdes.quote().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ.name(), WirestreamSerdes.key().deserializer(),
                WirestreamSerdes.deadLetter().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void enrichesAPageIntoAnArticleAndOneRecordPerQuote() {
        pipe("a1", TestPages.rawPage("a1", TestPages.ARTICLE_HTML));

        List<KeyValue<String, Article>> published = articles.readKeyValuesToList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).key).isEqualTo("a1");
        Article article = published.get(0).value;
        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.title()).isEqualTo("Summit ends without a deal");
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.com/world/summit-ends");
        assertThat(article.source()).isEqualTo("news.example.com");
        assertThat(article.body()).startsWith("Leaders of the European Union met in Brussels")
                .contains("\n\nNext steps\n\n").doesNotContain("Share on", "Related", "Copyright", "Photo");
        assertThat(article.extractorVersion()).isEqualTo(ArticlePipeline.EXTRACTOR_VERSION);
        assertThat(article.quotes()).hasSize(3);

        List<KeyValue<String, QuoteRecord>> quoteRecords = quotes.readKeyValuesToList();
        assertThat(quoteRecords).hasSize(3);
        assertThat(quoteRecords).allSatisfy(kv -> {
            assertThat(kv.key).isEqualTo(kv.value.key());
            assertThat(kv.value.articleId()).isEqualTo("a1");
            assertThat(kv.value.title()).isEqualTo(article.title());
        });
        assertThat(quoteRecords).extracting(kv -> kv.key)
                .containsExactly(QuoteRecord.UNKNOWN_SPEAKER_KEY, "person:ursula-von-der-leyen", "person:emmanuel-macron");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(metrics.get("wirestream.enrich.articles").counter().count()).isEqualTo(1);
        assertThat(metrics.get("wirestream.enrich.quotes").counter().count()).isEqualTo(3);
    }

    @Test
    void sendsAPoisonRecordToTheDeadLetterTopicAndGoesOn() {
        byte[] poison = "this is not JSON".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("bad".getBytes(StandardCharsets.UTF_8), poison);
        pipe("good", TestPages.rawPage("good", TestPages.ARTICLE_HTML));

        List<KeyValue<String, DeadLetter>> letters = deadLetters.readKeyValuesToList();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).key).isEqualTo("bad");
        DeadLetter letter = letters.get(0).value;
        assertThat(letter.stage()).isEqualTo("enrich");
        assertThat(letter.source().topic()).isEqualTo(Topics.RAW.name());
        assertThat(letter.source().partition()).isZero();
        assertThat(letter.source().offset()).isZero();
        assertThat(letter.errorMessage()).contains("Not a valid RawPage");
        assertThat(Base64.getDecoder().decode(letter.value())).isEqualTo(poison);
        assertThat(Base64.getDecoder().decode(letter.key())).isEqualTo("bad".getBytes(StandardCharsets.UTF_8));
        assertThat(letter.time()).isNotNull();

        assertThat(articles.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
        assertThat(metrics.get("wirestream.enrich.dead.letters").tag("reason", "undecodable").counter().count())
                .isEqualTo(1);
    }

    @Test
    void deadLettersAPageOverTheSizeLimitWithTheReason() {
        restart(EnrichTopology.build(ArticlePipeline.standard().withMaxHtmlBytes(1024), metrics));

        pipe("big", TestPages.rawPage("big", TestPages.ARTICLE_HTML));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.errorClass()).isEqualTo(PageRejectedException.class.getName());
        assertThat(letter.errorMessage()).contains("more than the limit of 1024 bytes", "enrich.max.html.bytes");
        assertThat(articles.isEmpty()).isTrue();
    }

    @Test
    void deadLettersAPageOverTheElementLimitWithTheReason() {
        restart(EnrichTopology.build(new ArticlePipeline(new JsoupArticleExtractor(
                new ExtractionLimits(20, 512, Duration.ofSeconds(10))), TextEnricher.standard(),
                ArticlePipeline.DEFAULT_MAX_HTML_BYTES, Clock.systemUTC()), metrics));

        pipe("nested", TestPages.rawPage("nested", TestPages.ARTICLE_HTML));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.errorClass()).isEqualTo(PageRejectedException.class.getName());
        assertThat(letter.errorMessage()).contains("page nested has more than 20 elements",
                "over the limit of enrich.max.html.elements");
        assertThat(articles.isEmpty()).isTrue();
        assertThat(metrics.get("wirestream.enrich.dead.letters").tag("reason", "rejected").counter().count())
                .isEqualTo(1);
    }

    @Test
    void deadLettersAnArticleTooBigToWriteWithoutCopyingABigValue() {
        restart(EnrichTopology.build(ArticlePipeline.standard(), EnrichMetrics.discarded(), 2_000));

        pipe("huge", TestPages.rawPage("huge", TestPages.ARTICLE_HTML));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.errorMessage()).contains("bytes as JSON, more than the limit of 2000 bytes",
                "enrich.max.record.bytes", "not copied: it is at the source position");
        assertThat(letter.value()).isNull();
        assertThat(letter.key()).isNotNull();
    }

    @Test
    void deadLettersARecordWithoutAPage() {
        raw.pipeInput("null".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("tombstone".getBytes(StandardCharsets.UTF_8), (byte[]) null);
        pipe("nohtml", new RawPage("nohtml", "https://example.com/a", null, null, null, null, null));

        assertThat(deadLetters.readValuesToList()).extracting(DeadLetter::errorMessage)
                .containsExactly("record value is JSON null", "record has no value", "page nohtml has no html");
        assertThat(articles.isEmpty()).isTrue();
    }

    /** Replaces the driver with one running {@code topology}, its topics read and written afresh. */
    private void restart(Topology topology) {
        driver.close();
        driver = new TopologyTestDriver(topology, new Properties());
        raw = driver.createInputTopic(Topics.RAW.name(), new ByteArraySerializer(), new ByteArraySerializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ.name(), WirestreamSerdes.key().deserializer(),
                WirestreamSerdes.deadLetter().deserializer());
        articles = driver.createOutputTopic(Topics.ARTICLES.name(), WirestreamSerdes.key().deserializer(),
                WirestreamSerdes.article().deserializer());
    }

    private void pipe(String key, RawPage page) {
        raw.pipeInput(key.getBytes(StandardCharsets.UTF_8),
                WirestreamSerdes.rawPage().serializer().serialize(Topics.RAW.name(), page));
    }
}
