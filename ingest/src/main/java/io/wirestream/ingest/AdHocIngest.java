package io.wirestream.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.Links;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Ad-hoc and backfill ingestion: fetches the pages of a list of URLs, politely and safely as the service
 * does, and publishes them to {@code news.raw.v1} without feed or item (a page published before is
 * published again: a refetch). Pages that fail go to {@code news.dlq.v1}. Everything is committed in one
 * transaction at the end.
 */
public final class AdHocIngest {

    private AdHocIngest() {
    }

    /**
     * What became of one URL.
     *
     * @param url   the URL as given
     * @param id    the article id it was published or dead-lettered under
     * @param error why it failed, or null when it was published
     */
    public record Outcome(String url, String id, String error) {
    }

    /**
     * Fetches and publishes {@code urls}, {@code ingest.fetch.concurrency} at a time.
     *
     * @return the outcome of each, in order
     * @throws IllegalStateException when Kafka cannot take the records
     */
    public static List<Outcome> ingest(WirestreamConfig config, KafkaSettings kafka, MeterRegistry registry,
                                       List<String> urls) throws InterruptedException {
        TopicProvisioner.provision(config, kafka, List.of(Topics.RAW, Topics.DLQ));
        Fetchers fetchers = Fetchers.from(config, registry);
        ExecutorService workers = Executors.newFixedThreadPool(config.get(IngestConfig.FETCH_CONCURRENCY),
                IngestService.threads("wirestream-ingest-adhoc"));
        try (TransactionalWriter writer = new TransactionalWriter(kafka, "wirestream-ingest-adhoc-" + UUID.randomUUID(),
                fetchers.http().settings().maxBytes(), Duration.ofMinutes(1))) {
            List<Future<Outcome>> fetches = new ArrayList<>();
            for (String url : urls) {
                fetches.add(workers.submit(() -> fetch(url, fetchers, writer)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> fetch : fetches) {
                outcomes.add(fetch.get());
            }
            writer.commit();
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Ad-hoc ingestion failed: " + e.getCause().getMessage(), e.getCause());
        } catch (KafkaWriteException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            workers.shutdownNow();
        }
    }

    private static Outcome fetch(String url, Fetchers fetchers, TransactionalWriter writer)
            throws InterruptedException, KafkaWriteException {
        String id;
        try {
            id = ArticleId.of(fetchers.canonicalizer().canonicalize(Links.parse(url)));
        } catch (IllegalArgumentException e) {
            id = ArticleId.of(url);
        }
        ProducerRecord<String, byte[]> record;
        String error = null;
        try {
            FetchedPage page = fetchers.pages().fetch(Links.parse(url));
            String articleId = ArticleId.of(fetchers.canonicalizer().canonicalize(page.articleUrl()));
            record = PageRecords.page(new RawPage(articleId, url, page.finalUrl().toString(), null, null,
                    page.fetch(), page.html()));
            id = articleId;
            if (!writer.fits(record.value().length)) {
                throw new PageRejectedException("The page of " + url + " is too large for a Kafka record", null);
            }
        } catch (FetchException | PageRejectedException | IllegalArgumentException e) {
            error = e.getMessage();
            record = PageRecords.deadLetter(id, url, null, null, e);
        }
        writer.write(List.of(record), () -> { });
        return new Outcome(url, id, error);
    }
}
