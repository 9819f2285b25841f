package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.QuoteTokens.AUXILIARIES;
import static io.wirestream.enrich.nlp.QuoteTokens.isParticiple;
import static io.wirestream.enrich.nlp.QuoteTokens.isPassive;
import static io.wirestream.enrich.nlp.QuoteTokens.isPreposition;

import io.wirestream.core.record.EntityType;
import java.util.Set;

/**
 * Which speaker a cue has: the one named before it ({@code Bauer said}), else the one after it
 * ({@code said Bauer}); for an "-ing" cue or a cue after "and" or "but", the subject of the sentence's clause
 * ({@code said Kahl, also noting ...}, {@code Ruiz smiled and said}); for {@code X was quoted as saying} and
 * {@code X could be heard pleading}, the subject before the passive.
 */
final class CueSubject {

    private final LanguageData lang;
    private final CueVerbs cues;
    private final SpeakerBeforeCue speakerBefore;
    private final SpeakerAfterCue speakerAfter;

    CueSubject(LanguageData lang, CueVerbs cues, SpeakerBeforeCue speakerBefore, SpeakerAfterCue speakerAfter) {
        this.lang = lang;
        this.cues = cues;
        this.speakerBefore = speakerBefore;
        this.speakerAfter = speakerAfter;
    }

    /** The speaker of the cue at {@code c}: its subject, or for an "-ing" cue, its clause's subject. */
    SpeakerRef find(TextDocument doc, MentionsByToken names, int c, int from, int limit) {
        if (quotedAsSaying(doc, c, from)) {
            return speakerBefore.find(doc, names, c - 3, from);
        }
        int heard = heardSaying(doc, c, from);
        if (heard >= 0) {
            return speakerBefore.find(doc, names, heard, from);
        }
        if (isParticiple(doc.token(c)) || conjunctionBefore(doc, c, from) >= 0) {
            // "said Kahl, also noting ...", "Oyler smiled and said:": the subject of the sentence's first verb
            return participleSubject(doc, names, c, from);
        }
        SpeakerRef ref = speakerBefore.find(doc, names, c, from);
        return ref != null ? ref : speakerAfter.find(doc, names, c + 1, limit);
    }

    /**
     * The subject of a participle cue after a comma ({@code said Kahl, also noting ...}), or of a cue after
     * "and" or "but" ({@code called it poor and said ...}, {@code and at the time told ...}): the speaker of
     * the sentence's earlier cue, else the first person named in the sentence outside a prepositional
     * phrase (but "led by X" names the
     * speaker), else an organization that opens it, else the subject before the sentence's first verb
     * ({@code A representative for Ruiz dismissed ... and said}).
     */
    SpeakerRef participleSubject(TextDocument doc, MentionsByToken names, int c, int from) {
        int k = c - 1;
        while (k >= from && NameContextWords.isAdverb(doc.token(k))) {
            k--;
        }
        if (k >= from && !doc.token(k).is(",")) {
            k = conjunctionBefore(doc, c, from);
        }
        if (k < from) {
            return null; // "welcomed the fine but said ...": the subject of the first verb
        }
        for (int j = k - 1; j >= from; j--) {
            if (cues.isCue(doc.token(j)) && !isParticiple(doc.token(j)) && !(j > from && CueVerbs.isNounUse(doc, j))) {
                SpeakerRef ref = speakerBefore.find(doc, names, j, from);
                return ref != null ? ref : speakerAfter.find(doc, names, j + 1, k);
            }
        }
        for (int m = from; m < k; m++) {
            NamedEntity entity = names.entityStartingAt(m);
            if (entity != null && entity.type() == EntityType.PERSON
                    && (m == from || !isPreposition(doc.token(m - 1)) || ledBy(doc, m, from))) {
                return names.nameStartingAt(m);
            }
        }
        int subject = from;
        while (subject < k && (!doc.token(subject).isWord() || doc.token(subject).lower().equals("the"))) {
            subject++;
        }
        NamedEntity entity = names.entityStartingAt(subject);
        if (entity != null && entity.type() == EntityType.ORGANIZATION) {
            return names.nameStartingAt(subject);
        }
        int verb = firstVerb(doc, from, k);
        SpeakerRef ref = verb > from ? speakerBefore.find(doc, names, verb, from) : null;
        // Capitalized words that are no entity's name are too weak a subject this far from the cue.
        return ref == null || ref.kind() != SpeakerRef.Kind.NAME
                || names.entityStartingAt(doc.tokenAtOrAfter(ref.start())) != null ? ref : null;
    }

    /**
     * "Acme economists led by Jan Novak cut their forecast, writing ...": the person who leads the group that
     * opens the sentence speaks for it.
     */
    private static boolean ledBy(TextDocument doc, int m, int from) {
        return m - 2 >= from && doc.token(m - 1).lower().equals("by")
                && Set.of("led", "headed").contains(doc.token(m - 2).lower());
    }

    /**
     * The first verb of the sentence's main clause before {@code to}: a past form, an "-ed" word, an
     * auxiliary or a cue, after at least one word and before any comma; else -1.
     */
    private int firstVerb(TextDocument doc, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            Token t = doc.token(j);
            if (t.is(",") || !t.isWord() && !t.is("'s") && !t.is("’s")) {
                return -1;
            }
            String w = t.lower();
            if (!t.isCapitalized() && (AUXILIARIES.contains(w) || lang.isPastForm(w) || w.endsWith("ed")
                    || cues.isCue(t) && !isParticiple(t) && !(j > from && CueVerbs.isNounUse(doc, j)))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The "and" or "but" before the cue at {@code c}, across adverbs and a short prepositional phrase
     * ("smiled and said", "and at the time told"), else -1.
     */
    static int conjunctionBefore(TextDocument doc, int c, int from) {
        int k = c - 1;
        while (k >= from && NameContextWords.isAdverb(doc.token(k))) {
            k--;
        }
        for (int p = k; p >= Math.max(from, k - 3); p--) {
            Token t = doc.token(p);
            String w = t.lower();
            if (!t.isWord() || w.equals("and") || w.equals("but") || w.equals("or") || w.equals("that")) {
                break;
            }
            if (isPreposition(t)) {
                if (p < k) {
                    k = p - 1; // "and at the time told": the phrase stands between the conjunction and the cue
                }
                break;
            }
        }
        if (k < from) {
            return -1;
        }
        String w = doc.token(k).lower();
        return w.equals("and") || w.equals("but") ? k : -1;
    }

    /**
     * "the Italian could be heard pleading with his team", "Ruiz was heard saying": a participle cue after a
     * passive of hearing has its subject before the passive: the token after that subject, to read back
     * from as if it were the cue, else -1.
     */
    private static int heardSaying(TextDocument doc, int c, int from) {
        if (!isParticiple(doc.token(c)) || c - 2 < from || !doc.token(c - 1).lower().equals("heard")) {
            return -1;
        }
        int k = c - 2;
        while (k >= from && (isPassive(doc.token(k)) || AUXILIARIES.contains(doc.token(k).lower())
                || NameContextWords.isAdverb(doc.token(k)))) {
            k--;
        }
        return k < c - 2 && k >= from ? k + 1 : -1;
    }

    /** "Diarra was quoted as saying": the cue's subject stands before the passive. */
    static boolean quotedAsSaying(TextDocument doc, int k, int from) {
        return k - 3 >= from && doc.token(k - 1).lower().equals("as") && doc.token(k - 2).lower().equals("quoted")
                && isPassive(doc.token(k - 3));
    }
}
