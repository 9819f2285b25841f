package io.wirestream.ingest.feed;

import io.wirestream.ingest.http.FetchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** The feed files under src/test/resources/feeds, written for these tests in the styles publishers use. */
final class Corpus {

    static final URI BASE = URI.create("https://broken.example/feed.xml");

    private Corpus() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus file {@code name} parsed as fetched from {@link #BASE} with {@code contentType}. */
    static FeedDocument parse(String name, String contentType) throws FetchException {
        return FeedReader.parse(BASE, bytes(name), contentType);
    }
}
