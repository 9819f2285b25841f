package io.wirestream.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.sink.MigratedDatabase;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vectors and queries computed here, read and matched by PostgreSQL itself. */
class SearchInPostgresTest {

    private static final String TITLE = "NATO admiral warns of Russian threat";
    private static final String BODY = """
            At the moment the Alliance must prepare for war, said Rob Bauer in Brussels.

            Bauer added that Russia could test NATO within five years, according to the German intelligence chief.""";

    @RegisterExtension
    static final MigratedDatabase db = MigratedDatabase.perTestClass();

    @Test
    void aPlainTextsVectorIsTheOnePostgresComputes() throws Exception {
        Map<String, Object> row = db.query("""
                SELECT ?::tsvector::text AS ours,
                       (setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))::text
                           AS postgres""", SearchVector.of(TITLE, null, BODY), TITLE, BODY).get(0);

        assertThat(row.get("ours")).isEqualTo(row.get("postgres"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bauer", "\"rob bauer\"", "\"bauer rob\"", "russia -bauer", "kahl or admiral",
            "nato -\"german intelligence\"", "brussels war", "paris"})
    void aQueryFindsWhatPostgresOwnWebSearchFinds(String query) throws Exception {
        Map<String, Object> row = db.query("""
                SELECT ?::tsvector @@ ?::tsquery AS ours,
                       to_tsvector('simple', ?) @@ websearch_to_tsquery('simple', ?) AS postgres""",
                SearchVector.of(null, null, BODY), SearchQuery.tsquery(query).orElseThrow(), BODY, query).get(0);

        assertThat(row.get("ours")).isEqualTo(row.get("postgres"));
    }

    @Test
    void aHugeBodyStaysWithinPostgresLimits() throws Exception {
        // More positions than a vector holds, one word far more often than a word keeps positions, and more
        // than a megabyte of distinct words.
        String body = IntStream.range(0, 120_000).mapToObj(i -> "word" + Integer.toString(i, 36) + "xxxxxxxx the")
                .collect(Collectors.joining(" "));

        Map<String, Object> row = db.query("""
                SELECT length(v) AS words, v @@ 'the'::tsquery AS common, v @@ 'word0xxxxxxxx'::tsquery AS first
                FROM (SELECT ?::tsvector AS v) s""", SearchVector.of("Title", null, body)).get(0);

        assertThat((Integer) row.get("words")).isBetween(40_000, 119_999);
        assertThat(row).containsEntry("common", true).containsEntry("first", true);
    }
}
