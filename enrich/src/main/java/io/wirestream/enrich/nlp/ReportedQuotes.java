package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.FoundQuote.REPORTED;
import static io.wirestream.enrich.nlp.QuoteTokens.ARTICLE_WORDS;
import static io.wirestream.enrich.nlp.QuoteTokens.AUXILIARIES;
import static io.wirestream.enrich.nlp.QuoteTokens.CLAUSE_BREAKS;
import static io.wirestream.enrich.nlp.QuoteTokens.CLAUSE_STARTERS;
import static io.wirestream.enrich.nlp.QuoteTokens.CONJUNCTIONS;
import static io.wirestream.enrich.nlp.QuoteTokens.isParticiple;
import static io.wirestream.enrich.nlp.QuoteTokens.isPassive;
import static io.wirestream.enrich.nlp.QuoteTokens.isPreposition;

import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.QuoteKind;
import java.util.List;
import java.util.Set;

/**
 * Indirect quotes: the clause after a cue verb with a subject ({@code Bauer said that ...},
 * {@code He added that ...}, {@code Ruiz said prices will ...}). Without "that", the words after the cue are a
 * clause only when they open like one and a finite verb follows soon, so that an object
 * ({@code agreed a new plan}) or a passive ({@code is said to be}) is no speech. {@link ReportedClauseEnd}
 * decides where the clause ends.
 */
