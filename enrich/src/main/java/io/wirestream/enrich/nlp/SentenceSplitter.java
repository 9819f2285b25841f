package io.wirestream.enrich.nlp;

import java.util.List;

/** Splits a text into sentences. A sentence never spans a line break. Implementations are thread-safe. */
@FunctionalInterface
public interface SentenceSplitter {

    /** The sentences of {@code text} in order, without surrounding whitespace. */
    List<Span> split(String text);

    /**
     * The sentences of {@code text}, which {@code tokens} already tokenize: a splitter that works on
     * tokens reuses them instead of tokenizing again.
     */
    default List<Span> split(String text, List<Token> tokens) {
        return split(text);
    }
}
