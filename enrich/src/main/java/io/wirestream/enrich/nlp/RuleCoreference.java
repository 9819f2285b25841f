package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * Coreference by recency and agreement, outside quotations (a name inside someone's quote is rarely who
 * is referred to next):
 * <ul>
 *   <li>{@code he}, {@code she} (and {@code him}, {@code her}): the person last in subject position (the
 *       first person named in a sentence) before the pronoun; else the person mentioned last;</li>
 *   <li>{@code they} and {@code its}: an organization that is the subject of the same or the sentence
 *       before, with no person named since; otherwise nothing (a plural usually means people the text does
 *       not name);</li>
 *   <li>an age ({@code the 21-year-old}): the person last in subject position;</li>
 *   <li>a nominal whose head is a title ({@code the admiral}, {@code the minister}): the person last
 *       mentioned with that title, or a title ending with it ({@code foreign minister});</li>
 *   <li>a nominal whose head refers to an organization ({@code the company}, {@code the ministry}): in the
 *       same or the two paragraphs before, the last organization whose name holds that word; for a
 *       generic head that names no kind of body ({@code the company}, {@code the firm}), else the last
 *       organization.</li>
 * </ul>
 */
public final class RuleCoreference implements Coreference {

    private final LanguageData lang;

    public RuleCoreference(LanguageData lang) {
        this.lang = lang;
    }

    @Override
    public NamedEntity resolve(TextDocument doc, EntityMentions mentions, SpeakerRef ref) {
        if (ref.kind() == SpeakerRef.Kind.PRONOUN) {
            String kind = lang.pronounClass(ref.text());
            if ("person".equals(kind)) {
                return lastSubject(doc, mentions, ref.start());
            }
            // "they said", "in its view": an organization that is the subject nearby.
            return kind != null ? organizationAsSubject(doc, mentions, ref.start()) : null;
        }
        if (ref.kind() == SpeakerRef.Kind.NOMINAL && isAge(ref.text())) {
            return lastSubject(doc, mentions, ref.start()); // "the 21-year-old said"
        }
        if (ref.kind() == SpeakerRef.Kind.NOMINAL) {
            if (lang.isTitle(ref.text())) {
                NamedEntity titled = lastPerson(mentions, ref.start(), ref.text());
                return titled != null || lastPerson(mentions, ref.start(), null) != null ? titled
                        : nextPerson(doc, mentions, ref.end());
            }
            return lang.isOrgNoun(ref.text()) ? recentOrganization(doc, mentions, ref.start(), ref.text()) : null;
        }
        return null;
    }

    /** "21-year-old": a nominal that names a person by age. */
    private static boolean isAge(String head) {
        return head.endsWith("-year-old") && head.length() > 9 && Character.isDigit(head.charAt(0));
    }

    /** The person last in subject position before {@code offset}; else the person mentioned last. */
    private static NamedEntity lastSubject(TextDocument doc, EntityMentions mentions, int offset) {
        NamedEntity best = null;
        int bestSentence = -1;
        int sentence = 0;
        List<Span> sentences = doc.sentences();
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            while (sentence + 1 < sentences.size() && sentences.get(sentence + 1).start() <= m.span().start()) {
                sentence++;
            }
            if (m.entity().type() == EntityType.PERSON && !mentions.quoted(m.span()) && sentence != bestSentence) {
                best = m.entity();
                bestSentence = sentence;
            }
        }
        return best == null ? lastPerson(mentions, offset, null) : best;
    }

    /**
     * "Toyota cut its forecast. They said ...": the organization that opens the sentence of {@code offset}
     * or the one before, when no person is named between it and the pronoun.
     */
    private static NamedEntity organizationAsSubject(TextDocument doc, EntityMentions mentions, int offset) {
        int sentence = doc.sentenceAtOffset(offset);
        int floor = doc.sentences().get(Math.max(0, sentence - 1)).start();
        NamedEntity subject = null;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.span().start() < floor || mentions.quoted(m.span())) {
                continue;
            }
            if (m.entity().type() == EntityType.PERSON) {
                subject = null;
            } else if (m.entity().type() == EntityType.ORGANIZATION && opensSentence(doc, m.span())) {
                subject = m.entity();
            }
        }
        return subject;
    }

    /** Whether only an article ("The") stands between the start of its sentence and {@code span}. */
    private static boolean opensSentence(TextDocument doc, Span span) {
        Span sentence = doc.sentences().get(doc.sentenceAtOffset(span.start()));
        String before = doc.text().substring(sentence.start(), span.start()).strip().toLowerCase(Locale.ROOT);
        return before.isEmpty() || before.equals("the");
    }


    /**
     * The organization a nominal such as "the ministry" refers to: in the same or the two paragraphs before
     * {@code offset}, the last one whose name holds {@code head}, else the last one.
     */
    private NamedEntity recentOrganization(TextDocument doc, EntityMentions mentions, int offset, String head) {
        int floor = doc.paragraphStart(offset);
        for (int i = 0; i < 2 && floor > 0; i++) {
            floor = doc.paragraphStart(Math.max(0, floor - 2));
        }
        NamedEntity last = null;
        NamedEntity named = null;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.span().start() >= floor && m.entity().type() == EntityType.ORGANIZATION && !mentions.quoted(m.span())) {
                last = m.entity();
                if (containsWord(m.entity().name(), head)) {
                    named = m.entity();
                }
            }
        }
        // "the ministry" is an organization named so; "the company" any organization.
        return named != null || lang.isNamingOrgNoun(head) ? named : last;
    }

    private static boolean containsWord(String name, String word) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The former chief executive of the bank told a court ... Lars Eriksen, 58, denies": a title before
     * anyone is named is the first person named after it, in the same or the next paragraph.
     */
    private static NamedEntity nextPerson(TextDocument doc, EntityMentions mentions, int offset) {
        int paragraphEnd = doc.paragraphEnd(offset);
        int limit = paragraphEnd < doc.text().length() ? doc.paragraphEnd(Math.min(doc.text().length() - 1,
                paragraphEnd + 2)) : paragraphEnd;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().start() >= offset && m.span().start() < limit && m.entity().type() == EntityType.PERSON
                    && !mentions.quoted(m.span())) {
                return m.entity();
            }
        }
        return null;
    }

    /** The person mentioned last before {@code offset} outside quotations, with {@code title} if given. */
    private static NamedEntity lastPerson(EntityMentions mentions, int offset, String title) {
        NamedEntity best = null;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.entity().type() == EntityType.PERSON && !mentions.quoted(m.span())
                    && (title == null || hasTitle(m.entity(), title))) {
                best = m.entity();
            }
        }
        return best;
    }

    /** "the minister" names a "foreign minister" too; "the general" a "major general". */
    private static boolean hasTitle(NamedEntity person, String title) {
        for (String t : person.titles()) {
            if (t.equals(title) || t.endsWith(" " + title) || t.endsWith("-" + title)) {
                return true;
            }
        }
        return false;
    }
}
