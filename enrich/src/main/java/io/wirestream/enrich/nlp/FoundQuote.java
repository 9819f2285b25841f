package io.wirestream.enrich.nlp;

import io.wirestream.core.record.QuoteKind;
import java.util.List;

/**
 * A quote found by one of the rules, with its rule's priority: where two overlap, {@link QuoteOverlaps} keeps
 * the one with the lower number.
 */
record FoundQuote(QuoteCandidate quote, int priority) {

    /** Quotation marks and dashes: they win over the other forms. */
    static final int MARKED = 0;
    /** Words without marks, after a colon or before a closing attribution. */
    static final int UNMARKED = 1;
    /** A reported clause, "according to" or "in his opinion". */
    static final int REPORTED = 2;

    static FoundQuote of(int[] span, QuoteKind kind, String cue, SpeakerRef ref, int priority) {
        return new FoundQuote(new QuoteCandidate(span[0], span[1], kind, cue, ref), priority);
    }

    /** Adds the tokens {@code [from, end)} as a quote when, trimmed, they hold four words or more. */
    static void addClause(TextDocument doc, int from, int end, QuoteKind kind, String cue, SpeakerRef ref,
                          int priority, List<FoundQuote> found) {
        addClause(doc, from, end, kind, cue, ref, priority, found, 4);
    }

    static void addClause(TextDocument doc, int from, int end, QuoteKind kind, String cue, SpeakerRef ref,
                          int priority, List<FoundQuote> found, int minWords) {
        if (from >= end) {
            return;
        }
        int[] span = QuoteText.trim(doc.text(), doc.token(from).start(), doc.token(end - 1).end());
        if (span != null && QuoteText.words(doc.text(), span[0], span[1]) >= minWords) {
            found.add(of(span, kind, cue, ref, priority));
        }
    }
}
