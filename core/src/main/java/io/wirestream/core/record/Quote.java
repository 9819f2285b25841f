package io.wirestream.core.record;

/**
 * Something a source said, as the article reports it.
 *
 * @param text    the quoted or reported words
 * @param start   offset of the first character in the body
 * @param end     offset after the last character
 * @param kind    whether the words are quoted verbatim or reported
 * @param cue     the words that attribute the quote ("said", "according to"), or null
 * @param speaker who said it, or null when the article does not say or it cannot be determined
 */
public record Quote(String text, int start, int end, QuoteKind kind, String cue, Speaker speaker) {
}
