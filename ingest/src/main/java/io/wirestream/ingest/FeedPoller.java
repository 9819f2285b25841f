package io.wirestream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.wirestream.core.kafka.DeadLetterPublisher;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.serde.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll cycle: reads every feed, picks the items not published yet, fetches their pages and publishes
 * them, all on a bounded pool of workers. A feed that fails is logged and counted and read again next
 * cycle; an item whose page fails is dead-lettered and not tried again while this process runs, so that
 * a broken page is not fetched every cycle.
 */
final class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final String STAGE = "ingest";

    private final FeedList feeds;
    private final FeedReader feedReader;
    private final PageFetcher pageFetcher;
    private final PublishedIds published;
    private final RawPagePublisher publisher;
    private final DeadLetterPublisher deadLetters;
    private final ExecutorService workers;
    private final IngestMetrics metrics;
    private final Set<String> deadLettered = ConcurrentHashMap.newKeySet();

    FeedPoller(FeedList feeds, FeedReader feedReader, PageFetcher pageFetcher, PublishedIds published,
               RawPagePublisher publisher, DeadLetterPublisher deadLetters, ExecutorService workers,
               IngestMetrics metrics) {
        this.feeds = feeds;
        this.feedReader = feedReader;
        this.pageFetcher = pageFetcher;
        this.published = published;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.workers = workers;
        this.metrics = metrics;
    }

    /** Runs one cycle. Feeds and pages that fail do not fail it. */
    PollCycle poll() throws InterruptedException {
        List<Callable<Optional<Feed>>> reads = feeds.urls().stream()
                .<Callable<Optional<Feed>>>map(url -> () -> read(url)).toList();
        List<Feed> read = results(workers.invokeAll(reads)).stream().flatMap(Optional::stream).toList();

        int skipped = 0;
        Map<String, PendingItem> pending = new LinkedHashMap<>();
        for (Feed feed : read) {
            for (FeedItem item : feed.items()) {
                Optional<String> skip = queueOrSkip(feed, item, pending);
                if (skip.isPresent()) {
                    metrics.itemSkipped(skip.get());
                    skipped++;
                }
            }
        }

        AtomicReference<KafkaWriteException> kafkaFailure = new AtomicReference<>();
        List<Callable<ItemOutcome>> fetches = pending.values().stream()
                .<Callable<ItemOutcome>>map(item -> () -> process(item, kafkaFailure)).toList();
        List<ItemOutcome> outcomes = results(workers.invokeAll(fetches));
        return new PollCycle(Instant.now(), read.size(), feeds.urls().size() - read.size(),
                count(outcomes, ItemOutcome.PUBLISHED), count(outcomes, ItemOutcome.DEAD_LETTERED), skipped,
                kafkaFailure.get() == null ? null : kafkaFailure.get().getMessage());
    }

    private Optional<Feed> read(URI url) throws InterruptedException {
        try {
            return Optional.of(metrics.fetch(IngestMetrics.FEED, () -> feedReader.read(url), Feed::bytes));
        } catch (FetchException e) {
            log.warn("Feed {} failed, to be read again next cycle: {}", url, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.error("Feed {} failed unexpectedly, to be read again next cycle", url, e);
            return Optional.empty();
        }
    }

    /** Queues {@code item} in {@code pending} when it is new, or says why it is skipped. */
    private Optional<String> queueOrSkip(Feed feed, FeedItem item, Map<String, PendingItem> pending) {
        if (item.link() == null) {
            log.debug("Feed {}: item '{}' has no link", feed.ref().url(), item.title());
            return Optional.of("no_link");
        }
        PendingItem candidate = PendingItem.of(feed, item);
        if (published.contains(candidate.id()) || pending.containsKey(candidate.id())) {
            return Optional.of("duplicate");
        }
        if (deadLettered.contains(candidate.id())) {
            return Optional.of("dead_lettered");
        }
        pending.put(candidate.id(), candidate);
        return Optional.empty();
    }

    /** Fetches and publishes one page, or dead-letters it; leaves it for the next cycle when Kafka fails. */
    private ItemOutcome process(PendingItem item, AtomicReference<KafkaWriteException> kafkaFailure)
            throws InterruptedException {
        if (kafkaFailure.get() != null) {
            return ItemOutcome.DEFERRED; // every write would fail the same way and wait as long
        }
        try {
            return publishOrDeadLetter(item);
        } catch (KafkaWriteException e) {
            log.error("Kafka cannot take records; the rest of this cycle is deferred: {}", e.getMessage());
            kafkaFailure.compareAndSet(null, e);
            return ItemOutcome.DEFERRED;
        }
    }

    private ItemOutcome publishOrDeadLetter(PendingItem item) throws KafkaWriteException, InterruptedException {
        Exception failure;
        try {
            FetchedPage page = metrics.fetch(IngestMetrics.PAGE, () -> pageFetcher.fetch(item.uri()),
                    p -> p.fetch().bytes());
            publisher.publish(new RawPage(item.id(), item.url(), page.finalUrl().toString(), item.feed(),
                    item.item(), page.fetch(), page.html()));
            published.add(item.id());
            metrics.itemPublished();
            return ItemOutcome.PUBLISHED;
        } catch (FetchException | PageRejectedException e) {
            failure = e;
        } catch (RuntimeException e) {
            log.error("Unexpected failure processing {} from feed {}", item.url(), item.feed().url(), e);
            failure = e;
        }
        deadLetter(item, failure);
        return ItemOutcome.DEAD_LETTERED;
    }

    private void deadLetter(PendingItem item, Exception failure) throws KafkaWriteException, InterruptedException {
        DeadLetter letter = DeadLetter.of(STAGE, failure, null, item.id().getBytes(StandardCharsets.UTF_8),
                item.deadLetterValue(), Instant.now());
        try {
            deadLetters.publish(item.id(), letter);
        } catch (IllegalStateException e) {
            if (Thread.interrupted()) { // the publisher reports an interrupt this way, with the flag set
                throw new InterruptedException("Interrupted while dead-lettering " + item.url());
            }
            throw new KafkaWriteException("Cannot dead-letter " + item.url() + ": " + e.getMessage(), e);
        }
        deadLettered.add(item.id());
    }

    /** The results of tasks that handle their own failures; anything they throw is a bug or a shutdown. */
    private static <T> List<T> results(Collection<Future<T>> futures) throws InterruptedException {
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InterruptedException) {
                    throw new InterruptedException("A fetch was interrupted");
                }
                throw new IllegalStateException("A fetch task failed unexpectedly", e.getCause());
            }
        }
        return results;
    }

    private static int count(List<ItemOutcome> outcomes, ItemOutcome outcome) {
        return (int) outcomes.stream().filter(outcome::equals).count();
    }

    private enum ItemOutcome { PUBLISHED, DEAD_LETTERED, DEFERRED }

    /**
     * A feed item to fetch.
     *
     * @param id   the article id, or, when the link has no canonical form, the hash of the link, so that
     *             the item is still dead-lettered only once
     * @param url  the link, resolved against the feed URL when it can be
     * @param feed the feed it came from
     * @param item what the feed said about it
     */
    private record PendingItem(String id, String url, FeedRef feed, FeedItem item) {

        static PendingItem of(Feed feed, FeedItem item) {
            String url = item.link();
            try {
                URI resolved = URI.create(feed.ref().url()).resolve(url);
                url = resolved.toString();
                return new PendingItem(ArticleId.of(UrlCanonicalizer.canonicalize(resolved)), url, feed.ref(), item);
            } catch (IllegalArgumentException e) {
                // Not an http(s) URL: fetching it fails and says why, which dead-letters the item.
                return new PendingItem(ArticleId.of(url), url, feed.ref(), item);
            }
        }

        URI uri() throws FetchException {
            try {
                return new URI(url);
            } catch (URISyntaxException e) {
                throw new FetchException(FetchFailure.INVALID_URL, "Not a URL: '" + url + "': " + e.getMessage(), e);
            }
        }

        /** The dead letter's value: the item as JSON, {url, feed, item}. */
        byte[] deadLetterValue() {
            try {
                return Json.mapper().writeValueAsBytes(new FailedItem(url, feed, item));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write a feed item as JSON", e);
            }
        }
    }

    private record FailedItem(String url, FeedRef feed, FeedItem item) {
    }
}
