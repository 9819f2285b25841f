package io.wirestream.sink.search;

import java.util.List;
import java.util.Optional;

/**
 * A search in web-search syntax, as PostgreSQL's {@code websearch_to_tsquery} reads it, turned into a
 * {@code tsquery} over the words of {@link SearchVector}: words are all required, {@code "a quoted phrase"}
 * must appear in that order, {@code or} between two terms accepts either and {@code -term} excludes a word or
 * phrase. A term that punctuation splits ({@code well-known}) is a phrase of its words.
 */
public final class SearchQuery {

    private final String text;
    private final StringBuilder tsquery = new StringBuilder();
    private int at;
    private boolean or;

    private SearchQuery(String text) {
        this.text = text;
    }

    /** The {@code tsquery} literal of {@code text}, or empty when it has no word to look for. */
    public static Optional<String> tsquery(String text) {
        SearchQuery query = new SearchQuery(text);
        query.parse();
        return query.tsquery.isEmpty() ? Optional.empty() : Optional.of(query.tsquery.toString());
    }

    private void parse() {
        while (skipSpace()) {
            boolean negated = text.charAt(at) == '-';
            if (negated) {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '"') {
                int close = text.indexOf('"', at + 1);
                int end = close < 0 ? text.length() : close;
                term(text.substring(at + 1, end), negated);
                at = Math.min(end + 1, text.length());
            } else {
                int start = at;
                while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '"') {
                    at++;
                }
                String term = text.substring(start, at);
                if (!negated && term.equalsIgnoreCase("or")) {
                    // Only between two terms; a leading one has nothing to join.
                    or = !tsquery.isEmpty();
                } else {
                    term(term, negated);
                }
            }
        }
    }

    private boolean skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length();
    }

    private void term(String term, boolean negated) {
        List<String> words = SearchWords.of(term);
        if (words.isEmpty()) {
            return;
        }
        if (!tsquery.isEmpty()) {
            tsquery.append(or ? " | " : " & ");
        }
        or = false;
        if (negated) {
            tsquery.append('!');
        }
        if (words.size() > 1) {
            tsquery.append('(');
        }
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                tsquery.append(" <-> ");
            }
            // Words hold neither quotes nor backslashes (SearchWords), so quoting needs no escapes.
            tsquery.append('\'').append(words.get(i)).append('\'');
        }
        if (words.size() > 1) {
            tsquery.append(')');
        }
    }
}
