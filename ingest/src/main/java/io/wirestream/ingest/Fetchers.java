package io.wirestream.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.ingest.feed.FeedReader;
import io.wirestream.ingest.http.HttpFetcher;
import io.wirestream.ingest.http.HttpSettings;
import io.wirestream.ingest.http.RobotsRules;
import java.util.HashSet;

/**
 * The fetching side of ingest, built from the configuration: one HTTP client with its politeness gate and
 * robots.txt cache, shared by the feed reader and the page fetcher.
 *
 * @param http          the HTTP fetcher
 * @param feeds         reads feeds, sitemaps and home pages
 * @param pages         fetches article pages
 * @param canonicalizer makes article URLs canonical
 */
record Fetchers(HttpFetcher http, FeedReader feeds, PageFetcher pages, UrlCanonicalizer canonicalizer) {

    static Fetchers from(WirestreamConfig config, MeterRegistry registry) {
        HttpFetcher http = new HttpFetcher(HttpSettings.from(config), registry);
        RobotsRules robots = new RobotsRules(http, config.get(IngestConfig.ROBOTS_TTL),
                config.get(IngestConfig.ROBOTS_ERROR_TTL), registry);
        return new Fetchers(http,
                new FeedReader(http, config.get(IngestConfig.FEED_MAX_ITEMS), config.get(IngestConfig.SITEMAP_MAX_CHILDREN)),
                new PageFetcher(http, robots, new HashSet<>(IngestConfig.list(config, IngestConfig.PAGE_CONTENT_TYPES))),
                new UrlCanonicalizer(IngestConfig.list(config, IngestConfig.URL_TRACKING_PARAMS)));
    }
}
