package io.wirestream.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
            "Bauer                      => 'bauer'",
            "rob bauer                  => 'rob' & 'bauer'",
            "\"Rob Bauer\" nato         => ('rob' <-> 'bauer') & 'nato'",
            "bauer or kahl              => 'bauer' | 'kahl'",
            "bauer OR kahl putin        => 'bauer' | 'kahl' & 'putin'",
            "nato -\"rob bauer\" -kahl  => 'nato' & !('rob' <-> 'bauer') & !'kahl'",
            "well-known                 => ('well' <-> 'known')",
            "or bauer or                => 'bauer'",
            "\"unclosed phrase          => ('unclosed' <-> 'phrase')",
            "x'); DROP TABLE articles;  => 'x' & 'drop' & 'table' & 'articles'"})
    void readsWebSearchSyntax(String query, String tsquery) {
        assertThat(SearchQuery.tsquery(query)).contains(tsquery);
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", " -- ! ", "or", "\"\""})
    void hasNothingToLookForWithoutWords(String query) {
        assertThat(SearchQuery.tsquery(query)).isEmpty();
    }
}
