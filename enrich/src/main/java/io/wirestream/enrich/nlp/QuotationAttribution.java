package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.QuoteTokens.ARTICLE_WORDS;
import static io.wirestream.enrich.nlp.QuoteTokens.CLAUSE_BREAKS;
import static io.wirestream.enrich.nlp.QuoteTokens.isAbbreviationDot;
import static io.wirestream.enrich.nlp.QuoteTokens.isDash;
import static io.wirestream.enrich.nlp.QuoteTokens.isParticiple;

import io.wirestream.core.record.EntityType;

/**
 * The cue and speaker next to a quotation or a dash quote: the attribution right after it
 * ({@code ," said Bauer}, {@code ," he later added}, {@code ," the board's chair, Dr. Ana Lis, told reporters}),
 * or the last cue before it in its sentence with that cue's subject ({@code Heyward said: "...}).
 */
final class QuotationAttribution {

    private static final int MAX_ATTRIBUTION_TOKENS = 10;

    private final LanguageData lang;
    private final CueVerbs cues;
    private final SpeakerBeforeCue speakerBefore;
    private final SpeakerAfterCue speakerAfter;
    private final CueSubject cueSubject;

    QuotationAttribution(LanguageData lang, CueVerbs cues, SpeakerBeforeCue speakerBefore, SpeakerAfterCue speakerAfter,
                         CueSubject cueSubject) {
        this.lang = lang;
        this.cues = cues;
        this.speakerBefore = speakerBefore;
        this.speakerAfter = speakerAfter;
        this.cueSubject = cueSubject;
    }

    /**
     * The attribution right after a quotation or dash: {@code said Bauer}, {@code said the admiral},
     * {@code Bauer said}, {@code he later added}, {@code ESA planetary scientist Ana Ruiz said},
     * {@code officers announced} (a cue without a named speaker).
     */
    CueAttribution after(TextDocument doc, MentionsByToken names, int t) {
        while (t < doc.size() && (doc.token(t).is(",") || isDash(doc.token(t)))) {
            t++;
        }
        if (t >= doc.size() || doc.token(t).is(".") || doc.token(t).is("?") || doc.token(t).is("!")) {
            return null; // "accused him of 'hiding behind spreadsheets'. Mr Patel said ...": the sentence ended
        }
        if (doc.token(t).lower().equals("and") || doc.token(t).lower().equals("but")) {
            return null; // 'called the plan “a betrayal of workers” and vowed to fight it': a second verb, no attribution
        }
        int limit = Math.min(doc.size(), t + MAX_ATTRIBUTION_TOKENS);
        int apposed = ARTICLE_WORDS.contains(doc.token(t).lower())
                ? speakerAfter.personAfterPossessiveRole(doc, names, t + 1, doc.size()) : -1;
        if (apposed >= 0) {
            // "the board's chair, Dr. Ana Lis, told reporters": the cue comes after the name in apposition.
            limit = Math.min(doc.size(), names.lastTokenOfMentionAt(apposed) + 4);
        }
        int name = t;
        while (name < limit && (doc.token(name).isCapitalized() && lang.isTitle(doc.token(name).lower())
                || name > t && doc.token(name).is("."))) {
            name++; // "Sen. Ana Lis, D-Ore., said": the name after its titles
        }
        int relative = relativeClauseAfterName(doc, names, name);
        if (relative < 0) {
            relative = appositionAfterName(doc, names, name);
        }
        if (relative > 0) {
            // "Haruna, who lives with his cousins, said": the cue comes after the relative clause.
            limit = Math.min(doc.size(), relative + 4);
        }
        int cue = -1;
        for (int k = t; k < limit; k++) {
            boolean titleDot = doc.token(k).is(".") && (lang.isTitle(doc.token(k - 1).lower() + ".") // "Dr."
                    || isAbbreviationDot(doc, k)); // "Sen. Ana Lis, D-Ore., said"
            if (k > t && (CLAUSE_BREAKS.contains(doc.token(k).text()) && !titleDot || doc.lineBreakBetween(k - 1, k))) {
                limit = k;
                break;
            }
            if (cue < 0 && cues.isCueAt(doc, k)) {
                cue = k;
            }
        }
        if (cue < 0 || cue >= limit) {
            return null;
        }
        String word = cues.text(doc, cue);
        if (cue == t) {
            SpeakerRef ref = lang.isObjectCue(doc.token(cue).text()) ? null
                    : speakerAfter.find(doc, names, t + 1, limit);
            if (ref != null) {
                return new CueAttribution(word, ref);
            }
            // '"..." announced in May, said Ana Ruiz': the attribution follows a comma.
            for (int k = t + 2; k < limit; k++) {
                if (doc.token(k - 1).is(",") && cues.isCue(doc.token(k)) && !lang.isObjectCue(doc.token(k).text())) {
                    SpeakerRef later = speakerAfter.find(doc, names, k + 1, limit);
                    return later == null ? null : new CueAttribution(cues.text(doc, k), later);
                }
            }
            return null;
        }
        for (int k = t; k < cue; k++) {
            if (doc.token(k).lower().equals("that") || doc.token(k).lower().equals("which")) {
                return null; // a new clause, not a subject
            }
        }
        SpeakerRef ref = speakerBefore.find(doc, names, cue, t);
        if (ref == null && isParticiple(doc.token(cue)) && names.entityStartingAt(t) != null) {
            ref = names.nameStartingAt(t); // '"...," Ruiz weighed in, telling Eze'
        }
        return new CueAttribution(word, ref == null ? SpeakerRef.NONE : ref);
    }

