package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.FoundQuote.MARKED;
import static io.wirestream.enrich.nlp.QuoteTokens.DASHES;

import io.wirestream.core.record.QuoteKind;
import java.util.List;

/**
 * Direct quotes introduced by a dash that opens a paragraph and attributed after a closing dash
 * ({@code - It is smarter ... - said Bauer.}), and the words a further dash opens after the attribution's
 * sentence, as more of the same speaker. A paragraph that opens with a dash but has no attribution after a
 * closing dash holds no quote.
 */
final class DashQuotes {

    private final QuotationAttribution attributions;

    DashQuotes(QuotationAttribution attributions) {
        this.attributions = attributions;
    }

    void find(TextDocument doc, MentionsByToken names, List<FoundQuote> found) {
        String text = doc.text();
        int p = 0;
        while (p < text.length()) {
            int end = doc.paragraphEnd(p);
            int start = p;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start + 1 < end && DASHES.indexOf(text.charAt(start)) >= 0 && text.charAt(start + 1) == ' ') {
                int bodyStart = start + 2;
                for (int d = end - 2; d > bodyStart; d--) {
                    if (DASHES.indexOf(text.charAt(d)) >= 0 && text.charAt(d - 1) == ' ' && text.charAt(d + 1) == ' ') {
                        CueAttribution attribution = attributions.after(doc, names, doc.tokenAtOrAfter(d + 1));
                        int[] span = QuoteText.trim(text, bodyStart, d);
                        if (attribution != null && span != null && QuoteText.words(text, span[0], span[1]) >= 2) {
                            found.add(FoundQuote.of(span, QuoteKind.DIRECT, attribution.cue(), attribution.speaker(),
                                    MARKED));
                            dashContinuation(doc, doc.tokenAtOrAfter(d + 1), end, attribution, found);
                            break;
                        }
                    }
                }
            }
            p = end + 1;
        }
    }

    /**
     * {@code - We are ready - said Bauer. - And we will stay ready.}: after the attribution's sentence, a
     * dash opens more words of the same speaker, to the end of the paragraph.
     */
    private static void dashContinuation(TextDocument doc, int attributionToken, int paragraphEnd,
                                         CueAttribution attribution, List<FoundQuote> found) {
        if (attributionToken >= doc.size()) {
            return;
        }
        String text = doc.text();
        int i = doc.sentences().get(doc.sentenceOf(attributionToken)).end();
        while (i < paragraphEnd && text.charAt(i) == ' ') {
            i++;
        }
        if (i + 1 < paragraphEnd && DASHES.indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ') {
            int[] span = QuoteText.trim(text, i + 2, paragraphEnd);
            if (span != null && QuoteText.words(text, span[0], span[1]) >= 2) {
                found.add(FoundQuote.of(span, QuoteKind.DIRECT, attribution.cue(),
                        attribution.speaker().kind() == SpeakerRef.Kind.NONE ? SpeakerRef.NONE : SpeakerRef.PREVIOUS,
                        MARKED));
            }
        }
    }
}
