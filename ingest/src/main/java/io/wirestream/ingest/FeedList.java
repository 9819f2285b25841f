package io.wirestream.ingest;

import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.WirestreamConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds to poll, read from {@code ingest.feeds.file}: one http, https or file URL per line, blank
 * lines and lines starting with {@code #} ignored, duplicates dropped.
 *
 * @param urls the feed URLs in file order
 */
record FeedList(List<URI> urls) {

    private static final Set<String> SCHEMES = Set.of("http", "https", "file");

    FeedList {
        urls = List.copyOf(urls);
    }

    /**
     * Reads the file named by {@code ingest.feeds.file}.
     *
     * @throws ConfigException naming the key when the file cannot be read or a line is not a feed URL
     */
    static FeedList load(WirestreamConfig config) {
        String file = config.get(IngestConfig.FEEDS_FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw problem(file, "cannot read it: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            return parse(lines);
        } catch (IllegalArgumentException e) {
            throw problem(file, e.getMessage());
        }
    }

    /**
     * Parses the lines of a feed list.
     *
     * @throws IllegalArgumentException naming the first line that is not an http, https or file URL
     */
    static FeedList parse(List<String> lines) {
        Set<URI> urls = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            urls.add(feedUrl(line, i + 1));
        }
        return new FeedList(new ArrayList<>(urls));
    }

    private static URI feedUrl(String line, int number) {
        URI url;
        try {
            url = new URI(line);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("line " + number + " is not a URL: " + e.getMessage());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme) || url.isOpaque()) {
            throw new IllegalArgumentException("line " + number + ": '" + line
                    + "' is not an absolute http, https or file URL");
        }
        if (!scheme.equals("file") && url.getHost() == null) {
            throw new IllegalArgumentException("line " + number + ": '" + line + "' has no host");
        }
        return url;
    }

    private static ConfigException problem(String file, String what) {
        return new ConfigException(List.of(IngestConfig.FEEDS_FILE.name() + " = '" + file + "': " + what
                + " (set it with " + IngestConfig.FEEDS_FILE.envName() + ")"));
    }
}
