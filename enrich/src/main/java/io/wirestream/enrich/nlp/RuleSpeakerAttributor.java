package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.QuoteKind;
import io.wirestream.core.record.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule-based speaker attributor:
 * <ul>
 *   <li>a name is the entity mentioned there, or, when no entity is, the name as written (but not one
 *       capitalized word that opens a sentence, which is as often a common noun: "Analysts said"); a
 *       nationality ("the Norwegian said", "the Dutchman said") is a nominal that coreference resolves;</li>
 *   <li>a pronoun or nominal is what the {@link Coreference} stage resolves it to, never the person who
 *       asked the question the quote answers; but a "he" or "she" right after a quote of a person, with
 *       nobody else named or introduced between them, is that person; an "it" coreference leaves open,
 *       the organization that gave the quote just before; else nobody. A pronoun resolved to a person
 *       tells their gender (as does "X said he ..."), which later pronouns must agree with. "The
 *       spokesperson" has the speaker of the quote whose sentence introduced "a spokesperson". A pronoun,
 *       age or nationality is nobody when someone the text names but no person or organization was found
 *       for, or whom such a reference could not be resolved to, spoke since the person it resolves to was
 *       last mentioned, in its paragraph or the one before;</li>
 *   <li>a continuation has the speaker of the quote before it in the same paragraph; a paragraph that is
 *       nothing but an unattributed quotation, right after a paragraph whose last quote a person gave, has
 *       that person.</li>
 * </ul>
 */
public final class RuleSpeakerAttributor implements SpeakerAttributor {

    private final LanguageData lang;
    private final Coreference coreference;

    public RuleSpeakerAttributor(LanguageData lang, Coreference coreference) {
        this.lang = lang;
        this.coreference = coreference;
    }

