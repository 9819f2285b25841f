package io.wirestream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.core.record.FeedItem;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchFailure;
import io.wirestream.ingest.http.Links;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds as publishers really serve them: read where a feed reader would read them, else a clear error. */
class BrokenFeedsTest {

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkAndWhiteSpaceBeforeTheXmlDeclaration() throws Exception {
        assertThat(Corpus.parse("broken-bom-whitespace.xml", "application/rss+xml").items())
                .extracting(FeedItem::title).containsExactly("After the BOM");
    }

    @Test
    void aDeclaredEncodingTheFeedIsNotWrittenIn() throws Exception {
        FeedDocument feed = Corpus.parse("broken-wrong-encoding.xml", "application/rss+xml; charset=utf-8");

        assertThat(feed.ref().title()).isEqualTo("Na\u00efve Encoding");
        assertThat(feed.items()).extracting(FeedItem::title)
                .containsExactly("Caf\u00e9 \u2013 \u201cna\u00efve\u201d \u20ac5");
    }

    @Test
    void htmlEntitiesInXml() throws Exception {
        FeedItem item = Corpus.parse("broken-html-entities.xml", null).items().get(0);

        assertThat(item.title()).isEqualTo("Caf\u00e9\u00a0society \u2014 \u201cquoted\u201d & more");
        assertThat(item.summary()).isEqualTo("\u00a9 2025 \u2026");
    }

    @Test
    void unescapedAmpersands() throws Exception {
        FeedItem item = Corpus.parse("broken-unescaped-amp.xml", null).items().get(0);

        assertThat(item.title()).isEqualTo("Salt & pepper");
        assertThat(item.link()).isEqualTo("https://broken.example/search?q=salt&pepper=1");
        assertThat(item.summary()).isEqualTo("Fish & chips; AT&T; R&D");
    }

    @Test
    void charactersXmlDoesNotAllow() throws Exception {
        assertThat(Corpus.parse("broken-invalid-chars.xml", null).items()).extracting(FeedItem::title)
                .containsExactly("Control chars in text");
    }

    @Test
    void aTruncatedDocumentKeepsItsCompleteItems() throws Exception {
        assertThat(Corpus.parse("broken-truncated.xml", null).items()).extracting(FeedItem::title)
                .containsExactly("Complete one", "Complete two");
    }

    @Test
    void relativeLinksResolveAgainstWhereTheFeedWasFetched() throws Exception {
        FeedDocument feed = Corpus.parse("broken-relative-links.xml", null);

        assertThat(feed.items()).extracting(item -> Links.resolve(feed.base(), item.link()))
                .containsExactly(URI.create("https://broken.example/news/2025/relative%20story.html"),
                        URI.create("https://cdn.broken.example/news/cdn.html"));
    }

    @Test
    void entitiesOfAnInternalSubsetAreNeverExpanded() throws Exception {
        FeedDocument feed = Corpus.parse("broken-billion-laughs.xml", null);

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("&lol9;");
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&leak;</title><link>https://x.example/</link>"
                + "<description>d</description><item><title>&leak;</title><link>https://x.example/a</link></item>"
                + "</channel></rss>";

        FeedDocument feed = FeedReader.parse(Corpus.BASE, xxe.getBytes(StandardCharsets.UTF_8), null);

        assertThat(feed.ref().title()).isEqualTo("&leak;").doesNotContain("s3cr3t");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("&leak;");
    }

    @Test
    void xmlThatIsNotAFeedIsAClearError() {
        assertThatThrownBy(() -> Corpus.parse("broken-not-a-feed.xml", "text/xml"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FetchFailure.INVALID_FEED);
                    assertThat(e.getMessage()).startsWith("Not an RSS or Atom feed at " + Corpus.BASE);
                });
    }

    @Test
    void garbageIsAClearError() {
        byte[] garbage = "this is not a feed at all, just text".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedReader.parse(Corpus.BASE, garbage, "text/plain"))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.failure()).isEqualTo(FetchFailure.INVALID_FEED));
    }

    @Test
    void aJsonDocumentThatIsNotAJsonFeedIsAClearError() {
        byte[] json = "{\"items\": []}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedReader.parse(Corpus.BASE, json, "application/json"))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.getMessage()).contains("Not a JSON Feed"));
    }
}