    /**
     * "Haruna, who lives with his cousins, said": where a person's name at {@code t} is followed by
     * a comma and a relative clause with "who" that closes with a comma, that closing comma; else -1.
     */
    private static int relativeClauseAfterName(TextDocument doc, MentionsByToken names, int t) {
        NamedEntity person = names.entityStartingAt(t);
        if (person == null || person.type() != EntityType.PERSON) {
            return -1;
        }
        int after = names.lastTokenOfMentionAt(t) + 1;
        if (after + 1 >= doc.size() || !doc.token(after).is(",") || !doc.token(after + 1).lower().equals("who")) {
            return -1;
        }
        for (int k = after + 2; k < Math.min(doc.size(), after + 30); k++) {
            Token w = doc.token(k);
            if (w.is(",")) {
                return k;
            }
            if (CLAUSE_BREAKS.contains(w.text()) || doc.lineBreakBetween(k - 1, k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Thandiwe Mokoena, a 38-year-old mother of three from Mamelodi, told": where a person's name at
     * {@code t} is followed by an apposition set off by commas and then a cue, the comma that closes the
     * apposition; else -1.
     */
    private int appositionAfterName(TextDocument doc, MentionsByToken names, int t) {
        NamedEntity person = names.entityStartingAt(t);
        if (person == null || person.type() != EntityType.PERSON) {
            return -1;
        }
        int after = names.lastTokenOfMentionAt(t) + 1;
        if (after + 1 >= doc.size() || !doc.token(after).is(",")) {
            return -1;
        }
        for (int k = after + 1; k + 1 < Math.min(doc.size(), after + 25); k++) {
            Token w = doc.token(k);
            if (CLAUSE_BREAKS.contains(w.text()) && !w.is("(") && !w.is(")") && !isAbbreviationDot(doc, k)
                    || doc.lineBreakBetween(k - 1, k)) {
                return -1;
            }
            if (w.is(",")) {
                int c = k + 1;
                while (c < doc.size() && NameContextWords.isAdverb(doc.token(c))) {
                    c++;
                }
                if (c < doc.size() && cues.isCue(doc.token(c))) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * {@code ," according to the statement.}, {@code ," according to Ruiz.}: the speaker the noun phrase after
     * "according to" names; a statement or spokesperson of no one named is the speaker of the quote before
     * ({@code previous}). Null when no "according to" follows the quotation.
     */
    CueAttribution accordingTo(TextDocument doc, MentionsByToken names, int t, SpeakerRef previous) {
        while (t < doc.size() && doc.token(t).is(",")) {
            t++;
        }
        if (t + 2 >= doc.size() || !doc.token(t).lower().equals("according") || !doc.token(t + 1).lower().equals("to")) {
            return null;
        }
        int end = t + 2;
        while (end < doc.size() && doc.token(end).isWord() && !doc.lineBreakBetween(end - 1, end)) {
            end++;
        }
        SpeakerRef ref = speakerAfter.nounPhraseRef(doc, names, t + 2, end);
        boolean statement = ref.kind() == SpeakerRef.Kind.NOMINAL && lang.isSpokesNoun(ref.text())
                || ref.kind() == SpeakerRef.Kind.NONE && end > t + 2 && lang.isSpokesNoun(doc.token(end - 1).text());
        if (statement) {
            ref = previous != null && previous.kind() != SpeakerRef.Kind.PREVIOUS ? previous : SpeakerRef.NONE;
        }
        return new CueAttribution("according to", ref);
    }

    /** The attribution before a quotation in its sentence: the last cue before it and that cue's subject. */
    CueAttribution before(TextDocument doc, MentionsByToken names, int openToken) {
        if (openToken >= doc.size()) {
            return null;
        }
        int sentence = doc.sentenceOf(openToken);
        int from = doc.sentenceStart(sentence);
        for (int c = openToken - 1; c >= from; c--) {
            if (ReportedClauseEnd.reportersComment(doc, c, openToken)) {
                return null; // "said ..., a proposal Hamas rejected as “...”": the reporter's words, not the cue's
            }
            if (cues.isCueAt(doc, c)) {
                SpeakerRef ref = cueSubject.find(doc, names, c, from, openToken);
                return ref == null ? null : new CueAttribution(cues.text(doc, c), ref);
            }
        }
        return judgedBeforeColon(doc, names, from, openToken);
    }

    /**
     * "The band's drummer, Ola Berg, was less diplomatic: “...”": a sentence whose subject is a person and whose
     * verb is a copula and a few words of manner, ended by a colon right before the quotation, introduces what
     * that person said; else null.
     */
    private CueAttribution judgedBeforeColon(TextDocument doc, MentionsByToken names, int from, int openToken) {
        int colon = openToken - 1;
        if (colon - 2 < from || !doc.token(colon).is(":")) {
            return null;
        }
        for (int j = colon - 2; j > from && j >= colon - 4; j--) {
            Token w = doc.token(j);
            if (!w.isWord() || w.isCapitalized()) {
                return null;
            }
            if (COPULAS.contains(w.lower())) {
                for (int m = j + 1; m < colon; m++) {
                    if (!doc.token(m).isWord() || doc.token(m).isCapitalized() || cues.isCue(doc.token(m))) {
                        return null;
                    }
                }
                int end = doc.token(j - 1).is(",") ? j - 2 : j - 1; // "The band's drummer, Ola Berg, was"
                NamedEntity apposed = end > from && end < j - 1 ? names.entityEndingAt(end) : null;
                SpeakerRef ref = apposed != null && apposed.type() == EntityType.PERSON ? names.nameEndingAt(end)
                        : speakerBefore.find(doc, names, j, from);
                boolean person = ref != null && (ref.kind() == SpeakerRef.Kind.PRONOUN
                        && "person".equals(lang.pronounClass(ref.text()))
                        || ref.kind() == SpeakerRef.Kind.NAME && names.entityEndingAt(end) != null
                        && names.entityEndingAt(end).type() == EntityType.PERSON);
                return person ? new CueAttribution(doc.text(j, colon), ref) : null;
            }
        }
        return null;
    }

    /**
     * "calling it “a turning point”", "called her, in Le Monde, “the most urgent conductor”", "described her
     * Mahler as “overheated”": a verb of naming with its object right before the quotation, and the subject of
     * that verb; else null. The object keeps a work's title ("a piece called “Glacier Hymns”") out; a label of
     * a few words ("called the deal “great news for France”") is the writer's, not a quote.
     */
    CueAttribution namedAs(TextDocument doc, MentionsByToken names, int openToken, int words) {
        if (openToken >= doc.size() || openToken < 2) {
            return null;
        }
        int sentence = doc.sentenceOf(openToken);
        int from = doc.sentenceStart(sentence);
        for (int v = openToken - 2; v >= from && v >= openToken - 8; v--) {
            Token t = doc.token(v);
            boolean calls = CALLS.contains(t.lower()) && words >= MIN_CALLED_WORDS;
            boolean describes = DESCRIBES.contains(t.lower()) && doc.token(openToken - 1).lower().equals("as");
            if (!calls && !describes) {
                if (cues.isCue(t) || t.lower().equals("that") || CLAUSE_BREAKS.contains(t.text())) {
                    return null;
                }
                continue;
            }
            Token object = doc.token(v + 1);
            if (!OBJECTS.contains(object.lower()) && !(object.isCapitalized() && names.entityStartingAt(v + 1) != null)) {
                return null;
            }
            SpeakerRef ref = cueSubject.find(doc, names, v, from, openToken);
            return ref == null || ref.kind() == SpeakerRef.Kind.NONE ? null : new CueAttribution(t.lower(), ref);
        }
        return null;
    }

    private static final int MIN_CALLED_WORDS = 5;
    private static final java.util.Set<String> CALLS = java.util.Set.of("called", "calling", "calls");
    private static final java.util.Set<String> DESCRIBES = java.util.Set.of("described", "describing", "describes");
    private static final java.util.Set<String> OBJECTS = java.util.Set.of("it", "him", "her", "them", "this", "the",
            "his", "its", "their");

    private static final java.util.Set<String> COPULAS = java.util.Set.of("was", "is", "were", "are");
}
