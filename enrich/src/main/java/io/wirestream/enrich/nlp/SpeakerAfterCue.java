package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.QuoteTokens.AUXILIARIES;
import static io.wirestream.enrich.nlp.QuoteTokens.CLAUSE_STARTERS;
import static io.wirestream.enrich.nlp.QuoteTokens.isNamePreposition;
import static io.wirestream.enrich.nlp.QuoteTokens.isPreposition;

import io.wirestream.core.record.EntityType;

/**
 * The speaker named right after a cue ({@code said Bauer}, {@code said the admiral}, {@code says its
 * president, Ewa Lis}, {@code said a Toyota spokesperson}), and the speaker a noun phrase names
 * ({@code according to him}, {@code according to Kahl}): a name with the titles before it, a pronoun or a
 * nominal.
 */
final class SpeakerAfterCue {

    private final LanguageData lang;
    private final CueVerbs cues;

    SpeakerAfterCue(LanguageData lang, CueVerbs cues) {
        this.lang = lang;
        this.cues = cues;
    }

    /** The speaker named right after a cue at {@code t}: {@code said Bauer}, {@code said the admiral}. */
    SpeakerRef find(TextDocument doc, MentionsByToken names, int t, int limit) {
        if (t >= limit || t >= doc.size()) {
            return null;
        }
        // "said the Acme Group's executive chair Ana Ruiz": the person the phrase ends with.
        for (int k = t; k < Math.min(limit, t + 12) && !doc.token(k).is(","); k++) {
            String w = doc.token(k).lower();
            if (CLAUSE_STARTERS.contains(w) && !w.equals("the") && !w.equals("a") && !w.equals("an")) {
                break;
            }
            NamedEntity entity = names.entityStartingAt(k);
            if (entity != null && entity.type() == EntityType.PERSON) {
                return k == t || !doc.token(k - 1).isWord() || !isPreposition(doc.token(k - 1))
                        ? names.nameStartingAt(k) : null;
            }
            if (isPreposition(doc.token(k))) {
                break;
            }
        }
        Token first = doc.token(t);
        String pronoun = lang.pronounClass(first.text());
        int named = pronoun != null ? personAfterRole(doc, names, t + 1, limit) : -1;
        if (named >= 0) {
            return names.nameStartingAt(named); // "says its president, Ewa Lis"
        }
        if (pronoun != null) {
            return "thing".equals(pronoun) ? null
                    : new SpeakerRef(SpeakerRef.Kind.PRONOUN, first.start(), first.end(), first.lower());
        }
        boolean article = first.lower().equals("the") || first.lower().equals("a") || first.lower().equals("an");
        int apposed = article ? personAfterPossessiveRole(doc, names, t + 1, limit) : -1;
        if (apposed >= 0) {
            return names.nameStartingAt(apposed); // "the board's chair, Dr. Ana Lis, told reporters"
        }
        if (article && t + 1 < limit && names.entityStartingAt(t + 1) != null
                && names.entityStartingAt(t + 1).type() == EntityType.ORGANIZATION) {
            int last = names.lastTokenOfMentionAt(t + 1);
            if (last + 1 < limit && lang.isSpokesNoun(doc.token(last + 1).text())) {
                return names.nameStartingAt(t + 1); // "said a Toyota spokesperson"
            }
        }
        SpeakerRef unnamed = unnamedSource(doc, t, limit);
        if (unnamed != null) {
            return unnamed;
        }
        if (first.lower().equals("the")) {
            if (t + 1 < limit && names.entityStartingAt(t + 1) != null) {
                return names.nameStartingAt(t + 1);
            }
            int k = t + 1;
            int head = -1;
            while (k < limit && k < t + 4 && doc.token(k).isWord() && !doc.token(k).isCapitalized()
                    && !CLAUSE_STARTERS.contains(doc.token(k).lower()) && !isPreposition(doc.token(k))
                    && !AUXILIARIES.contains(doc.token(k).lower())) {
                head = k++;
            }
            return head < 0 ? null : new SpeakerRef(SpeakerRef.Kind.NOMINAL, first.start(), doc.token(head).end(),
                    doc.token(head).lower());
        }
        int[] subject = subjectAt(doc, names, t, limit);
        return subject == null ? null : refOf(doc, names, t, subject[0]);
    }

