package io.wirestream.ingest;

import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.record.FeedState;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.topic.Topics;
import io.wirestream.ingest.feed.FeedDocument;
import io.wirestream.ingest.feed.FeedReader;
import io.wirestream.ingest.feed.FeedResponse;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchFailure;
import io.wirestream.ingest.http.Links;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: reads it (conditionally), fetches the page of each item it has not seen, and writes
 * the pages, the dead letters of the pages that failed and the feed's new state in one transaction. A feed
 * that fails is logged with the reason, backs off and is tried again; a page that fails is dead-lettered
 * and not fetched again (its item is remembered as seen), so that a broken page is not fetched every poll.
 * Non-HTML links and links robots.txt disallows are skipped and counted, not dead-lettered.
 */
final class FeedPoll {

    private static final Logger log = LoggerFactory.getLogger(FeedPoll.class);

    private final FeedReader feedReader;
    private final PageFetcher pageFetcher;
    private final PublishedIds published;
    private final TransactionalWriter writer;
    private final UrlCanonicalizer canonicalizer;
    private final PollSchedule schedule;
    private final int seenMax;
    private final IngestMetrics metrics;

    FeedPoll(FeedReader feedReader, PageFetcher pageFetcher, PublishedIds published, TransactionalWriter writer,
             UrlCanonicalizer canonicalizer, PollSchedule schedule, int seenMax, IngestMetrics metrics) {
        this.feedReader = feedReader;
        this.pageFetcher = pageFetcher;
        this.published = published;
        this.writer = writer;
        this.canonicalizer = canonicalizer;
        this.schedule = schedule;
        this.seenMax = seenMax;
        this.metrics = metrics;
    }

    /**
     * Polls {@code feed} and writes what it found.
     *
     * @param state its state, or null when it was never polled
     * @return its new state, as written
     * @throws KafkaWriteException  when Kafka cannot take the records (nothing of this poll is then visible)
     * @throws InterruptedException when the calling thread is interrupted (nothing of this poll is written)
     */
    FeedState poll(FeedSettings feed, FeedState state) throws KafkaWriteException, InterruptedException {
        FeedState held = state != null ? state : new FeedState(feed.url(), null, null, null, List.of(),
                schedule.initial(feed).toSeconds(), Instant.now(), 0, null, null, null, null, 0);
        Instant began = Instant.now();
        FeedResponse response;
        try {
            response = metrics.fetch(IngestMetrics.FEED, () -> feedReader.read(URI.create(feed.url()), held.etag(),
                    held.lastModified(), held.contentHash()), r -> r.document().map(FeedDocument::bytes).orElse(0L),
                    FeedResponse::status);
        } catch (FetchException e) {
            return failed(feed, held, began, e);
        } catch (RuntimeException e) {
            log.error("Feed {} failed unexpectedly", feed.url(), e);
            return failed(feed, held, began, new FetchException(FetchFailure.INVALID_FEED, e.toString(), e));
        }
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<String> publishedIds = new ArrayList<>();
        List<String> seen = held.seen();
        int newItems = 0;
        Optional<Duration> hints = response.cacheMaxAge();
        if (response.document().isPresent()) {
            FeedDocument document = response.document().get();
            hints = Stream.of(document.publisherInterval(), response.cacheMaxAge()).flatMap(Optional::stream)
                    .max(Duration::compareTo);
            Set<String> known = new LinkedHashSet<>(held.seen());
            List<String> inDocument = new ArrayList<>();
            for (FeedItem item : document.items()) {
                Optional<Candidate> candidate = candidate(document, item);
                if (candidate.isEmpty()) {
                    continue;
                }
                String seenId = ArticleId.seen(candidate.get().id());
                inDocument.add(seenId);
                if (known.contains(seenId) || published.contains(candidate.get().id())) {
                    metrics.itemSkipped("duplicate");
                    continue;
                }
                known.add(seenId);
                newItems++;
                if (!fetchPage(candidate.get(), records, publishedIds)) {
                    inDocument.remove(inDocument.size() - 1); // not settled: tried again next poll
                }
            }
            seen = remembered(inDocument, held.seen());
        }
        Duration interval = schedule.afterSuccess(feed, Duration.ofSeconds(held.intervalSeconds()), newItems, hints);
        Instant now = Instant.now();
        FeedState next = new FeedState(feed.url(), response.etag(), response.lastModified(), response.contentHash(),
                seen, interval.toSeconds(), schedule.next(now, interval), 0, response.status(), began, now, null,
                held.itemsPublished() + records.stream().filter(r -> r.topic().equals(Topics.RAW.name())).count());
        write(records, next, publishedIds);
        if (held.errorStreak() > 0) {
            log.info("Feed {} works again after {} failed polls", feed.url(), held.errorStreak());
        }
        return next;
    }

    /** The item as a page to fetch, or empty (counted) when it has no link. */
    private Optional<Candidate> candidate(FeedDocument document, FeedItem item) {
        if (item.link() == null) {
            log.debug("Feed {}: item '{}' has no link", document.ref().url(), item.title());
            metrics.itemSkipped("no_link");
            return Optional.empty();
        }
        try {
            URI resolved = Links.resolve(document.base(), item.link());
            return Optional.of(new Candidate(ArticleId.of(canonicalizer.canonicalize(resolved)), resolved.toString(),
                    document.ref(), item));
        } catch (IllegalArgumentException e) {
            // Not an http(s) URL: fetching it fails and says why, which dead-letters the item once.
            return Optional.of(new Candidate(ArticleId.of(item.link()), item.link(), document.ref(), item));
        }
    }

