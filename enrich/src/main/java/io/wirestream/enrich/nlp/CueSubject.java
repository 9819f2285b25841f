package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.QuoteTokens.isParticiple;
import static io.wirestream.enrich.nlp.QuoteTokens.isPassive;
import static io.wirestream.enrich.nlp.QuoteTokens.isPreposition;

import io.wirestream.core.record.EntityType;

/**
 * Which speaker a cue has: the one named before it ({@code Bauer said}), else the one after it
 * ({@code said Bauer}); for an "-ing" cue or a cue after "and" or "but", the subject of the sentence's clause
 * ({@code said Kahl, also noting ...}); for {@code X was quoted as saying}, the subject before the passive.
 */
final class CueSubject {

    private final CueVerbs cues;
    private final SpeakerBeforeCue speakerBefore;
    private final SpeakerAfterCue speakerAfter;

    CueSubject(CueVerbs cues, SpeakerBeforeCue speakerBefore, SpeakerAfterCue speakerAfter) {
        this.cues = cues;
        this.speakerBefore = speakerBefore;
        this.speakerAfter = speakerAfter;
    }

    /** The speaker of the cue at {@code c}: its subject, or for an "-ing" cue, its clause's subject. */
    SpeakerRef find(TextDocument doc, MentionsByToken names, int c, int from, int limit) {
        if (quotedAsSaying(doc, c, from)) {
            return speakerBefore.find(doc, names, c - 3, from);
        }
        if (isParticiple(doc.token(c))) {
            return participleSubject(doc, names, c, from);
        }
        SpeakerRef ref = speakerBefore.find(doc, names, c, from);
        return ref != null ? ref : speakerAfter.find(doc, names, c + 1, limit);
    }

    /**
     * The subject of a participle cue after a comma ({@code said Kahl, also noting ...}), or of a cue after
     * "and" ({@code called it poor and said ...}): the speaker of
     * the sentence's earlier cue, else the first person named in the sentence outside a prepositional
     * phrase, else an organization that opens it.
     */
    SpeakerRef participleSubject(TextDocument doc, MentionsByToken names, int c, int from) {
        int k = c - 1;
        while (k >= from && NameContextWords.isAdverb(doc.token(k))) {
            k--;
        }
        if (k < from || !doc.token(k).is(",") && !doc.token(k).lower().equals("and")
                && !doc.token(k).lower().equals("but")) {
            return null; // "welcomed the fine but said ...": the subject of the first verb
        }
        for (int j = k - 1; j >= from; j--) {
            if (cues.isCue(doc.token(j)) && !isParticiple(doc.token(j))) {
                SpeakerRef ref = speakerBefore.find(doc, names, j, from);
                return ref != null ? ref : speakerAfter.find(doc, names, j + 1, k);
            }
        }
        for (int m = from; m < k; m++) {
            NamedEntity entity = names.entityStartingAt(m);
            if (entity != null && entity.type() == EntityType.PERSON && (m == from || !isPreposition(doc.token(m - 1)))) {
                return names.nameStartingAt(m);
            }
        }
        int subject = from;
        while (subject < k && (!doc.token(subject).isWord() || doc.token(subject).lower().equals("the"))) {
            subject++;
        }
        NamedEntity entity = names.entityStartingAt(subject);
        return entity != null && entity.type() == EntityType.ORGANIZATION ? names.nameStartingAt(subject) : null;
    }

    /** "Diarra was quoted as saying": the cue's subject stands before the passive. */
    static boolean quotedAsSaying(TextDocument doc, int k, int from) {
        return k - 3 >= from && doc.token(k - 1).lower().equals("as") && doc.token(k - 2).lower().equals("quoted")
                && isPassive(doc.token(k - 3));
    }
}
