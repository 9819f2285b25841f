package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.FoundQuote.UNMARKED;
import static io.wirestream.enrich.nlp.QuoteTokens.ARTICLE_WORDS;
import static io.wirestream.enrich.nlp.QuoteTokens.POSSESSIVES;
import static io.wirestream.enrich.nlp.QuoteTokens.afterDateline;
import static io.wirestream.enrich.nlp.QuoteTokens.isOpeningMark;
import static io.wirestream.enrich.nlp.QuoteTokens.isParticiple;
import static io.wirestream.enrich.nlp.QuoteTokens.isPreposition;

import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.QuoteKind;
import java.util.List;
import java.util.Set;

/**
 * Direct quotes without marks whose attribution comes after the words and closes the sentence
 * ({@code At the moment, ..., said Rob Bauer in Brussels}, {@code ..., Ruiz said in the email},
 * {@code ..., people familiar with the talks say}): the words before the comma that opens the attribution. A
 * sentence that opens with a person's name in apposition has none: its words before the cue are the subject.
 */
final class UnmarkedQuotes {

    /** Words that start a clause or a verb phrase, so cannot be inside the subject of a closing cue. */
    private static final Set<String> NOT_IN_SUBJECT = Set.of("that", "which", "who", "and", "but", "or", "to",
            "not", "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "when",
            "while", "because", "after", "before", "if", "as");

    private final LanguageData lang;
    private final CueVerbs cues;
    private final SpeakerBeforeCue speakerBefore;
    private final SpeakerAfterCue speakerAfter;

    UnmarkedQuotes(LanguageData lang, CueVerbs cues, SpeakerBeforeCue speakerBefore, SpeakerAfterCue speakerAfter) {
        this.lang = lang;
        this.cues = cues;
        this.speakerBefore = speakerBefore;
        this.speakerAfter = speakerAfter;
    }

    /**
     * {@code At the moment, ..., said Rob Bauer in Brussels}, {@code ..., Ruiz said in the email},
     * {@code ..., people familiar with the talks say}: the words before the attribution.
     */
    void find(TextDocument doc, MentionsByToken names, int s, List<FoundQuote> found) {
        int end = doc.sentenceEnd(s);
        int first = doc.sentenceFirstWord(s);
        if (s == 0) {
            first = afterDateline(doc, first, end);
        }
        if (opensWithPersonInApposition(doc, names, first, end)) {
            return; // "Dr. Peter Mwangi, an epidemiologist at ..., said": the words before the cue are its subject
        }
        if (opensWithSubjectAndParticiple(doc, first, end)) {
            return; // "Two aides, speaking on condition of anonymity, said": a subject and a participle phrase
        }
        for (int k = first + 4; k < end; k++) {
            if (!doc.token(k - 1).is(",")) {
                continue;
            }
            CueAttribution attribution = null;
            Token t = doc.token(k);
            if (cues.isCue(t) && !isParticiple(t)) {
                // "..., a farmer, lamented the loss of his farm.": a verb that reports only before "that" takes
                // an object here, not an inverted subject.
                SpeakerRef ref = lang.isObjectCue(t.text()) || !lang.reportsWithoutThat(t.text()) ? null
                        : speakerAfter.find(doc, names, k + 1, end);
                if (ref != null && closesSentence(doc, doc.tokenAtOrAfter(ref.end()), end)) {
                    attribution = new CueAttribution(cues.text(doc, k), ref);
                }
            } else {
                int cue = closingCue(doc, names, k, end);
                if (cue > 0) {
                    SpeakerRef ref = speakerBefore.find(doc, names, cue, k);
                    attribution = new CueAttribution(cues.text(doc, cue), ref == null ? SpeakerRef.NONE : ref);
                }
            }
            if (attribution != null) {
                FoundQuote.addClause(doc, first, k - 1, QuoteKind.DIRECT, attribution.cue(),
                        organizationItRefersTo(doc, names, first, attribution.speaker()), UNMARKED, found, 5);
                return;
            }
        }
    }