final class ReportedQuotes {

    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "it");
    /** The forms of "say", the verb whose next words are what was said, not its object ("warned residents"). */
    private static final Set<String> SAY = Set.of("said", "says", "say");
    private static final Set<String> SAID_OBJECTS = Set.of("thanks", "goodbyes", "prayers", "hellos", "things",
            "words", "yes", "grace");
    static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight");
    private static final Set<String> PARENTHETICALS = Set.of("however", "though", "too", "meanwhile", "instead",
            "nevertheless", "moreover", "furthermore");

    private final LanguageData lang;
    private final CueVerbs cues;
    private final SpeakerBeforeCue speakerBefore;
    private final CueSubject cueSubject;
    private final ReportedClauseEnd clauseEnd;

    ReportedQuotes(LanguageData lang, CueVerbs cues, SpeakerBeforeCue speakerBefore, CueSubject cueSubject,
                   ReportedClauseEnd clauseEnd) {
        this.lang = lang;
        this.cues = cues;
        this.speakerBefore = speakerBefore;
        this.cueSubject = cueSubject;
        this.clauseEnd = clauseEnd;
    }

    /** {@code Bauer said that ...}, {@code He added that ...}, {@code Ruiz said prices will ...}. */
    void find(TextDocument doc, MentionsByToken names, int s, List<FoundQuote> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        for (int k = from; k < end; k++) {
            Token cue = doc.token(k);
            if (!cues.isCueAt(doc, k) || k + 1 >= end || doc.token(k + 1).lower().equals("to")
                    || isPassiveCue(doc, k, from) || askedOfTheSubject(doc, k, from)) {
                continue; // "adding to the problems", "is said to be", "was first reported by": not speech
            }
            int that = -1;
            // "told reporters on the sidelines of the summit that": a listener and a circumstance come first.
            // "said in a second statement on Friday evening that": so does a circumstance.
            int window = lang.isObjectCue(cue.text()) || isPreposition(doc.token(k + 1)) ? 12 : 8;
            for (int j = k + 1; j < Math.min(end, k + window); j++) {
                Token t = doc.token(j);
                if (t.lower().equals("that")) {
                    if (j > k + 2 && CONJUNCTIONS.contains(doc.token(j - 1).lower())) {
                        break; // "said no decision had been taken and that ...": the first clause has no "that"
                    }
                    if (j > k + 3 && isPastVerb(doc.token(j - 1)) && doc.token(j - 2).isWord()
                            && !isPreposition(doc.token(j - 2)) && !ARTICLE_WORDS.contains(doc.token(j - 2).lower())) {
                        break; // "said the vote showed that ...": the reported clause began before "that"
                    }
                    // "said outside a school that had been ...": a relative clause, not what was said; so is
                    // "writes music that draws on folk songs": an object and "that" with a verb of its own.
                    that = j + 1 < end && (AUXILIARIES.contains(doc.token(j + 1).lower())
                            || j == k + 2 && relativeOnObject(doc, k + 1, j + 1)) ? -2 : j;
                    break;
                }
                if (t.is(",") && j + 2 < end && doc.token(j + 2).is(",") && NameContextWords.isAdverb(doc.token(j + 1))
                        || t.is(",") && j + 2 < end && doc.token(j + 2).is(",") && PARENTHETICALS.contains(doc.token(j + 1).lower())) {
                    j += 2; // "acknowledged, however, that ..."
                    continue;
                }
                if (!t.is(".") && CLAUSE_BREAKS.contains(t.text()) || t.is(":") || t.is(",")
                        || j > k + 1 && AUXILIARIES.contains(t.lower())) {
                    break; // "said the hearing had shown that ...": the reported clause began before "that"
                }
            }
            if (that == -2) {
                continue;
            }
            int clauseStart = that >= 0 ? that + 1 : k + 1;
            if (that < 0 && isParentheticalCue(doc, names, k, from, end)) {
                clauseStart = k + 2;
            }
            if (that < 0 && lang.isObjectCue(cue.text())) {
                // "told Le Monde in an interview": the listener, then a clause or nothing that was said.
                clauseStart = afterListener(doc, names, clauseStart, end);
                if (clauseStart >= end || !finiteVerbSoon(doc, clauseStart - 1, end)) {
                    continue;
                }
            }
            if (clauseStart >= end) {
                continue;
            }
            SpeakerRef ref = CueSubject.quotedAsSaying(doc, k, from) ? speakerBefore.find(doc, names, k - 3, from)
                    : isParticiple(cue) || CueSubject.conjunctionBefore(doc, k, from) >= 0
                    ? cueSubject.participleSubject(doc, names, k, from) : speakerBefore.find(doc, names, k, from);
            if (that < 0) {
                clauseStart = afterCircumstance(doc, clauseStart, end);
                boolean clauseFollows = finiteVerbSoon(doc, clauseStart, end);
                if (!lang.reportsWithoutThat(cue.text()) && (!clauseFollows || contactClause(doc, clauseStart, end))) {
                    continue; // "agreed a new plan", "described the moment they were rescued": an object, not what was said
                }
                Token next = doc.token(clauseStart);
                if (names.entityStartingAt(clauseStart) != null && names.lastTokenOfMentionAt(clauseStart) + 1 < end
                        && doc.token(names.lastTokenOfMentionAt(clauseStart) + 1).is(",")) {
                    continue; // "say Penrose, ...", "said Ruiz, who ...": a name and a comma after the cue open no clause
                }
                // "astronomers said on Monday, far beyond ...": a circumstance after the cue opens no clause
                boolean plainStart = next.isWord() && (!isPreposition(next) || next.lower().equals("about")
                        && clauseStart + 1 < end && Character.isDigit(doc.token(clauseStart + 1).text().charAt(0))
                        || atLeast(doc, clauseStart, end)); // "said at least 40 people had been treated": a quantity
                boolean startsClause = next.isWord() && (CLAUSE_STARTERS.contains(next.lower())
                        || next.isCapitalized() && !lang.isStopword(next.lower())
                        || plainStart && ref != null && !lang.isObjectCue(cue.text()) && clauseFollows
                        || plainStart && unnamedSpeaker(doc, names, k, from) && clauseFollows
                        || ref != null && ref.kind() != SpeakerRef.Kind.NONE && SAY.contains(cue.lower())
                        && pluralSubject(doc, clauseStart, end));
                if (!startsClause || ref == null && (isParticiple(cue) || !hasNounSubject(doc, names, k, from))) {
                    continue;
                }
            }
            FoundQuote.addClause(doc, clauseStart, clauseEnd.find(doc, clauseStart, end), QuoteKind.INDIRECT,
                    cues.text(doc, k), ref == null ? SpeakerRef.NONE : ref, REPORTED, found);
        }
    }

    /** "at least" or "at most" at {@code k}: the start of a quantity, which may be the subject of a clause. */
    private static boolean atLeast(TextDocument doc, int k, int end) {
        return k + 1 < end && doc.token(k).lower().equals("at")
                && (doc.token(k + 1).lower().equals("least") || doc.token(k + 1).lower().equals("most"));
    }

    /**
     * "said inflation was falling", "said sales fell": an auxiliary or a past form soon after a cue makes the
     * words after it a clause, unless a new clause (", and", ";") or verb phrase ("confirmed the attack but
     * did not ...") starts first.
     */
    private boolean finiteVerbSoon(TextDocument doc, int from, int end) {
        for (int j = from + 1; j < Math.min(end, from + 14); j++) {
            Token t = doc.token(j);
            if (t.is(",")) {
                if (j + 1 < end && CONJUNCTIONS.contains(doc.token(j + 1).lower())) {
                    return false;
                }
                continue;
            }
            if (!t.isWord() && !t.is("'s") && !t.is("’s")) {
                return false;
            }
            if (CONJUNCTIONS.contains(t.lower()) && j + 1 < end && AUXILIARIES.contains(doc.token(j + 1).lower())) {
                return false;
            }
            if (AUXILIARIES.contains(t.lower()) || j > from + 1 && lang.isPastForm(t.lower())) {
                return true;
            }
            if (j == from + 1 && THIRD_PERSON.contains(doc.token(from).lower()) && presentForm(t)
                    || j == from + 2 && THIRD_PERSON.contains(doc.token(from).lower())
                    && NameContextWords.isAdverb(doc.token(from + 1)) && presentForm(t)) {
                return true; // "admits she rarely wins the argument": a present form after "he", "she" or "it"
            }
        }
        return false;
    }

    /**
     * "If they decline, Lindahl warned, the effect could spread": a named speaker and a cue set off by commas
     * inside a sentence, before a clause that opens with its subject (not "..., Benioff said, ever since").
     */
    private boolean isParentheticalCue(TextDocument doc, MentionsByToken names, int k, int from, int end) {
        if (k + 2 >= end || !doc.token(k + 1).is(",") || names.entityEndingAt(k - 1) == null) {
            return false;
        }
        int first = names.firstTokenOfMentionEndingAt(k - 1);
        return first - 1 > from && doc.token(first - 1).is(",") && CLAUSE_STARTERS.contains(doc.token(k + 2).lower())
                && finiteVerbSoon(doc, k + 2, end);
    }

    /**
     * "writes music that draws on", "said something that surprised": a lower-case noun at {@code object} between
     * the cue and "that", and a verb in "-s" or the past right after "that" (a reported clause after "that"
     * opens with its subject).
     */
    private boolean relativeOnObject(TextDocument doc, int object, int verb) {
        Token o = doc.token(object);
        Token v = doc.token(verb);
        return o.isWord() && !o.isCapitalized() && !NameContextWords.isAdverb(o) && !isPreposition(o)
                && !TIME_WORDS.contains(o.lower()) && v.isWord() && !v.isCapitalized() && !isPreposition(v)
                && !lang.isStopword(v.lower()) && (isPastVerb(v) || presentForm(v) && !v.lower().endsWith("es")
                && !v.lower().endsWith("ers") && !v.lower().endsWith("ists") && !v.lower().endsWith("ts"));
    }

    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "earlier", "later", "again",
            "also", "too", "then", "now", "once", "twice");

    /**
     * "said on Thursday its lander ...", "said in a statement the company ...": the token after a short
     * prepositional phrase that stands between a cue and its clause, else {@code k}.
     */
    private static int afterCircumstance(TextDocument doc, int k, int end) {
        if (k + 1 < end && DAYS.contains(doc.token(k).lower()) && CLAUSE_STARTERS.contains(doc.token(k + 1).lower())) {
            return k + 1; // "said Tuesday it will invest": a bare day is when it was said
        }
        if (k >= end || !isPreposition(doc.token(k)) || doc.token(k).lower().equals("that")) {
            return k;
        }
        for (int j = k + 2; j < Math.min(end, k + 7); j++) { // "said in a statement late Tuesday it would"
            Token t = doc.token(j);
            if (!t.isWord()) {
                return k;
            }
            if (CLAUSE_STARTERS.contains(t.lower()) && !ARTICLE_WORDS.contains(doc.token(j - 1).lower())) {
                return j;
            }
        }
        return k;
    }

    /**
     * The token after the listener of an object cue that starts at {@code k}: a name, a common noun, or an
     * article and a common noun ("told the jury the trial would last").
     */
    private static int afterListener(TextDocument doc, MentionsByToken names, int k, int end) {
        if (k < end && names.entityStartingAt(k) != null) {
            return names.lastTokenOfMentionAt(k) + 1;
        }
        if (k + 2 < end && ARTICLE_WORDS.contains(doc.token(k).lower()) && isCommonNoun(doc.token(k + 1))
                && doc.token(k + 2).isWord() && !AUXILIARIES.contains(doc.token(k + 2).lower())) {
            return k + 2;
        }
        return k < end && doc.token(k).isWord() && !doc.token(k).isCapitalized() ? k + 1 : k;
    }

    private static boolean isCommonNoun(Token t) {
        return t.isWord() && !t.isCapitalized() && !isPreposition(t);
    }

    /**
     * "Asked whether ..., the minister said", "Ruiz, asked about the delay, was blunt": an object cue that opens
     * the sentence or follows a comma is a passive participle, a question put to the subject, not speech.
     */
    private boolean askedOfTheSubject(TextDocument doc, int k, int from) {
        if (!lang.isObjectCue(doc.token(k).text()) || !doc.token(k).lower().endsWith("ed") || k > from
                && !doc.token(k - 1).is(",")) {
            return false;
        }
        int end = doc.sentenceEnd(doc.sentenceOf(k));
        for (int j = k + 2; j + 1 < Math.min(end, k + 30); j++) {
            if (doc.token(j).is(",") && doc.token(j + 1).isWord()) {
                return true; // the participle phrase closes with a comma before the sentence goes on
            }
        }
        return false;
    }

    /**
     * "Eze said symptoms to watch for include fever": a plural noun right after the cue of a named speaker,
     * with the sentence going on after it, is the subject of a clause in the present tense; "said thanks" and
     * "said prayers" are the few plural objects of "say".
     */
    private boolean pluralSubject(TextDocument doc, int k, int end) {
        Token t = doc.token(k);
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("'s") && !w.endsWith("’s") && !lang.isStopword(w) && !NameContextWords.isAdverb(t)
                && !SAID_OBJECTS.contains(w) && k + 3 < end && doc.token(k + 1).isWord();
    }

    /** A lower-case word in "-s", as a verb after "he", "she" or "it" is ("wins", "goes"). */
    private static boolean presentForm(Token t) {
        return t.isWord() && !t.isCapitalized() && t.lower().endsWith("s") && !t.lower().endsWith("ss")
                && t.text().length() > 2 && !isPreposition(t);
    }

    /** A regular or irregular past form ("showed", "fell"). */
    private boolean isPastVerb(Token t) {
        return t.isWord() && !t.isCapitalized() && (t.lower().endsWith("ed") || lang.isPastForm(t.lower()));
    }

    /** "is said to", "was first reported by": the cue at {@code k} after a passive auxiliary and adverbs. */
    private static boolean isPassiveCue(TextDocument doc, int k, int from) {
        int j = k - 1;
        while (j > from && (doc.token(j).lower().endsWith("ly") || doc.token(j).lower().equals("first"))) {
            j--;
        }
        return j >= from && isPassive(doc.token(j));
    }

    /**
     * "A resident said gunfire could be heard": a plain noun before a verb of saying itself (not one that
     * reports only with "that") is a speaker the text does not name.
     */
    private boolean unnamedSpeaker(TextDocument doc, MentionsByToken names, int k, int from) {
        Token cue = doc.token(k);
        return lang.reportsWithoutThat(cue.text()) && !lang.isObjectCue(cue.text()) && hasNounSubject(doc, names, k, from);
    }

    /** Whether the cue at {@code k} follows a plain noun ("people familiar with the talks say"). */
    private boolean hasNounSubject(TextDocument doc, MentionsByToken names, int k, int from) {
        int j = SpeakerBeforeCue.beforeParticiplePhrase(doc, k - 1, from);
        while (j >= from && NameContextWords.isAdverb(doc.token(j))) {
            j--;
        }
        if (j >= from && names.entityEndingAt(j) != null && names.entityEndingAt(j).type() == EntityType.LOCATION) {
            int p = names.firstTokenOfMentionEndingAt(j) - 1;
            if (p > from && isPreposition(doc.token(p))) {
                j = p - 1; // "A Western diplomat in Bamako, who ..., said": the noun before the place
            }
        }
        if (j > from && doc.token(j).is(",")) {
            // "residents of the village, one of the hamlets affected, said": the noun before an apposition
            for (int p = j - 2; p > from && p >= j - 10; p--) {
                if (doc.token(p).is(",")) {
                    j = APPOSITION_OPENERS.contains(doc.token(p + 1).lower()) ? p - 1 : j;
                    break;
                }
                if (!doc.token(p).isWord()) {
                    break;
                }
            }
        }
        if (j < from) {
            return false;
        }
        Token t = doc.token(j);
        if (t.isWord() && (lang.isSpokesNoun(t.text()) || lang.isSourceNoun(t.text())) && (j == from || !t.isCapitalized())) {
            return true; // "Officials said", "Russian officials said": a stop word, but people who speak
        }
        if (!t.isWord() || t.isCapitalized() || isPreposition(t) || lang.isStopword(t.lower())) {
            return false;
        }
        return true;
    }

    /**
     * "the moment they were pulled from the sea": an article, one or two lower-case words and a subject
     * pronoun from {@code k}: a noun with a relative clause that has no "that", the object of the verb.
     */
    private static boolean contactClause(TextDocument doc, int k, int end) {
        if (k + 2 >= end || !ARTICLE_WORDS.contains(doc.token(k).lower())) {
            return false;
        }
        for (int j = k + 1; j <= Math.min(end - 1, k + 3); j++) {
            Token t = doc.token(j);
            if (j > k + 1 && SUBJECT_PRONOUNS.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> APPOSITION_OPENERS = Set.of("one", "a", "an", "the", "many", "some", "most");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "it");
}
