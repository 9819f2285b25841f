package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.FoundQuote.REPORTED;

import io.wirestream.core.record.QuoteKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Indirect quotes that open with {@code In his opinion,} (or view, words, assessment, ...): the rest of the
 * sentence, said by the pronoun's referent.
 */
final class InOpinionQuotes {

    private static final Set<String> OPINION_NOUNS = Set.of("opinion", "view", "words", "assessment",
            "estimation", "judgment", "judgement", "understanding");

    private final LanguageData lang;

    InOpinionQuotes(LanguageData lang) {
        this.lang = lang;
    }

    /** {@code In his opinion, ...}: the speaker is the pronoun's referent. */
    void find(TextDocument doc, int s, List<FoundQuote> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        if (end - from < 6) {
            return;
        }
        Token in = doc.token(from);
        Token pronoun = doc.token(from + 1);
        Token noun = doc.token(from + 2);
        if (in.lower().equals("in") && lang.pronounClass(pronoun.text()) != null && OPINION_NOUNS.contains(noun.lower())
                && doc.token(from + 3).is(",")) {
            SpeakerRef ref = new SpeakerRef(SpeakerRef.Kind.PRONOUN, pronoun.start(), pronoun.end(), pronoun.lower());
            String cue = doc.text(from, from + 3).toLowerCase(Locale.ROOT);
            FoundQuote.addClause(doc, from + 4, end, QuoteKind.INDIRECT, cue, ref, REPORTED, found);
        }
    }
}
