package io.wirestream.enrich.nlp;

import io.wirestream.core.record.QuoteKind;

/**
 * A quote found in a text, with where its speaker is named but not yet who the speaker is.
 *
 * @param start   offset of the first character of the quoted or reported words
 * @param end     offset after the last
 * @param kind    direct (verbatim) or indirect (reported)
 * @param cue     the attributing words in lower case ("said", "according to"), or null
 * @param speaker how the text names the speaker
 */
public record QuoteCandidate(int start, int end, QuoteKind kind, String cue, SpeakerRef speaker) {

    public Span span() {
        return new Span(start, end);
    }
}
