package io.wirestream.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinksTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "https://example.com/news/a story.html|https://example.com/news/a%20story.html",
            "  https://example.com/a  |https://example.com/a",
            "https://example.com/zürich?q=café|https://example.com/z%C3%BCrich?q=caf%C3%A9",
            "https://example.com/a%20b|https://example.com/a%20b",
            "https://example.com/100%|https://example.com/100%25",
            "https://example.com/a?x={1}|https://example.com/a?x=%7B1%7D",
            "/relative/path one|https://news.example.com/relative/path%20one",
            "story.html|https://news.example.com/feeds/story.html",
    })
    void makesLinksAsBrowsersDo(String link, String resolved) {
        assertThat(Links.resolve(URI.create("https://news.example.com/feeds/rss.xml"), link))
                .isEqualTo(URI.create(resolved));
    }
}
