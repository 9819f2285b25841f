package io.wirestream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.core.record.Enclosure;
import io.wirestream.core.record.FeedItem;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every format and version a newsroom meets, read with everything each item says. */
class FeedCorpusTest {

    @Test
    void rss2WithMediaEnclosuresAndSyndicationHints() throws Exception {
        FeedDocument feed = Corpus.parse("rss2-wordpress.xml", "application/rss+xml; charset=UTF-8");

        assertThat(feed.ref().title()).isEqualTo("The Harbour Gazette");
        assertThat(feed.publisherInterval()).as("sy:updatePeriod hourly, frequency 2").contains(Duration.ofMinutes(30));
        // A CDATA section keeps what it holds verbatim: the summary is HTML, its entities decoded by its reader.
        assertThat(feed.items()).containsExactly(
                new FeedItem("https://harbour-gazette.example/?p=48213", "Ferry service resumes after storm",
                        "<p>The ferry to the islands sails again on Wednesday &#8230;</p>",
                        "https://harbour-gazette.example/2025/06/10/ferry-service-resumes/?utm_source=rss&utm_medium=rss",
                        OffsetDateTime.parse("2025-06-10T14:30:00+02:00"), List.of("Mary O'Neill"),
                        List.of("Local", "Transport"), null,
                        "https://harbour-gazette.example/wp-content/uploads/2025/06/ferry-150x150.jpg",
                        List.of(new Enclosure("https://harbour-gazette.example/wp-content/uploads/2025/06/ferry.jpg",
                                "image/jpeg", 48213L))),
                new FeedItem("https://harbour-gazette.example/?p=48190", "Podcast: the harbour master on the new quay",
                        "Listen to the interview.", "/2025/06/09/podcast-harbour-master/",
                        OffsetDateTime.parse("2025-06-09T08:00:00Z"), List.of("Tom Becker"), List.of("Podcast"), null,
                        null, List.of(new Enclosure("https://harbour-gazette.example/audio/ep12.mp3", "audio/mpeg",
                        24986239L))));
    }

    @Test
    void atom10WithPublishedAndUpdatedDatesInThePublishersOffset() throws Exception {
        FeedDocument feed = Corpus.parse("atom10-blog.xml", "application/atom+xml");

        assertThat(feed.ref().title()).isEqualTo("Field Notes");
        assertThat(feed.items()).containsExactly(
                new FeedItem("tag:fieldnotes.example,2025:comet", "Comet <em>visible</em> this week",
                        "Look low in the western sky just after sunset.", "https://fieldnotes.example/2025/comet-visible",
                        OffsetDateTime.parse("2025-06-10T08:00:00-05:00"), List.of("Ann Smith", "Bo Li"),
                        List.of("astronomy"), OffsetDateTime.parse("2025-06-10T09:30:00-05:00"),
                        "https://fieldnotes.example/img/comet.png",
                        List.of(new Enclosure("https://fieldnotes.example/img/comet.png", "image/png", 10240L))),
                new FeedItem("tag:fieldnotes.example,2025:updated-only", "Updated only",
                        "An entry that has no published date.", "https://fieldnotes.example/2025/updated-only",
                        OffsetDateTime.parse("2025-06-09T22:15:00+09:00"), List.of(), List.of(),
                        OffsetDateTime.parse("2025-06-09T22:15:00+09:00"), null, List.of()));
    }

    @Test
    void rss10Rdf() throws Exception {
        FeedDocument feed = Corpus.parse("rdf-rss10.xml", "application/rdf+xml");

        assertThat(feed.ref().title()).isEqualTo("Wire Service (RDF)");
        assertThat(feed.items()).extracting(FeedItem::link)
                .containsExactly("https://wire.example/stories/1001", "https://wire.example/stories/1002");
        FeedItem first = feed.items().get(0);
        assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2025-06-10T16:45:00+01:00"));
        assertThat(first.authors()).containsExactly("Wire Staff");
        assertThat(first.categories()).containsExactly("Politics");
        assertThat(first.summary()).isEqualTo("The vote was 312 to 290.");
    }

    @Test
    void rss091WithTheNetscapeDoctypeInLatin1() throws Exception {
        FeedDocument feed = Corpus.parse("rss091-netscape.xml", "text/xml");

        assertThat(feed.ref().title()).isEqualTo("Old Town Crier");
        assertThat(feed.publisherInterval()).as("<ttl>").contains(Duration.ofMinutes(90));
        assertThat(feed.items()).extracting(FeedItem::title, FeedItem::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bridge reopens",
                        "http://oldtown.example/news/bridge.html"));
    }

    @Test
    void atom03() throws Exception {
        FeedDocument feed = Corpus.parse("atom03.xml", "application/atom+xml");

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Old format, still served");
            assertThat(item.link()).isEqualTo("https://legacy.example/2025/06/old-format");
            assertThat(item.published()).isEqualTo(OffsetDateTime.parse("2025-06-10T09:00:00+02:00"));
            assertThat(item.authors()).containsExactly("Jo Park");
        });
    }

    @Test
    void jsonFeed11() throws Exception {
        FeedDocument feed = Corpus.parse("jsonfeed11.json", "application/feed+json");

        assertThat(feed.ref().title()).isEqualTo("Daily Byte");
        assertThat(feed.items()).containsExactly(
                new FeedItem("2025-06-10-chips", "Chip plant breaks ground", "Construction starts on the new plant.",
                        "https://dailybyte.example/2025/06/10/chips", OffsetDateTime.parse("2025-06-10T10:00:00-07:00"),
                        List.of("Priya Raman"), List.of("industry", "semiconductors"),
                        OffsetDateTime.parse("2025-06-10T11:30:00-07:00"), "https://dailybyte.example/img/chips.jpg",
                        List.of(new Enclosure("https://dailybyte.example/audio/chips.m4a", "audio/x-m4a", 89970236L))),
                new FeedItem("2025-06-09-note", null, "A short note without a title.",
                        "https://elsewhere.example/a-note", OffsetDateTime.parse("2025-06-09T18:00:00Z"), List.of(),
                        List.of(), null, null, List.of()));
    }
}
