package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.FoundQuote.REPORTED;
import static io.wirestream.enrich.nlp.QuoteTokens.CLAUSE_BREAKS;

import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.QuoteKind;
import java.util.List;
import java.util.Set;

/**
 * Indirect quotes attributed by {@code according to}, before the clause ({@code According to him, ...}) or
 * after it ({@code ..., according to two officials.}). Only the first "according to" of a sentence counts.
 */
final class AccordingToQuotes {

    /** Words that start what qualifies a noun after its head ("data compiled by", "figures from"). */
    private static final Set<String> QUALIFIERS = Set.of("by", "from", "of", "in", "on", "at", "for", "with",
            "that", "which", "seen", "shown", "given", "kept", "held");

    private final LanguageData lang;
    private final SpeakerAfterCue speakerAfter;

    AccordingToQuotes(LanguageData lang, SpeakerAfterCue speakerAfter) {
        this.lang = lang;
        this.speakerAfter = speakerAfter;
    }

    /** {@code According to him, ...} and {@code ..., according to two officials.} */
    void find(TextDocument doc, MentionsByToken names, int s, List<FoundQuote> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        int first = doc.sentenceFirstWord(s);
        first = QuoteTokens.afterDateline(doc, first, end); // "SUVA, Fiji — Nearly two-thirds ..., according to"
        for (int k = from; k + 2 < end; k++) {
            if (!doc.token(k).lower().equals("according") || !doc.token(k + 1).lower().equals("to")) {
                continue;
            }
            int npEnd = k + 2;
            while (npEnd < end && !doc.token(npEnd).is(",") && !CLAUSE_BREAKS.contains(doc.token(npEnd).text())
                    || npEnd + 2 < end && doc.token(npEnd).is("(") && doc.token(npEnd + 2).is(")")) {
                npEnd += doc.token(npEnd).is("(") ? 3 : 1; // "according to the Food and Agriculture Organization (FAO),"
            }
            if (evidenceHead(doc, k + 2, npEnd)) {
                return; // "according to data compiled by Bloomberg": figures, not words anyone said
            }
            SpeakerRef ref = speakerAfter.nounPhraseRef(doc, names, k + 2, npEnd);
            if (k > first && ref.kind() == SpeakerRef.Kind.NONE) {
                ref = appositionAtEnd(doc, names, npEnd, end, ref);
            }
            if (k == first && npEnd < end && doc.token(npEnd).is(",")) {
                FoundQuote.addClause(doc, npEnd + 1, end, QuoteKind.INDIRECT, "according to", ref, REPORTED, found);
            } else if (k > first && doc.token(k - 1).is(",")) {
                FoundQuote.addClause(doc, first, k - 1, QuoteKind.INDIRECT, "according to", ref, REPORTED, found);
            }
            return;
        }
    }

    /**
     * Whether the head of the noun phrase {@code from}..{@code to} (its last word before a lower-case word
     * that starts what qualifies it: "by", "from", "compiled", "published") names records or figures
     * ("data", "court documents", "indicative prices compiled by X").
     */
    private boolean evidenceHead(TextDocument doc, int from, int to) {
        String head = null;
        for (int i = from; i < to; i++) {
            Token t = doc.token(i);
            if (!t.isWord()) {
                break;
            }
            if (head != null && !t.isCapitalized() && (QUALIFIERS.contains(t.lower()) || t.lower().endsWith("ed"))) {
                break;
            }
            head = t.lower();
        }
        return head != null && lang.isEvidenceNoun(head);
    }

    /**
     * "..., according to its director, Paolo Sanna.": a role ending at the comma {@code comma} and a person's
     * name after it that ends the sentence name the speaker; else {@code ref}.
     */
    private SpeakerRef appositionAtEnd(TextDocument doc, MentionsByToken names, int comma, int end, SpeakerRef ref) {
        int last = end - 1;
        while (last > comma && !doc.token(last).isWord()) {
            last--;
        }
        NamedEntity person = names.entityEndingAt(last);
        if (comma + 1 >= end || !doc.token(comma).is(",") || !lang.isTitle(doc.token(comma - 1).lower())
                || person == null || person.type() != EntityType.PERSON
                || names.firstTokenOfMentionEndingAt(last) != comma + 1) {
            return ref;
        }
        return names.nameEndingAt(last);
    }
}