    /**
     * Fetches the page of {@code item} and adds its record, or its dead letter, to {@code records}.
     *
     * @return whether the item is settled; when not (its site's robots.txt cannot be read now) it is tried again
     */
    private boolean fetchPage(Candidate item, List<ProducerRecord<String, byte[]>> records, List<String> publishedIds)
            throws InterruptedException {
        FetchedPage page;
        try {
            page = metrics.fetch(IngestMetrics.PAGE, () -> pageFetcher.fetch(Links.parse(item.url())),
                    p -> p.fetch().bytes(), p -> p.fetch().status());
        } catch (FetchException e) {
            switch (e.failure()) {
                case NOT_HTML, ROBOTS_DENIED, ROBOTS_UNREACHABLE -> {
                    log.debug("Skipped {} from feed {}: {}", item.url(), item.feed().url(), e.getMessage());
                    metrics.itemSkipped(e.failure() == FetchFailure.NOT_HTML ? "not_html" : e.failure().tag());
                    return e.failure() != FetchFailure.ROBOTS_UNREACHABLE;
                }
                default -> {
                    records.add(deadLetter(item, e));
                    return true;
                }
            }
        } catch (IllegalArgumentException e) {
            records.add(deadLetter(item, new FetchException(FetchFailure.INVALID_URL, e.getMessage(), e)));
            return true;
        } catch (RuntimeException e) {
            log.error("Unexpected failure fetching {} from feed {}", item.url(), item.feed().url(), e);
            records.add(deadLetter(item, e));
            return true;
        }
        String id = articleId(item, page);
        if (!id.equals(item.id()) && published.contains(id)) {
            metrics.itemSkipped("duplicate"); // a redirect or canonical link led to an article already published
            return true;
        }
        RawPage raw = new RawPage(id, item.url(), page.finalUrl().toString(), item.feed(), item.item(), page.fetch(),
                page.html());
        ProducerRecord<String, byte[]> record = PageRecords.page(raw);
        if (!writer.fits(record.value().length)) {
            records.add(deadLetter(item, new PageRejectedException("The page of " + item.url() + " is "
                    + record.value().length + " bytes as JSON, more than a Kafka record may hold", null)));
            return true;
        }
        records.add(record);
        publishedIds.add(id);
        if (!id.equals(item.id())) {
            publishedIds.add(item.id());
        }
        return true;
    }

    /** The id of the article: the hash of its canonical URL, else of where the link led, else of the link. */
    private String articleId(Candidate item, FetchedPage page) {
        try {
            return ArticleId.of(canonicalizer.canonicalize(page.articleUrl()));
        } catch (IllegalArgumentException e) {
            return item.id();
        }
    }

    private FeedState failed(FeedSettings feed, FeedState held, Instant began, FetchException e)
            throws KafkaWriteException {
        int streak = held.errorStreak() + 1;
        Instant next = schedule.afterFailure(feed, Instant.now(), Duration.ofSeconds(held.intervalSeconds()), streak,
                e.retryAfter());
        log.warn("Feed {} failed ({} in a row), next poll at {}: {}", held.url(), streak, next, e.getMessage());
        FeedState failed = new FeedState(held.url(), held.etag(), held.lastModified(), held.contentHash(), held.seen(),
                held.intervalSeconds(), next, streak, e.status().orElse(null), began, held.lastSuccessAt(),
                e.getMessage(), held.itemsPublished());
        write(List.of(), failed, List.of());
        return failed;
    }

    private void write(List<ProducerRecord<String, byte[]>> records, FeedState state, List<String> publishedIds)
            throws KafkaWriteException {
        List<ProducerRecord<String, byte[]>> all = new ArrayList<>(records);
        all.add(PageRecords.state(state));
        int pages = (int) records.stream().filter(r -> r.topic().equals(Topics.RAW.name())).count();
        int letters = records.size() - pages;
        writer.write(all, () -> {
            publishedIds.forEach(published::add);
            metrics.committed(pages, letters);
        });
    }

    /** The seen ids to keep: those of the document, then the most recent others, up to the limit. */
    private List<String> remembered(List<String> inDocument, List<String> before) {
        Set<String> kept = new LinkedHashSet<>(inDocument);
        for (String id : before) {
            if (kept.size() >= Math.max(seenMax, inDocument.size())) {
                break;
            }
            kept.add(id);
        }
        return List.copyOf(kept);
    }

    private static ProducerRecord<String, byte[]> deadLetter(Candidate item, Exception failure) {
        return PageRecords.deadLetter(item.id(), item.url(), item.feed(), item.item(), failure);
    }

    /**
     * A feed item to fetch.
     *
     * @param id   the article id of its link, or, when the link has no canonical form, the hash of the link
     * @param url  the link, resolved against the feed's URL when it can be
     * @param feed the feed it came from
     * @param item what the feed said about it
     */
    private record Candidate(String id, String url, FeedRef feed, FeedItem item) {
    }
}
