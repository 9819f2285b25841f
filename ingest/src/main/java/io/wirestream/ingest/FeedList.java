package io.wirestream.ingest;

import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.WirestreamConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A feed list file, as {@code ingest.feeds.file}, {@code run --feeds} and {@code feeds import} read it: one
 * http, https or file URL per line, blank lines and lines starting with {@code #} ignored, duplicates dropped.
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
     * @return the feeds, or empty when the key is set empty
     * @throws ConfigException naming the key when the file cannot be read or a line is not a feed URL
     */
    static Optional<FeedList> load(WirestreamConfig config) {
        Optional<String> file = config.find(IngestConfig.FEEDS_FILE);
        try {
            return file.map(name -> read(Path.of(name)));
        } catch (IllegalArgumentException e) { // an InvalidPathException too
            throw new ConfigException(List.of(IngestConfig.FEEDS_FILE.name() + " = '" + file.get() + "': "
                    + e.getMessage() + " (set it with " + IngestConfig.FEEDS_FILE.envName() + ")"));
        }
    }

    /**
     * Reads a feed list file.
     *
     * @throws IllegalArgumentException when it cannot be read, or naming the first line that is not a feed URL
     */
    static FeedList read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read it: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return parse(lines);
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
        try {
            return feedUrl(line);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + number + ": " + e.getMessage());
        }
    }

    /**
     * {@code text} as a feed URL.
     *
     * @throws IllegalArgumentException when it is not an absolute http, https or file URL with a host
     */
    static URI feedUrl(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getMessage());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme) || url.isOpaque()) {
            throw new IllegalArgumentException("'" + text + "' is not an absolute http, https or file URL");
        }
        if (!scheme.equals("file") && url.getHost() == null) {
            throw new IllegalArgumentException("'" + text + "' has no host");
        }
        return url;
    }

}
