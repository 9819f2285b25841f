package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {

    @TempDir
    Path dir;

    @Test
    void readsOneUrlPerLineSkippingCommentsBlanksAndRepeats() {
        FeedList feeds = FeedList.parse(List.of(
                "# World news",
                "https://example.com/world.rss",
                "",
                "   http://example.org/atom.xml   ",
                "\t# indented comment",
                "file:///srv/feeds/local.xml",
                "https://example.com/world.rss"));

        assertThat(feeds.urls()).containsExactly(URI.create("https://example.com/world.rss"),
                URI.create("http://example.org/atom.xml"), URI.create("file:///srv/feeds/local.xml"));
    }

    @Test
    void namesTheLineThatIsNotAFeedUrl() {
        assertThatThrownBy(() -> FeedList.parse(List.of("https://example.com/a.rss", "ftp://example.com/b.rss")))
                .hasMessageContaining("line 2").hasMessageContaining("ftp://example.com/b.rss");
        assertThatThrownBy(() -> FeedList.parse(List.of("example.com/feed")))
                .hasMessageContaining("line 1").hasMessageContaining("not an absolute http, https or file URL");
        assertThatThrownBy(() -> FeedList.parse(List.of("https://exa mple.com/")))
                .hasMessageContaining("line 1: 'https://exa mple.com/' is not a URL");
    }

    @Test
    void loadsTheFileOfTheConfiguration() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "# mine\nhttps://example.com/a.rss\n");

        assertThat(FeedList.load(config(file)).orElseThrow().urls()).containsExactly(URI.create("https://example.com/a.rss"));
    }

    @Test
    void aMissingFileIsAConfigurationErrorNamingTheKey() {
        Path missing = dir.resolve("nowhere.txt");

        assertThatThrownBy(() -> FeedList.load(config(missing)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.feeds.file = '" + missing + "': cannot read it")
                .hasMessageContaining("WIRESTREAM_INGEST_FEEDS_FILE");
    }

    @Test
    void aBadLineIsAConfigurationErrorNamingTheKeyAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "https://example.com/a.rss\nnot a url\n");

        assertThatThrownBy(() -> FeedList.load(config(file)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.feeds.file")
                .hasMessageContaining("line 2");
    }

    private static WirestreamConfig config(Path feeds) {
        return WirestreamConfig.resolve(List.of(CoreConfig.GROUP, IngestConfig.GROUP), Map.of(),
                Map.of(IngestConfig.FEEDS_FILE.name(), feeds.toString()));
    }
}