    /**
     * "said a senior Hamas official", "said two diplomats": a source the text does not name, as a reference of
     * kind {@link SpeakerRef.Kind#NONE} that still says where it is; else null.
     */
    private SpeakerRef unnamedSource(TextDocument doc, int t, int limit) {
        String w = doc.token(t).lower();
        boolean determiner = w.equals("a") || w.equals("an") || w.equals("two") || w.equals("three")
                || w.equals("several") || w.equals("some") || w.equals("other") || Character.isDigit(w.charAt(0));
        if (!determiner) {
            return null;
        }
        for (int k = t + 1; k < Math.min(limit, t + 5); k++) {
            Token n = doc.token(k);
            if (!n.isWord() || isPreposition(n)) {
                return null;
            }
            if (!n.isCapitalized() && lang.isSourceNoun(n.text())) {
                return new SpeakerRef(SpeakerRef.Kind.NONE, doc.token(t).start(), n.end(), doc.text(t, k + 1));
            }
        }
        return null;
    }

    /**
     * "board's chair, Dr. Ana Lis" of "the board's chair, Dr. Ana Lis, told": a role, with its owner's
     * possessive, ending in a title before a comma, then the person's name (titles before it allowed); where the
     * name begins, else -1.
     */
    int personAfterPossessiveRole(TextDocument doc, MentionsByToken names, int k, int limit) {
        int j = k;
        while (j < Math.min(limit, k + 6) && (doc.token(j).isWord() && !cues.isCue(doc.token(j))
                && !CLAUSE_STARTERS.contains(doc.token(j).lower()) && !isPreposition(doc.token(j))
                || doc.token(j).is("'s") || doc.token(j).is("’s"))) {
            j++;
        }
        if (j == k || j + 1 >= limit || !doc.token(j).is(",") || !lang.isTitle(doc.token(j - 1).lower())
                || doc.token(j - 1).isCapitalized()) {
            return -1;
        }
        int n = j + 1;
        while (n < limit && n < j + 4 && names.entityStartingAt(n) == null
                && (lang.isTitle(doc.token(n).lower()) || doc.token(n).is("."))) {
            n++;
        }
        NamedEntity person = n < limit ? names.entityStartingAt(n) : null;
        return person != null && person.type() == EntityType.PERSON ? n : -1;
    }

    /**
     * Where the person named after a role that starts at {@code k} begins ("president, Ewa Lis" of "its
     * president, Ewa Lis"): lower-case words ending in a title, a comma and the person's name; else -1.
     */
    private int personAfterRole(TextDocument doc, MentionsByToken names, int k, int limit) {
        int j = k;
        while (j < Math.min(limit, k + 3) && doc.token(j).isWord() && !doc.token(j).isCapitalized()) {
            j++;
        }
        if (j == k || j + 1 >= limit || !lang.isTitle(doc.token(j - 1).lower()) || !doc.token(j).is(",")) {
            return -1;
        }
        NamedEntity person = names.entityStartingAt(j + 1);
        return person != null && person.type() == EntityType.PERSON ? j + 1 : -1;
    }