    /**
     * "Altmark Bank has agreed to buy ..., it said", "Kenergy will cut power ..., the utility said": where no
     * organization is named before the sentence, an "it" or an organization noun in the attribution refers to the
     * organization that is the subject of the words; else {@code ref}.
     */
    private SpeakerRef organizationItRefersTo(TextDocument doc, MentionsByToken names, int first, SpeakerRef ref) {
        boolean it = ref.kind() == SpeakerRef.Kind.PRONOUN && "thing".equals(lang.pronounClass(ref.text()));
        boolean nominal = ref.kind() == SpeakerRef.Kind.NOMINAL && lang.isOrgNoun(ref.text());
        NamedEntity subject = names.entityStartingAt(first);
        if (!it && !nominal || subject == null || subject.type() != EntityType.ORGANIZATION) {
            return ref;
        }
        int after = names.lastTokenOfMentionAt(first) + 1;
        if (after >= doc.size() || !doc.token(after).isWord() || doc.token(after).isCapitalized()) {
            return ref; // the name must be the subject, a verb after it
        }
        int body = 0;
        while (body < first && !doc.token(body).isWord()) {
            body++;
        }
        for (int k = afterDateline(doc, body, first); k < first; k++) {
            NamedEntity before = names.entityStartingAt(k);
            if (before != null && before.type() == EntityType.ORGANIZATION) {
                return ref; // an organization named before is what the reference may point back to
            }
        }
        return names.nameStartingAt(first);
    }

    /**
     * Whether the sentence opens with a short noun phrase ("Two senior aides", "Officials"), a comma and a
     * participle phrase ("speaking on condition of anonymity"): the subject of the cue that follows, not words
     * it reports.
     */
    private boolean opensWithSubjectAndParticiple(TextDocument doc, int first, int end) {
        int c = first;
        while (c < end && c < first + 5 && doc.token(c).isWord()) {
            c++;
        }
        if (c == first || c + 1 >= end || !doc.token(c).is(",") || isPreposition(doc.token(first))
                || NameContextWords.isAdverb(doc.token(c - 1))) {
            return false;
        }
        Token participle = doc.token(c + 1);
        return participle.isWord() && !participle.isCapitalized() && isParticiple(participle)
                && participle.text().length() > 5;
    }

    /** Whether the words from {@code first} are a person's name, after any titles, and a comma. */
    private boolean opensWithPersonInApposition(TextDocument doc, MentionsByToken names, int first, int end) {
        int k = first;
        while (k < end && (doc.token(k).is(".")
                || doc.token(k).isCapitalized() && lang.isTitle(doc.token(k).lower()))) {
            k++;
        }
        return k < end && SpeakerBeforeCue.isPersonInApposition(doc, names, k, end);
    }

    /**
     * Whether the sentence ends at token {@code k} or goes on with a circumstance only ("in Brussels",
     * "on Monday", ", pointing to ..."), not with a clause of its own ("said he would go").
     */
    private static boolean closesSentence(TextDocument doc, int k, int end) {
        if (k >= end) {
            return true;
        }
        Token next = doc.token(k);
        for (int j = k + 1; (next.is("'s") || next.is("’s")) && j < Math.min(end, k + 5) && doc.token(j).isWord(); j++) {
            if (QuoteTokens.AUXILIARIES.contains(doc.token(j).lower())) {
                return false; // "..., said Vogt's balance sheet could ...": the name opens the reported clause
            }
        }
        if (isPreposition(next) && !next.lower().equals("that")) {
            // "said the admiral in Brussels", not "said the return to Stage 6 showed that ...": no clause follows
            for (int j = k + 1; j < end; j++) {
                Token t = doc.token(j);
                if (t.is(",")) {
                    break;
                }
                if (t.lower().equals("that") || QuoteTokens.AUXILIARIES.contains(t.lower())) {
                    return false;
                }
            }
            return true;
        }
        return !next.isWord() || next.lower().equals("last")
                || next.lower().equals("this") || next.lower().equals("when") || next.lower().equals("while");
    }

