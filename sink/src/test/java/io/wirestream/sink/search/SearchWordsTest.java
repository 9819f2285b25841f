package io.wirestream.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void splitsAtPunctuationAndLowersTheCase() {
        assertThat(SearchWords.of("Putin's well-known NATO-Russia talks, 3.5% (U.S.)"))
                .containsExactly("putin", "s", "well", "known", "nato", "russia", "talks", "3", "5", "u", "s");
    }

    @Test
    void keepsLettersOfEveryScriptWithTheirCombiningMarks() {
        assertThat(SearchWords.of("Москва — Seúl, हिन्दी 東京都"))
                .containsExactly("москва", "seúl", "हिन्दी", "東京都");
    }

    @Test
    void composesAccentsThatTheTextWritesApart() {
        assertThat(SearchWords.of("Sa\u0303o Paulo")).containsExactly("são", "paulo");
    }

    @Test
    void skipsRunsTooLongToBeWords() {
        String run = "x".repeat(SearchWords.MAX_WORD_LENGTH + 1);
        assertThat(SearchWords.of("before " + run + " after")).containsExactly("before", "after");
    }

    @Test
    void findsNoWordInPunctuation() {
        assertThat(SearchWords.of(" -- \"?\" ")).isEmpty();
    }
}
