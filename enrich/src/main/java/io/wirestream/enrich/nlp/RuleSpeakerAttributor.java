package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.QuoteKind;
import io.wirestream.core.record.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based speaker attributor:
 * <ul>
 *   <li>a name is the entity mentioned there, or, when no entity is, the name as written (but not one
 *       capitalized word that opens a sentence, which is as often a common noun: "Analysts said"); a
 *       nationality ("the Norwegian said") is a nominal that coreference resolves;</li>
 *   <li>a pronoun or nominal is what the {@link Coreference} stage resolves it to; an "it" it leaves open,
 *       the organization that gave the quote just before; else nobody;</li>
 *   <li>a continuation has the speaker of the quote before it in the same paragraph.</li>
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
        List<Speaker> speakers = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            QuoteCandidate q = quotes.get(i);
            SpeakerRef ref = q.speaker();
            Speaker speaker = switch (ref.kind()) {
                case NAME -> byName(doc, mentions, ref);
                case PRONOUN, NOMINAL -> resolved(doc, entities, mentions, ref, quotes, speakers, i);
                case PREVIOUS -> i > 0 && doc.paragraphStart(quotes.get(i - 1).start()) == doc.paragraphStart(q.start())
                        ? speakers.get(i - 1) : null;
                case NONE -> null;
            };
            speakers.add(speaker);
        }
        return speakers;
    }

    /**
     * What coreference resolves a pronoun or nominal to; for an "it" it leaves open, the organization that
     * spoke in the quote before, in the same or the sentence before ("..., the ministry said. It added
     * that ...").
     */
    private Speaker resolved(TextDocument doc, List<NamedEntity> entities, EntityMentions mentions, SpeakerRef ref,
                             List<QuoteCandidate> quotes, List<Speaker> speakers, int i) {
        Speaker speaker = speaker(coreference.resolve(doc, mentions, ref));
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
                return speaker(m.entity());
            }
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

    private static Speaker speaker(NamedEntity entity) {
        return entity == null ? null : new Speaker(entity.name(), entity.id());
    }
}