    /**
     * A name, pronoun or nominal starting at {@code t}: returns the index after it, or null. Titles
     * before a name belong to it ("Admiral Rob Bauer").
     */
    private int[] subjectAt(TextDocument doc, MentionsByToken names, int t, int limit) {
        if (t >= limit) {
            return null;
        }
        Token first = doc.token(t);
        String pronoun = lang.pronounClass(first.text());
        if (pronoun != null) {
            return "thing".equals(pronoun) || first.lower().equals("his") || first.lower().equals("her")
                    || first.lower().equals("their") ? null : new int[] {t + 1};
        }
        if (first.lower().equals("the")) {
            int k = t + 1;
            if (k < limit && names.entityStartingAt(k) != null) {
                return new int[] {names.lastTokenOfMentionAt(k) + 1};
            }
            while (k < limit && k < t + 4 && doc.token(k).isWord() && !doc.token(k).isCapitalized()
                    && !isPreposition(doc.token(k)) && !cues.isCue(doc.token(k))
                    && !AUXILIARIES.contains(doc.token(k).lower())) {
                k++;
            }
            return k > t + 1 ? new int[] {k} : null;
        }
        for (int k = t; k < limit && k < t + 4 && doc.token(k).isWord() && doc.token(k).isCapitalized(); k++) {
            if (names.entityStartingAt(k) != null) {
                return new int[] {names.lastTokenOfMentionAt(k) + 1};
            }
        }
        if (first.isWord() && first.isCapitalized() && !lang.isStopword(first.lower())) {
            int k = t + 1;
            while (k < limit && doc.token(k).isWord() && doc.token(k).isCapitalized()) {
                k++;
            }
            return new int[] {k};
        }
        return null;
    }

    /** The reference for the subject spanning tokens {@code [t, end)}. */
    private SpeakerRef refOf(TextDocument doc, MentionsByToken names, int t, int end) {
        Token first = doc.token(t);
        if (lang.pronounClass(first.text()) != null && end == t + 1) {
            return new SpeakerRef(SpeakerRef.Kind.PRONOUN, first.start(), first.end(), first.lower());
        }
        if (first.lower().equals("the") && names.entityStartingAt(t + 1) == null) {
            Token head = doc.token(end - 1);
            return new SpeakerRef(SpeakerRef.Kind.NOMINAL, first.start(), head.end(), head.lower());
        }
        int k = t;
        while (k < end && names.entityStartingAt(k) == null && lang.isTitle(doc.token(k).lower())) {
            k++;
        }
        if (k >= end) {
            k = t;
        }
        return new SpeakerRef(SpeakerRef.Kind.NAME, doc.token(k).start(), doc.token(end - 1).end(), doc.text(k, end));
    }

    /** The speaker named by a noun phrase ({@code according to him}, {@code according to Kahl}). */
    SpeakerRef nounPhraseRef(TextDocument doc, MentionsByToken names, int from, int end) {
        if (end - from > 3 && doc.token(end - 1).is(")") && doc.token(end - 3).is("(")) {
            end -= 3; // "the Food and Agriculture Organization (FAO)"
        }
        if (from >= end) {
            return SpeakerRef.NONE;
        }
        Token first = doc.token(from);
        String pronoun = lang.pronounClass(first.text());
        if (pronoun != null && end == from + 1) {
            return "thing".equals(pronoun) ? SpeakerRef.NONE
                    : new SpeakerRef(SpeakerRef.Kind.PRONOUN, first.start(), first.end(), first.lower());
        }
        int[] subject = subjectAt(doc, names, from, end);
        if (subject != null && subject[0] == end) {
            return refOf(doc, names, from, end);
        }
        for (int k = from + 1; k + 1 < end; k++) {
            if (lang.isSpokesNoun(doc.token(k - 1).text()) && isNamePreposition(doc.token(k))) {
                return nounPhraseRef(doc, names, k + 1, end); // "a statement from the company"
            }
        }
        return isTitledPerson(doc, names, from, end) ? names.nameEndingAt(end - 1) : SpeakerRef.NONE;
    }

    /** "regional governor Oleh Marchenko": lower-case words ending in a title, then a person's name to {@code end}. */
    private boolean isTitledPerson(TextDocument doc, MentionsByToken names, int from, int end) {
        NamedEntity person = names.entityEndingAt(end - 1);
        if (person == null || person.type() != EntityType.PERSON) {
            return false;
        }
        int first = names.firstTokenOfMentionEndingAt(end - 1);
        if (first <= from || !lang.isTitle(doc.token(first - 1).lower())) {
            return false;
        }
        for (int k = from; k < first; k++) {
            if (!doc.token(k).isWord() || doc.token(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }
}
