package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            "HTTPS://Example.COM/News/A https://example.com/News/A",
            "http://example.com:80/a http://example.com/a",
            "https://example.com:443/a https://example.com/a",
            "http://example.com:443/a http://example.com:443/a",
            "https://example.com:8443/a https://example.com:8443/a",
            "https://example.com/a#comments https://example.com/a",
            "https://example.com https://example.com/",
            "https://example.com?x=1 https://example.com/?x=1",
            "https://example.com/a?utm_source=rss&utm_medium=feed&id=7 https://example.com/a?id=7",
            "https://example.com/a?id=7&UTM_Campaign=x&fbclid=abc&gclid=def&page=2 https://example.com/a?id=7&page=2",
            "https://example.com/a?utm_source=rss https://example.com/a",
            "https://example.com/a?fbclid https://example.com/a",
            "https://example.com/a?utm=keep&gclidx=keep https://example.com/a?utm=keep&gclidx=keep",
            "https://example.com/caf%C3%A9?q=a%20b https://example.com/caf%C3%A9?q=a%20b",
            "https://example.com/a?&&id=7& https://example.com/a?id=7",
    })
    void canonicalizes(String url, String canonical) {
        assertThat(UrlCanonicalizer.DEFAULT.canonicalize(URI.create(url))).isEqualTo(canonical);
    }

    @Test
    void dropsTheConfiguredTrackingParametersToo() {
        UrlCanonicalizer configured = new UrlCanonicalizer(List.of("utm_*", "fbclid", "gclid", "mc_cid", "ref_*"));

        assertThat(configured.canonicalize(URI.create("https://example.com/a?mc_cid=1&ref_src=tw&id=7&mc=keep")))
                .isEqualTo("https://example.com/a?id=7&mc=keep");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative/path", "mailto:news@example.com", "ftp://example.com/a", "file:///etc/passwd",
            "http:///no-host"})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
        assertThatThrownBy(() -> UrlCanonicalizer.DEFAULT.canonicalize(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(url);
    }
}
