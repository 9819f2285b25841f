package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.FoundQuote.UNMARKED;
import static io.wirestream.enrich.nlp.QuoteTokens.isOpeningMark;

import io.wirestream.core.record.QuoteKind;
import java.util.List;

/**
 * Direct quotes without quotation marks that a named speaker's cue and a colon introduce
 * ({@code Putin said: Russia will not ...}): the rest of the sentence. Only the first cue and colon of a
 * sentence count, and a colon before a quotation mark is left to {@link QuotationMarkQuotes}.
 */
final class ColonQuotes {

    private final CueVerbs cues;
    private final SpeakerBeforeCue speakerBefore;

    ColonQuotes(CueVerbs cues, SpeakerBeforeCue speakerBefore) {
        this.cues = cues;
        this.speakerBefore = speakerBefore;
    }

    /** {@code Putin said: Russia will not ...}: the rest of the sentence after a named speaker's cue and colon. */
    void find(TextDocument doc, MentionsByToken names, int s, List<FoundQuote> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        for (int k = from + 1; k + 2 < end; k++) {
            if (cues.isCue(doc.token(k)) && doc.token(k + 1).is(":") && !isOpeningMark(doc.token(k + 2))) {
                SpeakerRef ref = speakerBefore.find(doc, names, k, from);
                if (ref != null) {
                    FoundQuote.addClause(doc, k + 2, end, QuoteKind.DIRECT, doc.token(k).lower(), ref, UNMARKED, found);
                }
                return;
            }
        }
    }
}
