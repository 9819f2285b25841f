package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final URI FEED_URL = URI.create("https://example.com/feed.xml");

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Example World News</title>
                <link>https://example.com/</link>
                <description>The world, daily</description>
                <item>
                  <title>Summit ends without a deal</title>
                  <link>https://example.com/news/summit?utm_source=rss</link>
                  <guid isPermaLink="false">example-1001</guid>
                  <description>&lt;p&gt;Leaders left &lt;b&gt;early&lt;/b&gt;.&lt;/p&gt;</description>
                  <pubDate>Tue, 10 Jun 2025 14:30:00 +0200</pubDate>
                  <dc:creator>Jane Doe</dc:creator>
                  <category>World</category>
                  <category>Politics</category>
                </item>
                <item>
                  <title>An item without a guid</title>
                  <link>/news/no-guid</link>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example Atom</title>
              <id>urn:example:feed</id>
              <updated>2025-06-10T12:00:00Z</updated>
              <entry>
                <title>Rates held</title>
                <id>tag:example.com,2025:rates</id>
                <link rel="alternate" type="text/html" href="https://example.com/economy/rates"/>
                <link rel="enclosure" href="https://example.com/economy/rates.mp3"/>
                <updated>2025-06-10T09:00:00+01:00</updated>
                <summary>The bank kept rates where they were.</summary>
                <author><name>Ann Smith</name></author>
                <author><name>Bo Li</name></author>
                <category term="Economy"/>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void readsRss2() throws Exception {
        Feed feed = FeedReader.parse(FEED_URL, RSS.getBytes(StandardCharsets.UTF_8), "application/rss+xml");

        assertThat(feed.ref()).isEqualTo(new FeedRef(FEED_URL.toString(), "Example World News"));
        assertThat(feed.bytes()).isEqualTo(RSS.getBytes(StandardCharsets.UTF_8).length);
        assertThat(feed.items()).containsExactly(
                new FeedItem("example-1001", "Summit ends without a deal", "<p>Leaders left <b>early</b>.</p>",
                        "https://example.com/news/summit?utm_source=rss",
                        OffsetDateTime.parse("2025-06-10T12:30:00Z"), List.of("Jane Doe"), List.of("World", "Politics")),
                // No guid stays no guid: Rome's generic entry would put the link there.
                new FeedItem(null, "An item without a guid", null, "/news/no-guid", null, List.of(), List.of()));
    }

    @Test
    void readsAtom() throws Exception {
        Feed feed = FeedReader.parse(FEED_URL, ATOM.getBytes(StandardCharsets.UTF_8), "application/atom+xml");

        assertThat(feed.ref().title()).isEqualTo("Example Atom");
        assertThat(feed.items()).containsExactly(new FeedItem("tag:example.com,2025:rates", "Rates held",
                "The bank kept rates where they were.", "https://example.com/economy/rates",
                OffsetDateTime.parse("2025-06-10T08:00:00Z"), List.of("Ann Smith", "Bo Li"), List.of("Economy")));
    }

    @Test
    void decodesTheEncodingTheXmlDeclares() throws Exception {
        byte[] latin1 = RSS.replace("UTF-8", "ISO-8859-1").replace("Example World News", "Nouvelles du café")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(FeedReader.parse(FEED_URL, latin1, "application/xml").ref().title())
                .isEqualTo("Nouvelles du café");
    }

    @Test
    void saysWhereAMalformedFeedBreaks() {
        byte[] truncated = RSS.substring(0, RSS.indexOf("</item>")).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedReader.parse(FEED_URL, truncated, "application/rss+xml"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FetchFailure.INVALID_FEED);
                    assertThat(e.getMessage()).startsWith("Not a well-formed feed at " + FEED_URL + ": Invalid XML")
                            .contains("line");
                });
    }

    @Test
    void saysWhenADocumentIsNotAFeed() {
        byte[] html = "<html><head><title>Home</title></head><body/></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedReader.parse(FEED_URL, html, "text/html"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FetchFailure.INVALID_FEED);
                    assertThat(e.getMessage()).startsWith("Not an RSS or Atom feed at " + FEED_URL);
                });
    }

    @Test
    void refusesDoctypesSoThatNoExternalEntityIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + RSS.substring(RSS.indexOf("<rss")).replace("The world, daily", "&leak;");

        assertThatThrownBy(() -> FeedReader.parse(FEED_URL, xxe.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FetchFailure.INVALID_FEED);
                    assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("s3cr3t");
                });
    }

    @Test
    void readsFeedsFromFilesAndOverHttp() throws Exception {
        Path file = Files.writeString(dir.resolve("feed.xml"), ATOM);
        FeedReader reader = new FeedReader(new HttpFetcher(new HttpSettings(Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1 << 20, 3, "wirestream-test/1.0")));
        try (TestHttpServer server = new TestHttpServer()) {
            server.route("/rss.xml", TestHttpServer.respond(200, "application/rss+xml", RSS));

            assertThat(reader.read(file.toUri()).items()).extracting(FeedItem::title).containsExactly("Rates held");
            assertThat(reader.read(server.url("/rss.xml")).ref().url()).isEqualTo(server.url("/rss.xml").toString());
            assertThatThrownBy(() -> reader.read(dir.resolve("missing.xml").toUri()))
                    .isInstanceOfSatisfying(FetchException.class,
                            e -> assertThat(e.failure()).isEqualTo(FetchFailure.NETWORK));
        }
    }
}