    @Override
    public List<Speaker> attribute(TextDocument doc, List<NamedEntity> entities, List<QuoteCandidate> quotes) {
        List<Span> quoted = new ArrayList<>();
        for (QuoteCandidate q : quotes) {
            if (q.kind() == QuoteKind.DIRECT && isMarked(doc, q)) {
                quoted.add(q.span());
            }
        }
        EntityMentions mentions = new EntityMentions(entities, quoted);
        learnGendersFromCues(doc, mentions);
        List<Speaker> speakers = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            QuoteCandidate q = quotes.get(i);
            SpeakerRef ref = q.speaker();
            if (ref.kind() == SpeakerRef.Kind.NAME && lang.isDemonym(ref.text()) && ref.start() >= 4
                    && doc.text().substring(ref.start() - 4, ref.start()).equalsIgnoreCase("the ")) {
                // "the Dutchman said": a nationality names a person the text has named, whether or not it was typed.
                ref = new SpeakerRef(SpeakerRef.Kind.NOMINAL, ref.start(), ref.end(), ref.text());
            }
            Speaker speaker = switch (ref.kind()) {
                case NAME -> byName(doc, mentions, ref);
                case PRONOUN, NOMINAL -> resolved(doc, entities, mentions, ref, quotes, speakers, i);
                case PREVIOUS -> i > 0 && doc.paragraphStart(quotes.get(i - 1).start()) == doc.paragraphStart(q.start())
                        ? speakers.get(i - 1) : null;
                case NONE -> quoteParagraphAfterQuote(doc, entities, quotes, speakers, i);
            };
            speakers.add(speaker);
        }
        return speakers;
    }

    /**
     * "“...,” Gareth said. [new paragraph] “I know that water.”": a paragraph that is nothing but a quotation with
     * no attribution, right after a paragraph whose last quote a person gave, goes on with that person's words
     * (a speech of several paragraphs, or a follow-up the reporter saw no need to attribute); else null.
     */
    private Speaker quoteParagraphAfterQuote(TextDocument doc, List<NamedEntity> entities, List<QuoteCandidate> quotes,
                                             List<Speaker> speakers, int i) {
        QuoteCandidate q = quotes.get(i);
        if (i == 0 || speakers.get(i - 1) == null || !isMarked(doc, q)) {
            return null;
        }
        int paragraph = doc.paragraphStart(q.start());
        if (paragraph == 0 || !doc.text().substring(paragraph, q.start()).strip().matches("\\p{Pi}|\\p{Pf}|\"|«|„")) {
            return null;
        }
        // nothing but the quotation (and its closing mark) in the paragraph
        if (doc.text().substring(q.end(), doc.paragraphEnd(q.start())).strip().length() > 2) {
            return null;
        }
        QuoteCandidate before = quotes.get(i - 1);
        int previous = doc.paragraphStart(paragraph - 2);
        if (doc.paragraphStart(before.start()) != previous || !isMarked(doc, before)) {
            return null;
        }
        for (NamedEntity entity : entities) {
            if (entity.id().equals(speakers.get(i - 1).entityId()) && entity.type() == EntityType.PERSON) {
                return speakers.get(i - 1);
            }
        }
        return null;
    }

    /**
     * What coreference resolves a pronoun or nominal to; for an "it" it leaves open, the organization that
     * spoke in the quote before, in the same or the sentence before ("..., the ministry said. It added
     * that ...").
     */
    private Speaker resolved(TextDocument doc, List<NamedEntity> entities, EntityMentions mentions, SpeakerRef ref,
                             List<QuoteCandidate> quotes, List<Speaker> speakers, int i) {
        int introduced = introducingQuote(doc, ref, quotes, i);
        if (introduced >= 0) {
            return speakers.get(introduced);
        }
        Set<String> excluded = asker(doc, quotes, speakers, i);
        NamedEntity previous = excluded.isEmpty() ? previousSpeaker(doc, entities, mentions, ref, quotes, speakers, i)
                : null;
        NamedEntity referent = previous != null ? previous : coreference.resolve(doc, mentions, ref, excluded);
        if (previous == null && referent != null && referent.type() == EntityType.PERSON && bySalience(ref)
                && unknownSpeakerSince(doc, entities, mentions, referent, ref, quotes, speakers, i)) {
            return null;
        }
        if (ref.kind() == SpeakerRef.Kind.PRONOUN && referent != null && referent.type() == EntityType.PERSON) {
            mentions.learnGender(referent, lang.genderOf(ref.text()));
        }
        Speaker speaker = speaker(referent);
        if (speaker != null || ref.kind() != SpeakerRef.Kind.PRONOUN || !"thing".equals(lang.pronounClass(ref.text()))
                || i == 0 || speakers.get(i - 1) == null) {
            return speaker;
        }
        int before = doc.sentenceAtOffset(quotes.get(i - 1).start());
        if (doc.sentenceAtOffset(ref.start()) - before > 1) {
            return null;
        }
        for (NamedEntity entity : entities) {
            if (entity.id().equals(speakers.get(i - 1).entityId()) && entity.type() == EntityType.ORGANIZATION) {
                return speakers.get(i - 1);
            }
        }
        return null;
    }

    /**
     * "A spokesperson for the union said X. ... “...,” the spokesperson said": the quote before {@code i} whose
     * sentence introduced the unnamed speaker a nominal with a spokes-noun head refers to ("a spokesperson"
     * before that quote), whose speaker this one shares; else -1.
     */
    private int introducingQuote(TextDocument doc, SpeakerRef ref, List<QuoteCandidate> quotes, int i) {
        if (ref.kind() != SpeakerRef.Kind.NOMINAL || !lang.isSpokesNoun(ref.text()) || !lang.isTitle(ref.text())) {
            return -1;
        }
        for (int j = i - 1; j >= 0; j--) {
            QuoteCandidate q = quotes.get(j);
            int s = doc.sentenceAtOffset(q.start());
            for (int k = doc.sentenceStart(s) + 1; k < doc.sentenceEnd(s) && doc.token(k).end() <= q.start(); k++) {
                String article = doc.token(k - 1).lower();
                SpeakerRef said = q.speaker();
                // the spokesperson is that quote's speaker: "a spokesman for the promoter said", "a Corvala
                // spokesperson said", "A spokesperson for the union said" (no speaker read)
                boolean speaks = said.kind() == SpeakerRef.Kind.NONE
                        || said.start() >= doc.token(Math.max(0, k - 3)).start()
                        && said.start() <= doc.token(Math.min(doc.size() - 1, k + 6)).start();
                if (doc.token(k).lower().equals(ref.text()) && (article.equals("a") || article.equals("an"))
                        && speaks) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Whether {@code ref} picks its person out by salience alone, not by a name or title: "he", "she", "the
     * 27-year-old", "the Dutchman".
     */
    private boolean bySalience(SpeakerRef ref) {
        if (ref.kind() == SpeakerRef.Kind.PRONOUN) {
            return "person".equals(lang.pronounClass(ref.text()));
        }
        return ref.kind() == SpeakerRef.Kind.NOMINAL && ref.text().endsWith("-year-old")
                || ref.kind() != SpeakerRef.Kind.PRONOUN && ref.text() != null && lang.isDemonym(ref.text());
    }

    /**
     * "“...,” van der Berg shouted. “...,” the Dutchman said. [...] The 27-year-old added that ...": whether
     * someone the text names but no person or organization was found for, or a person a reference before
     * could not be resolved to, spoke after the last mention of {@code referent}, in the paragraph of
     * {@code ref} or the one before: who is as likely the one meant.
     */
    private boolean unknownSpeakerSince(TextDocument doc, List<NamedEntity> entities, EntityMentions mentions,
                                        NamedEntity referent, SpeakerRef ref, List<QuoteCandidate> quotes,
                                        List<Speaker> speakers, int i) {
        int last = -1;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() <= ref.start() && m.entity().id().equals(referent.id()) && !mentions.quoted(m.span())) {
                last = m.span().start();
            }
        }
        int paragraph = doc.paragraphStart(ref.start());
        int floor = Math.max(last, paragraph > 0 ? doc.paragraphStart(paragraph - 2) : 0);
        for (int j = i - 1; j >= 0; j--) {
            SpeakerRef before = quotes.get(j).speaker();
            if (before.kind() == SpeakerRef.Kind.PREVIOUS || before.kind() == SpeakerRef.Kind.NONE
                    || before.start() >= ref.start()) {
                continue;
            }
            if (before.start() < floor) {
                return false;
            }
            Speaker said = speakers.get(j);
            if (before.kind() == SpeakerRef.Kind.NAME && said != null && !isPersonOrOrganization(entities, said)
                    || bySalience(before) && said == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonOrOrganization(List<NamedEntity> entities, Speaker speaker) {
        for (NamedEntity entity : entities) {
            if (entity.id().equals(speaker.entityId())) {
                return entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION;
            }
        }
        return false;
    }

    /**
     * "“Was the fee fair?” Pryce asked. [new paragraph] “I think ...,” the 58-year-old said.": the
     * answer to a question is not given by the person who asked it.
     */
    private static Set<String> asker(TextDocument doc, List<QuoteCandidate> quotes, List<Speaker> speakers, int i) {
        if (i == 0 || speakers.get(i - 1) == null || speakers.get(i - 1).entityId() == null) {
            return Set.of();
        }
        QuoteCandidate question = quotes.get(i - 1);
        String text = doc.text();
        int last = question.end() - 1;
        while (last > question.start() && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        boolean asks = text.charAt(last) == '?' || question.end() < text.length() && text.charAt(question.end()) == '?';
        return asks && doc.paragraphStart(question.start()) != doc.paragraphStart(quotes.get(i).start())
                ? Set.of(speakers.get(i - 1).entityId()) : Set.of();
    }

    /**
     * "“...,” the 58-year-old said. He added that ...": a "he" or "she" after a quote of a person, in its
     * paragraph or at the start of the next, with no other person named between them, is that person,
     * when nothing said of them tells another gender.
     */
    private NamedEntity previousSpeaker(TextDocument doc, List<NamedEntity> entities, EntityMentions mentions,
                                        SpeakerRef ref, List<QuoteCandidate> quotes, List<Speaker> speakers, int i) {
        String gender = lang.genderOf(ref.text());
        if (ref.kind() != SpeakerRef.Kind.PRONOUN || !"person".equals(lang.pronounClass(ref.text())) || gender == null
                || i == 0 || speakers.get(i - 1) == null || speakers.get(i - 1).entityId() == null) {
            return null;
        }
        NamedEntity person = null;
        for (NamedEntity candidate : entities) {
            if (candidate.id().equals(speakers.get(i - 1).entityId()) && candidate.type() == EntityType.PERSON) {
                person = candidate;
            }
        }
        QuoteCandidate before = quotes.get(i - 1);
        int paragraph = doc.paragraphStart(ref.start());
        boolean near = doc.paragraphStart(before.start()) == paragraph
                || doc.paragraphStart(Math.max(0, paragraph - 2)) == doc.paragraphStart(before.start());
        if (person == null || !near || !mentions.agrees(person, gender, lang)) {
            return null;
        }
        int from = Math.max(before.end(), before.speaker().end());
        for (int s = doc.sentenceAtOffset(from); s <= doc.sentenceAtOffset(ref.start()); s++) {
            int t = doc.sentenceStart(s);
            if (quotes.get(i).span().start() <= doc.token(t).start() && doc.token(t).start() < quotes.get(i).end()) {
                continue; // "The branch was cut back, he said": the words reported are no new subject
            }
            // "The judge rejected that argument. “...,” she said": a new subject named by a title or role.
            if (doc.token(t).start() >= from && doc.token(t).start() < ref.start() && t + 1 < doc.sentenceEnd(s)
                    && doc.token(t).isCapitalized() && ("The".equals(doc.token(t).text()) || "A".equals(doc.token(t).text())
                    || "An".equals(doc.token(t).text()) || "One".equals(doc.token(t).text()))
                    && !doc.token(t + 1).isCapitalized() && doc.token(t + 1).isWord()) {
                return null;
            }
            if (doc.token(t).start() >= from && titledSubjectAfterOpening(doc, s, ref.start())) {
                return null; // "Asked about that, the England captain smiled. “...,” he said"
            }
        }
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().start() >= from && m.span().end() <= ref.start() && m.entity().type() == EntityType.PERSON
                    && !mentions.quoted(m.span())) {
                return null;
            }
        }
        return person;
    }

    /**
     * Whether sentence {@code s} opens with a phrase and a comma, then a subject named by a title, with a team or
     * nation before it or not ("Asked about it, the England captain smiled"), before {@code offset}.
     */
    private boolean titledSubjectAfterOpening(TextDocument doc, int s, int offset) {
        int start = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        for (int k = start + 1; k < Math.min(end, start + 10); k++) {
            if (!doc.token(k).is(",")) {
                continue;
            }
            int h = k + 2;
            if (h < end && doc.token(h).isCapitalized() && doc.token(h).isWord() && !lang.isTitle(doc.token(h).lower())) {
                h++;
            }
            return h + 1 < end && doc.token(k + 1).lower().equals("the") && doc.token(h).end() < offset
                    && doc.token(h).isWord() && !doc.token(h).isCapitalized() && lang.isTitle(doc.token(h).lower())
                    && doc.token(h + 1).isWord() && !doc.token(h + 1).isCapitalized();
        }
        return false;
    }

    /**
     * "Oduya said he understood the anger": a "he" or "she" right after a person's cue (and "that") refers to
     * that person, which tells their gender.
     */
    private void learnGendersFromCues(TextDocument doc, EntityMentions mentions) {
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.entity().type() != EntityType.PERSON || mentions.quoted(m.span())) {
                continue;
            }
            int t = doc.tokenAtOrAfter(m.span().end());
            if (t + 1 >= doc.size() || !doc.token(t).isWord() || doc.token(t).isCapitalized()
                    || !lang.isCueVerb(doc.token(t).lower()) || lang.isObjectCue(doc.token(t).lower())) {
                continue;
            }
            int p = doc.token(t + 1).lower().equals("that") ? t + 2 : t + 1;
            if (p < doc.size() && "person".equals(lang.pronounClass(doc.token(p).text()))
                    && (doc.token(p).lower().equals("he") || doc.token(p).lower().equals("she"))) {
                mentions.learnGender(m.entity(), lang.genderOf(doc.token(p).lower()));
            }
        }
    }

    /**
     * Whether a quotation mark opens the quote. Names in an unmarked quote ("Meridian will close 240 stores,
     * the company said") are the reporter's words and may be what comes next refers to.
     */
    private boolean isMarked(TextDocument doc, QuoteCandidate q) {
        String text = doc.text();
        int i = q.start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && lang.quoteMarks().isMark(text.charAt(i));
    }

    private Speaker byName(TextDocument doc, EntityMentions mentions, SpeakerRef ref) {
        Span span = new Span(ref.start(), ref.end());
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().overlaps(span) && lang.isDemonym(ref.text()) && ref.text().equals(m.entity().name())) {
                // "the Norwegian said": a nationality names a person the text has named, not a thing.
                SpeakerRef nominal = new SpeakerRef(SpeakerRef.Kind.NOMINAL, ref.start(), ref.end(), ref.text());
                return speaker(coreference.resolve(doc, mentions, nominal));
            }
            if (m.span().overlaps(span)) {
                NamedEntity family = m.entity().type() == EntityType.PERSON
                        || m.entity().type() == EntityType.ORGANIZATION ? null : byFamilyName(mentions, ref);
                return speaker(family != null ? family : m.entity());
            }
        }
        NamedEntity family = byFamilyName(mentions, ref);
        if (family != null) {
            return speaker(family);
        }
        if (ref.text().indexOf(' ') < 0 && doc.sentences().get(doc.sentenceAtOffset(ref.start())).start() == ref.start()) {
            return null; // "Analysts said": one capitalized word that opens a sentence is no name to trust
        }
        for (String word : ref.text().split("\\s+")) {
            if (lang.isStopword(word) || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return null;
            }
        }
        return new Speaker(ref.text(), null);
    }

    /**
     * "Kaneda President Kuroda Masahiro ... Kuroda said": one word that is the first word of the name of one
     * person named before, and the last word of nobody's, is that person, named family name first (as East
     * Asian names often are in English news); else null.
     */
    private static NamedEntity byFamilyName(EntityMentions mentions, SpeakerRef ref) {
        if (ref.text().indexOf(' ') >= 0) {
            return null;
        }
        NamedEntity found = null;
        for (EntityMentions.Mentioned m : mentions.all()) {
            NamedEntity e = m.entity();
            String[] words = e.name().split("\\s+");
            if (e.type() != EntityType.PERSON || words.length < 2) {
                continue;
            }
            if (words[words.length - 1].equals(ref.text())) {
                return null;
            }
            if (words[0].equals(ref.text()) && m.span().end() <= ref.start()) {
                if (found != null && !found.id().equals(e.id())) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static Speaker speaker(NamedEntity entity) {
        return entity == null ? null : new Speaker(entity.name(), entity.id());
    }
}
