package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.QuoteTokens.AUXILIARIES;
import static io.wirestream.enrich.nlp.QuoteTokens.CONJUNCTIONS;
import static io.wirestream.enrich.nlp.QuoteTokens.isClosingMark;
import static io.wirestream.enrich.nlp.QuoteTokens.isOpeningMark;
import static io.wirestream.enrich.nlp.QuoteTokens.isParticiple;
import static io.wirestream.enrich.nlp.QuoteTokens.isPreposition;

import java.util.Set;

/**
 * Where a reported clause ends: at the end of its sentence, unless the reporter's own words go on first
 * ({@code , and he read out a letter}, {@code , a result that ...}), the speaker's second verb begins
 * ({@code and emphasised that}, {@code , but warned that}), a participle after a comma reports a clause of its
 * own ({@code , noting that ...}), a clause with a speaker of its own begins ({@code , while Uganda said},
 * {@code , while Halcyon Records declined}), or a quotation after {@code , and} or {@code , but} is a quote of
 * its own.
 */
final class ReportedClauseEnd {

    /** ", though doctors warned that ...": a concessive opens a clause that may have a speaker of its own. */
    private static final Set<String> CONCESSIVES = Set.of("though", "although");
    /** Participles that open no clause of their own: ", including ...", ", according to ...". */
    private static final Set<String> NON_CLAUSE_PARTICIPLES = Set.of("including", "according", "excluding",
            "beginning", "starting", "during", "following", "ranging", "notwithstanding");
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "they");

    private final LanguageData lang;
    private final CueVerbs cues;

    ReportedClauseEnd(LanguageData lang, CueVerbs cues) {
        this.lang = lang;
        this.cues = cues;
    }

    /**
     * Where a reported clause ends: the sentence end, or before the reporter's own words or the speaker's
     * second verb, or, when a quotation opens later in the sentence after {@code , and} or {@code , but}, before
     * that conjunction (the quotation is a quote of its own), or before a comma and conjunction that open a
     * clause with its own cue ({@code , while Uganda said}), also after a quoted word in the clause.
     */
    int find(TextDocument doc, int start, int end) {
        for (int j = start + 1; j < end; j++) {
            if (startsNarratorClause(doc, j, end)) {
                end = j;
                break;
            }
            if (j + 2 < end && doc.token(j).is(",") && isParticiple(doc.token(j + 1)) && doc.token(j + 1).isWord()
                    && !doc.token(j + 1).isCapitalized() && doc.token(j + 2).lower().equals("that")) {
                // "said ..., noting that ...": the participle reports a clause of its own; "said it will invest ...,
                // betting that ...": the reporter's account of why
                end = j;
                break;
            }
            if (j + 2 < end && j > start + 3 && doc.token(j).is(",") && isParticiple(doc.token(j + 1))
                    && doc.token(j + 1).isWord() && !doc.token(j + 1).isCapitalized()
                    && doc.token(j + 1).text().length() > 5 && !NON_CLAUSE_PARTICIPLES.contains(doc.token(j + 1).lower())
                    && isPreposition(doc.token(j + 2))) {
                // "said it had cut prices to clear stock, weighing on margins": a participle phrase after the
                // clause is the reporter's account of what followed
                end = j;
                break;
            }
        }
        for (int j = start + 2; j < end; j++) {
            if (isOpeningMark(doc.token(j)) && doc.token(j - 1).lower().equals("that")
                    && doc.token(j - 2).lower().equals("and") && j - 3 > start
                    && (doc.token(j - 3).is(",") || isClosingMark(doc.token(j - 3)))) {
                // "said the claim was “false,” and that “...”": the second quotation is a quote of its own; without
                // the comma ("said the jury had agreed and that “...”") one clause reports both.
                end = doc.token(j - 3).is(",") ? j - 3 : j - 2;
                break;
            }
        }
        int quote = -1;
        for (int j = start; j < end; j++) {
            if (isOpeningMark(doc.token(j))) {
                quote = quote < 0 ? j : quote;
                while (j + 1 < end && !isClosingMark(doc.token(j + 1))) {
                    j++; // a clause with its own cue is looked for outside quotation marks only
                }
                j++;
                continue;
            }
            if (startsAttributedClause(doc, j, end)) {
                end = j; // "said it was “disappointed” ..., while the opposition accused ..."
                break;
            }
        }
        if (quote < 0 || quote >= end) {
            return end;
        }
        for (int j = quote - 1; j > start; j--) {
            String w = doc.token(j).lower();
            if ((w.equals("and") || w.equals("but")) && doc.token(j - 1).is(",") || w.equals(";")) {
                return w.equals(";") ? j : j - 1;
            }
        }
        return end;
    }

    /**
     * Where the reporter's own words go on after a reported clause: ", and he read out a letter" (a comma,
     * "and" and a personal pronoun before a verb that is no auxiliary: a new clause about the speaker, not more
     * of what was said; "and he would ..." may still be reported), and "“...” and accused the club of ..."
     * (after a closing quotation mark, "and" and a past form: a second verb of the sentence's subject, a speech
     * act of its own, where a verb of the reported clause would be backshifted with it: "and would ..."); also
     * the speaker's second verb and the reporter's comment (below).
     */
    private boolean startsNarratorClause(TextDocument doc, int j, int end) {
        if (j + 3 < end && doc.token(j).is(",") && doc.token(j + 1).lower().equals("and")
                && PERSONAL_SUBJECTS.contains(doc.token(j + 2).lower())) {
            Token verb = doc.token(j + 3);
            return verb.isWord() && !verb.isCapitalized() && !AUXILIARIES.contains(verb.lower())
                    && !verb.lower().endsWith("n't") && !NameContextWords.isAdverb(verb);
        }
        if (secondVerbOfTheSpeaker(doc, j, end) || reportersComment(doc, j, end)) {
            return true;
        }
        if (j + 2 < end && doc.token(j).is(",") && doc.token(j + 1).lower().equals("with")
                && QuoteTokens.POSSESSIVES.contains(doc.token(j + 2).lower())) {
            return true; // "said he would skip Marseille, with his next stop Indian Wells": the reporter's aside
        }
        if (j > 0 && j + 1 < end && isClosingMark(doc.token(j - 1)) && doc.token(j).lower().equals("and")) {
            Token verb = doc.token(j + 1);
            return verb.isWord() && !verb.isCapitalized() && (verb.lower().endsWith("ed") || lang.isPastForm(verb.lower()));
        }
        return false;
    }

    /**
     * "said the setback was temporary and emphasised that ...", "said repairs were under way, but warned that
     * ...", "said ..., but flagged the risk of ...": "and" or "but" at {@code j} (after a comma or not) before a
     * cue verb, or ", but" before a past form, is a second verb of the speaker, not more of what was said.
     */
    private boolean secondVerbOfTheSpeaker(TextDocument doc, int j, int end) {
        int c = j;
        if (c < end && doc.token(c).is(",")) {
            c++;
        }
        if (c + 1 >= end || !doc.token(c).lower().equals("and") && !doc.token(c).lower().equals("but")) {
            return false;
        }
        int v = c + 1;
        while (v + 1 < end && NameContextWords.isAdverb(doc.token(v))) {
            v++;
        }
        Token verb = doc.token(v);
        if (!verb.isWord() || verb.isCapitalized() || isParticiple(verb)) {
            return false;
        }
        if (verb.lower().equals("called") && v + 1 < end
                && (doc.token(v + 1).lower().equals("on") || doc.token(v + 1).lower().equals("for"))) {
            return true; // "said his party would table a motion and called on ... to back it": the speaker's demand
        }
        if (cues.isCue(verb)) {
            // "and admits she", "and says that": a present form is a verb only before its clause ("the rumours
            // and claims were false")
            boolean present = verb.lower().endsWith("s") && !lang.isPastForm(verb.lower());
            Token after = v + 1 < end ? doc.token(v + 1) : null;
            return !present || after != null && (after.lower().equals("that")
                    || PERSONAL_SUBJECTS.contains(after.lower()) || after.lower().equals("it"));
        }
        boolean past = verb.lower().endsWith("ed") || lang.isPastForm(verb.lower());
        // ", and cut his price target": after a comma, a verb whose object a person's possessive opens is the speaker's own
        boolean own = v + 1 < end && (doc.token(v + 1).lower().equals("his") || doc.token(v + 1).lower().equals("her"));
        return c > j && (past && doc.token(c).lower().equals("but") || own && !AUXILIARIES.contains(verb.lower()));
    }

    /**
     * "said it had built a battery ..., a result that could remove ...", "..., a proposal Hamas rejected as ...":
     * a comma, "a" or "an", a noun and a relative clause at {@code j} are the reporter's comment on what was
     * said, not more of it (a bare noun phrase, ", a record", may still be).
     */
    static boolean reportersComment(TextDocument doc, int j, int end) {
        if (j + 3 >= end || !doc.token(j).is(",") || !doc.token(j + 1).lower().equals("a")
                && !doc.token(j + 1).lower().equals("an")) {
            return false;
        }
        Token noun = doc.token(j + 2);
        Token next = doc.token(j + 3);
        return noun.isWord() && !noun.isCapitalized() && (next.lower().equals("that") || next.lower().equals("which")
                || next.isWord() && next.isCapitalized());
    }

    /**
     * ", while Uganda said ...": a comma and a conjunction at {@code j} open a clause with a speaker of its own;
     * ", while" or ", whereas" before a name opens the reporter's own clause about someone else.
     */
    private boolean startsAttributedClause(TextDocument doc, int j, int end) {
        if (j + 2 >= end || !doc.token(j).is(",") || !CONJUNCTIONS.contains(doc.token(j + 1).lower())
                && !CONCESSIVES.contains(doc.token(j + 1).lower())) {
            return false;
        }
        String conjunction = doc.token(j + 1).lower();
        Token subject = doc.token(j + 2);
        if ((conjunction.equals("while") || conjunction.equals("whereas")) && subject.isWord() && subject.isCapitalized()
                && !lang.isStopword(subject.lower())) {
            return true; // ", while Halcyon Records declined to comment": a named subject of the reporter's own clause
        }
        for (int k = j + 3; k < Math.min(end, j + 7); k++) {
            if (cues.isCue(doc.token(k))) {
                return true;
            }
            if (!doc.token(k - 1).isWord()) {
                return false;
            }
        }
        return false;
    }
}
