package io.wirestream.enrich.nlp;

import java.util.List;

/** Splits a text into tokens. Implementations are thread-safe. */
@FunctionalInterface
public interface Tokenizer {

    /** The tokens of {@code text} in order; whitespace is not a token. */
    List<Token> tokenize(String text);
}
