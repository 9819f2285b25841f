package io.wirestream.sink.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The full-text vector of an article, in PostgreSQL's {@code tsvector} input syntax: each word of the title
 * (weight A, which ranks above the rest), the description and the body (weight B) with its positions.
 *
 * <p>Computed here rather than by a generated column: PostgreSQL's {@code to_tsvector} spends some 0.5 ms of
 * one core on a typical article, most of what writing an article costs the database, which every sink
 * instance shares, while each instance brings its own cores.
 *
 * <p>Within PostgreSQL's limits: positions above 16,383 count as 16,383, a word keeps at most 256 positions,
 * and words and positions beyond the megabyte a vector holds are left out.
 */
public final class SearchVector {

    static final int MAX_POSITION = 16_383;
    static final int MAX_POSITIONS_PER_WORD = 256;
    /** What PostgreSQL allows a vector's words and positions, counted as its input function counts them. */
    static final int MAX_BYTES = (1 << 20) - 1;
    private static final int POSITION_BYTES = 2;

    private final Map<String, Positions> words = new HashMap<>(1024);
    private int position;
    private int bytes;

    private SearchVector() {
    }

    /** The vector of an article's {@code title}, {@code description} and {@code body}, any of them null. */
    public static String of(String title, String description, String body) {
        SearchVector vector = new SearchVector();
        vector.addText(title, 'A');
        vector.addText(description, 'B');
        vector.addText(body, 'B');
        return vector.toString();
    }

    private void addText(String text, char weight) {
        if (text != null) {
            SearchWords.forEach(text, word -> addWord(word, weight));
        }
    }

    private void addWord(String word, char weight) {
        position = Math.min(position + 1, MAX_POSITION);
        Positions positions = words.get(word);
        if (positions == null) {
            // The word, aligned to two bytes, and the count of its positions.
            int wordBytes = (word.getBytes(StandardCharsets.UTF_8).length + 1) & ~1;
            if (bytes + wordBytes + 2 * POSITION_BYTES > MAX_BYTES) {
                return;
            }
            bytes += wordBytes + POSITION_BYTES;
            positions = new Positions();
            words.put(word, positions);
        }
        if (bytes + POSITION_BYTES <= MAX_BYTES && positions.add(position, weight)) {
            bytes += POSITION_BYTES;
        }
    }

    @Override
    public String toString() {
        // In PostgreSQL's order (by UTF-8 bytes, which string order matches below U+10000), so that its input
        // function finds the words already sorted.
        List<String> sorted = new ArrayList<>(words.keySet());
        sorted.sort(null);
        StringBuilder literal = new StringBuilder(bytes * 3);
        for (String word : sorted) {
            if (!literal.isEmpty()) {
                literal.append(' ');
            }
            // Words hold neither quotes nor backslashes (SearchWords), so quoting needs no escapes.
            literal.append('\'').append(word).append("':").append(words.get(word).list);
        }
        return literal.toString();
    }

    /** A word's positions as the literal lists them: {@code 1A,7B}. */
    private static final class Positions {
        private final StringBuilder list = new StringBuilder();
        private int count;
        private int last;

        /** Adds a position unless the word has as many as it can keep, or this one; says whether it did. */
        boolean add(int position, char weight) {
            // Once positions are capped, one more occurrence says nothing new.
            if (count == MAX_POSITIONS_PER_WORD || position == last) {
                return false;
            }
            if (count > 0) {
                list.append(',');
            }
            list.append(position).append(weight);
            count++;
            last = position;
            return true;
        }
    }
}
