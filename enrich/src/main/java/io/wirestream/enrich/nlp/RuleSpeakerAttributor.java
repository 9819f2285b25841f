package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.QuoteKind;
import io.wirestream.core.record.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first speaker attributor, by recency:
 * <ul>
 *   <li>a name is the entity mentioned there, or, when no entity is, the name as written;</li>
 *   <li>a personal pronoun ({@code he}, {@code she}, {@code him}) is the person mentioned last before it,
 *       outside quotations (a name inside someone's quote is rarely who speaks next);</li>
 *   <li>a nominal whose head is a title ({@code the admiral}) is the person last mentioned with that
 *       title; other nominals ({@code the company}) are not resolved yet;</li>
 *   <li>a continuation has the speaker of the quote before it in the same paragraph.</li>
 * </ul>
 * Plural pronouns are not resolved: a wrong speaker is worse than none.
 */
public final class RuleSpeakerAttributor implements SpeakerAttributor {

    private final LanguageData lang;

    public RuleSpeakerAttributor(LanguageData lang) {
        this.lang = lang;
    }

    /** A mention and its entity. */
    private record Mentioned(Span span, NamedEntity entity) {
    }

    @Override
    public List<Speaker> attribute(TextDocument doc, List<NamedEntity> entities, List<QuoteCandidate> quotes) {
        List<Mentioned> mentions = new ArrayList<>();
        for (NamedEntity entity : entities) {
            for (Span span : entity.mentions()) {
                mentions.add(new Mentioned(span, entity));
            }
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        List<Span> quoted = new ArrayList<>();
        for (QuoteCandidate q : quotes) {
            if (q.kind() == QuoteKind.DIRECT) {
                quoted.add(q.span());
            }
        }
        List<Speaker> speakers = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            QuoteCandidate q = quotes.get(i);
            SpeakerRef ref = q.speaker();
            Speaker speaker = switch (ref.kind()) {
                case NAME -> byName(doc, mentions, ref);
                case PRONOUN -> "person".equals(lang.pronounClass(ref.text()))
                        ? lastSubject(doc, mentions, quoted, ref.start()) : null;
                case NOMINAL -> lang.isTitle(ref.text()) ? lastPerson(mentions, quoted, ref.start(), ref.text())
                        : lang.isOrgNoun(ref.text()) ? recentOrganization(doc, mentions, quoted, ref.start()) : null;
                case PREVIOUS -> i > 0 && doc.paragraphStart(quotes.get(i - 1).start()) == doc.paragraphStart(q.start())
                        ? speakers.get(i - 1) : null;
                case NONE -> null;
            };
            speakers.add(speaker);
        }
        return speakers;
    }

    private Speaker byName(TextDocument doc, List<Mentioned> mentions, SpeakerRef ref) {
        Span span = new Span(ref.start(), ref.end());
        for (Mentioned m : mentions) {
            if (m.span().overlaps(span)) {
                return speaker(m.entity());
            }
        }
        for (String word : ref.text().split("\\s+")) {
            if (lang.isStopword(word) || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return null;
            }
        }
        return new Speaker(ref.text(), null);
    }

    /**
     * The referent of a personal pronoun at {@code offset}: the person last in subject position (the first
     * person named in a sentence, outside quotations) before it; else the person mentioned last.
     */
    private static Speaker lastSubject(TextDocument doc, List<Mentioned> mentions, List<Span> quoted, int offset) {
        Mentioned best = null;
        int bestSentence = -1;
        int sentence = 0;
        List<Span> sentences = doc.sentences();
        for (Mentioned m : mentions) {
            if (m.span().end() > offset) {
                break;
            }
            while (sentence + 1 < sentences.size() && sentences.get(sentence + 1).start() <= m.span().start()) {
                sentence++;
            }
            if (m.entity().type() == EntityType.PERSON && !insideAny(m.span(), quoted) && sentence != bestSentence) {
                best = m;
                bestSentence = sentence;
            }
        }
        return best == null ? lastPerson(mentions, quoted, offset, null) : speaker(best.entity());
    }

    /**
     * The organization a nominal such as "the company" refers to: the one mentioned last before it, outside
     * quotations, in the same or the two paragraphs before.
     */
    private static Speaker recentOrganization(TextDocument doc, List<Mentioned> mentions, List<Span> quoted, int offset) {
        int floor = doc.paragraphStart(offset);
        for (int i = 0; i < 2 && floor > 0; i++) {
            floor = doc.paragraphStart(Math.max(0, floor - 2));
        }
        Mentioned best = null;
        for (Mentioned m : mentions) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.span().start() >= floor && m.entity().type() == EntityType.ORGANIZATION && !insideAny(m.span(), quoted)) {
                best = m;
            }
        }
        return best == null ? null : speaker(best.entity());
    }

    /** The person mentioned last before {@code offset} outside quotations, with {@code title} if given. */
    private static Speaker lastPerson(List<Mentioned> mentions, List<Span> quoted, int offset, String title) {
        Mentioned best = null;
        for (Mentioned m : mentions) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.entity().type() != EntityType.PERSON || insideAny(m.span(), quoted)) {
                continue;
            }
            if (title == null || m.entity().titles().contains(title)) {
                best = m;
            }
        }
        return best == null ? null : speaker(best.entity());
    }

    private static boolean insideAny(Span span, List<Span> quoted) {
        for (Span q : quoted) {
            if (q.start() <= span.start() && span.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    private static Speaker speaker(NamedEntity entity) {
        return new Speaker(entity.name(), entity.id());
    }
}
