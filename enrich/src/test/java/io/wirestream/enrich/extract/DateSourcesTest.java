package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The date formats of metadata and of article URLs. */
class DateSourcesTest {

    @Test
    void readsTheIsoVariantsPagesWrite() {
        assertThat(DateValues.parse("2024-03-05T10:15:00+0100"))
                .isEqualTo(OffsetDateTime.parse("2024-03-05T10:15:00+01:00"));
        assertThat(DateValues.parse("2024-03-05 10:15")).isEqualTo(OffsetDateTime.parse("2024-03-05T10:15:00Z"));
        assertThat(DateValues.parse("2024/03/05")).isEqualTo(OffsetDateTime.parse("2024-03-05T00:00:00Z"));
        assertThat(DateValues.parse("Tue, 5 Mar 2024 09:15:00 GMT"))
                .isEqualTo(OffsetDateTime.parse("2024-03-05T09:15:00Z"));
        assertThat(DateValues.parse("5 March 2024")).isNull();
        assertThat(DateValues.parse("2024-02-30")).isNull();
    }

    @Test
    void findsTheDateInArticleUrls() {
        OffsetDateTime day = OffsetDateTime.parse("2019-11-19T00:00:00Z");
        assertThat(UrlDate.parse("https://www.example.com/2019/11/19/story-title/")).isEqualTo(day);
        assertThat(UrlDate.parse("https://www.example.com/news/2019-11-19-story-title")).isEqualTo(day);
        assertThat(UrlDate.parse("https://www.example.com/news/20191119/story.html")).isEqualTo(day);
        assertThat(UrlDate.parse("https://www.example.com/2019/11/story")).isNull();
        assertThat(UrlDate.parse("https://www.example.com/columnists/201911181077343476-title/")).isNull();
        assertThat(UrlDate.parse("https://www.example.com/story?date=2019-11-19")).isNull();
        assertThat(UrlDate.parse("https://www.example.com/2019/13/45/story")).isNull();
    }
}
