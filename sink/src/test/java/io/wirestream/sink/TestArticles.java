package io.wirestream.sink;

import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Mention;
import io.wirestream.core.record.Quote;
import io.wirestream.core.record.QuoteKind;
import io.wirestream.core.record.Speaker;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Articles shaped like the enricher's, for tests. */
public final class TestArticles {

    public static final String BODY = "Jane Doe met Acme Corp in Paris.\n\n\"We will build it,\" Doe said.";

    private TestArticles() {
    }

    /**
     * An article with every metadata field, two entities (one with an alias and a role), three mentions and two
     * quotes, one without a speaker.
     */
    public static Article article(String id, OffsetDateTime publishedAt) {
        Entity jane = new Entity("person:jane doe", "Jane Doe", EntityType.PERSON, List.of("Doe"),
                List.of(new Mention(0, 8, "Jane Doe"), new Mention(54, 57, "Doe")), List.of("Chief Executive"));
        Entity acme = new Entity("organization:acme corp", "Acme Corp", EntityType.ORGANIZATION, List.of(),
                List.of(new Mention(13, 22, "Acme Corp")));
        Quote direct = new Quote("We will build it,", 35, 52, QuoteKind.DIRECT, "said",
                new Speaker("Jane Doe", "person:jane doe"));
        Quote unattributed = new Quote("Jane Doe met Acme Corp", 0, 22, QuoteKind.INDIRECT, null, null);
        return new Article(id, "https://news.example.com/" + id, "https://news.example.com/c/" + id,
                "news.example.com", "The Example News", "Title of " + id, "What Jane Doe told Acme.",
                List.of("Ann Writer", "Bob Editor"), publishedAt,
                publishedAt == null ? null : publishedAt.plusHours(3), "en", "Business", List.of("Acme", "Paris"),
                "https://news.example.com/img/" + id + ".jpg", BODY, List.of(jane, acme),
                List.of(direct, unattributed), Instant.parse("2026-01-02T03:04:05.123Z"), "test-1");
    }

    /** {@link #article} published at a fixed time, with an offset other than UTC. */
    public static Article article(String id) {
        return article(id, OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
    }

    /** {@code article} as a re-enrichment found it: one other entity and one other quote. */
    public static Article reEnriched(Article article) {
        Entity paris = new Entity("location:paris", "Paris", EntityType.LOCATION, List.of(),
                List.of(new Mention(26, 31, "Paris")));
        Quote quote = new Quote("We will build it", 35, 51, QuoteKind.DIRECT, "said", new Speaker("Doe", null));
        return new Article(article.id(), article.url(), article.canonicalUrl(), article.source(), article.siteName(),
                "New title", article.description(), article.authors(), article.publishedAt(), article.updatedAt(),
                article.language(), article.section(), article.tags(), article.topImage(), article.body(),
                List.of(paris), List.of(quote), article.enrichedAt().plusSeconds(60), "test-2");
    }

    /** {@code article} as PostgreSQL gives it back: the same instants, in UTC. */
    public static Article asStored(Article article) {
        return new Article(article.id(), article.url(), article.canonicalUrl(), article.source(), article.siteName(),
                article.title(), article.description(), article.authors(), inUtc(article.publishedAt()),
                inUtc(article.updatedAt()), article.language(), article.section(), article.tags(),
                article.topImage(), article.body(), article.entities(), article.quotes(), article.enrichedAt(),
                article.extractorVersion());
    }

    private static OffsetDateTime inUtc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** {@code article} with another body, e.g. one the database refuses. */
    public static Article withBody(Article article, String body) {
        return new Article(article.id(), article.url(), article.canonicalUrl(), article.source(), article.siteName(),
                article.title(), article.description(), article.authors(), article.publishedAt(),
                article.updatedAt(), article.language(), article.section(), article.tags(), article.topImage(), body,
                article.entities(), article.quotes(), article.enrichedAt(), article.extractorVersion());
    }
}
