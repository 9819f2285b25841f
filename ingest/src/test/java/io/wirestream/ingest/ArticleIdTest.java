package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void isTheLowerCaseHexSha256OfTheCanonicalUrl() {
        // printf '%s' 'https://example.com/news/a?id=7' | sha256sum
        assertThat(ArticleId.of("https://example.com/news/a?id=7"))
                .isEqualTo("b96a38690ff43d55dda6f914c399b5efff5d465342ba374338e8933ed3fb9578");
    }

    @Test
    void isTheSameForEverySpellingOfOneArticle() {
        String id = ArticleId.of(UrlCanonicalizer.DEFAULT.canonicalize(URI.create("https://example.com/news/a?id=7")));

        assertThat(ArticleId.of(UrlCanonicalizer.DEFAULT.canonicalize(
                URI.create("HTTPS://EXAMPLE.com:443/news/a?utm_source=rss&id=7#top")))).isEqualTo(id);
    }
}
