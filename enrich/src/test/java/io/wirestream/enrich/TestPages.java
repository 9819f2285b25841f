package io.wirestream.enrich;

import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import io.wirestream.core.record.FetchInfo;
import io.wirestream.core.record.RawPage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Pages written for the tests. */
final class TestPages {

    /** A news page with chrome around one article of three paragraphs and two attributed quotes. */
    static final String ARTICLE_HTML = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Summit ends without a deal | Example News</title>
              <meta property="og:title" content="Summit ends without a deal">
              <meta property="article:published_time" content="2024-03-05T10:15:00+01:00">
              <meta name="author" content="By Jane Doe">
              <link rel="canonical" href="https://news.example.com/world/summit-ends">
            </head>
            <body>
              <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
              <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
              <article class="story">
                <h1>Summit ends without a deal</h1>
                <p>Leaders of the European Union met in Brussels on Monday, but the summit ended without an
                   agreement on the budget, officials said.</p>
                <p>"We are further apart than we were a year ago," said Ursula von der Leyen, the president of
                   the European Commission.</p>
                <h2>Next steps</h2>
                <p>Finance ministers will meet again in April. Emmanuel Macron said that France would present a
                   new proposal before then.</p>
                <figure><img src="a.jpg"><figcaption>Leaders arrive in Brussels. Photo: Agency</figcaption></figure>
              </article>
              <aside class="related"><h3>Related</h3><ul><li><a href="/a">Budget talks stall</a></li>
                <li><a href="/b">What the budget pays for</a></li></ul></aside>
              <footer>Copyright Example News. All rights reserved.</footer>
            </body>
            </html>
            """;

    private TestPages() {
    }

    /** A raw page of {@code html} as ingest publishes it. */
    static RawPage rawPage(String id, String html) {
        return new RawPage(id, "https://news.example.com/world/summit-ends?utm_source=rss",
                "https://news.example.com/world/summit-ends", new FeedRef("https://news.example.com/rss", "Example"),
                new FeedItem("guid-" + id, "Feed title", "Feed summary", "https://news.example.com/world/summit-ends",
                        OffsetDateTime.parse("2024-03-05T09:00:00Z"), List.of("Feed Author"), List.of("World")),
                new FetchInfo(Instant.parse("2024-03-05T11:00:00Z"), 200, "text/html; charset=UTF-8", "UTF-8", null,
                        null, html.length()),
                html);
    }
}