    /**
     * The cue of {@code , SUBJECT said.} starting at {@code k}: a subject of a few words without a clause
     * of its own, then a cue that ends the sentence or is followed only by a circumstance
     * ({@code in the email}, {@code on Tuesday}); -1 if there is none.
     */
    private int closingCue(TextDocument doc, MentionsByToken names, int k, int end) {
        for (int c = k; c < Math.min(end, k + 12); c++) {
            Token t = doc.token(c);
            NamedEntity named = t.is(",") && c > k ? names.entityStartingAt(c + 1) : null;
            if (named != null && named.type() == EntityType.PERSON) {
                int after = names.lastTokenOfMentionAt(c + 1) + 1;
                if (after + 1 < end && doc.token(after).is(",") && cues.isCue(doc.token(after + 1))) {
                    c = after; // "..., her daughter, Elsa Nyqvist, said.": the role, then the name in apposition
                    continue;
                }
            }
            if (names.entityStartingAt(c) != null && !cues.isCue(t)) {
                // "..., the U.S. Food and Drug Administration said": the words of a name are no clause
                c = names.lastTokenOfMentionAt(c);
                continue;
            }
            if (t.is(",") || NOT_IN_SUBJECT.contains(t.lower()) || isOpeningMark(t)) {
                return -1;
            }
            if (cues.isCue(t)) {
                if (c == k || isParticiple(t)) {
                    return -1;
                }
                Token before = doc.token(c - 1);
                if (before.is("'s") || before.is("’s") || before.is("'") || before.is("’")
                        || POSSESSIVES.contains(before.lower())
                        || ARTICLE_WORDS.contains(before.lower()) || CueVerbs.isCounted(doc, c)) {
                    return -1; // "faulted the governor's claims", "saving two match points": a noun, no verb
                }
                int after = c + 1;
                if (lang.isObjectCue(t.text())) {
                    // "..., Ruiz told Eze.": the listener comes before the end.
                    while (after < end && doc.token(after).isWord() && (doc.token(after).isCapitalized()
                            || after == c + 1 && !isPreposition(doc.token(after)))) {
                        after++;
                    }
                }
                Token next = after < end ? doc.token(after) : null;
                if (next != null && next.is(",") && after + 1 < end && isOpeningMark(doc.token(after + 1))) {
                    return -1; // "..., he says, “gets paid in honey”": the cue introduces the quotation after it
                }
                // "Speaking to reporters, he said: ...": a cue before a colon announces the words after it.
                boolean closes = next == null || !next.isWord() && !next.is(":")
                        || isPreposition(next) && !next.lower().equals("that")
                        || next.lower().equals("last") || next.lower().equals("this") || next.lower().equals("when")
                        || next.lower().equals("while") || next.lower().equals("via")
                        || bareDayAtEnd(doc, after, end);
                return closes && !thatClauseAfter(doc, after, end) ? c : -1;
            }
        }
        return -1;
    }

    /** "..., Tarvin Health said Monday.": a bare day and the end of the sentence after the cue. */
    private static boolean bareDayAtEnd(TextDocument doc, int k, int end) {
        return k < end && ReportedQuotes.DAYS.contains(doc.token(k).lower())
                && (k + 1 >= end || !doc.token(k + 1).isWord());
    }

    /**
     * "said in a speech that ...": a "that" after a short circumstance, before any comma, opens the clause the
     * cue reports, so the cue does not close the sentence.
     */
    private static boolean thatClauseAfter(TextDocument doc, int from, int end) {
        for (int j = from; j < Math.min(end, from + 7); j++) {
            Token t = doc.token(j);
            if (t.lower().equals("that")) {
                return j > from;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }
}
