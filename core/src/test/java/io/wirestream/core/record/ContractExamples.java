package io.wirestream.core.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** One fully populated record per topic, every optional field set, so that its JSON shows the whole shape. */
final class ContractExamples {

    static final String ID = "4c8a3f0e2b1d7a9c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d";
    static final String URL = "https://www.example-news.com/world/2024/11/19/nato-preemptive-strikes";
    static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-11-19T08:30:00+01:00");

    private ContractExamples() {
    }

    static RawPage rawPage() {
        return new RawPage(ID, URL + "?utm_source=rss", URL,
                new FeedRef("https://www.example-news.com/rss/world.xml", "Example News - World"),
                new FeedItem("https://www.example-news.com/?p=48213", "NATO eyes preemptive strikes",
                        "NATO leadership is considering precise strikes on Russian territory.", URL + "?utm_source=rss",
                        PUBLISHED, List.of("Jane Reporter"), List.of("World", "Defence"),
                        OffsetDateTime.parse("2024-11-19T09:05:00+01:00"),
                        "https://www.example-news.com/img/2024/11/bauer.jpg",
                        List.of(new Enclosure("https://www.example-news.com/img/2024/11/bauer.jpg", "image/jpeg", 48213L))),
                new FetchInfo(Instant.parse("2024-11-19T08:41:07.512Z"), 200, "text/html; charset=utf-8", "UTF-8",
                        "\"5f2a-61c8\"", "Tue, 19 Nov 2024 07:30:00 GMT", 48213),
                "<!doctype html><html lang=\"en\"><head><title>NATO eyes preemptive strikes</title></head>"
                        + "<body><article><p>During a conference in Brussels, ...</p></article></body></html>");
    }

    static Article article() {
        String body = "During a conference in Brussels, NATO Military Committee Chairman Admiral Rob Bauer said "
                + "that NATO leadership is considering preemptive strikes.\n\n"
                + "- We must deliver the first strike - said Bauer.";
        Entity bauer = new Entity("person:rob-bauer", "Rob Bauer", EntityType.PERSON, List.of("Bauer"),
                List.of(new Mention(74, 83, "Rob Bauer"), new Mention(188, 193, "Bauer")), List.of("Chairman", "Admiral"));
        Quote quote = new Quote("We must deliver the first strike", 148, 180, QuoteKind.DIRECT, "said",
                new Speaker("Rob Bauer", "person:rob-bauer"));
        return new Article(ID, URL, URL, "www.example-news.com", "Example News", "NATO eyes preemptive strikes",
                "NATO leadership is considering precise strikes on Russian territory.", List.of("Jane Reporter"),
                PUBLISHED, OffsetDateTime.parse("2024-11-19T10:05:00+01:00"), "en", "World",
                List.of("NATO", "Defence"), "https://www.example-news.com/img/2024/11/bauer.jpg", body,
                List.of(bauer), List.of(quote),
                Instant.parse("2024-11-19T08:41:09.003Z"), "enrich-0.1.0");
    }

    static QuoteRecord quoteRecord() {
        Article article = article();
        return new QuoteRecord(article.id(), article.url(), article.title(), article.publishedAt(),
                article.quotes().get(0));
    }

    static DeadLetter deadLetter() {
        return new DeadLetter("enrich", "org.apache.kafka.common.errors.SerializationException",
                "Not a valid RawPage record in news.raw.v1: Unexpected character ('<' (code 60))",
                new SourcePosition("news.raw.v1", 2, 1187), "NGM4YTNmMGUy", "PGh0bWw+",
                Instant.parse("2024-11-19T08:41:09.120Z"));
    }

    static FeedSettings feedSettings() {
        return new FeedSettings("https://www.example-news.com/rss/world.xml", "Example News - World",
                Instant.parse("2024-11-01T09:00:00Z"), 120L, 3600L);
    }

    static FeedState feedState() {
        return new FeedState("https://www.example-news.com/rss/world.xml", "\"a8f3-5e21\"",
                "Tue, 19 Nov 2024 07:35:00 GMT", "9c2d41e07b5a3f18", List.of("4c8a3f0e2b1d7a9c", "0b7e9d2c4a6f8e1d"),
                600, Instant.parse("2024-11-19T09:01:07Z"), 2, 503, Instant.parse("2024-11-19T08:41:07Z"),
                Instant.parse("2024-11-19T08:21:03Z"),
                "HTTP 503 from https://www.example-news.com/rss/world.xml (Retry-After: 600)", 1287);
    }
}
