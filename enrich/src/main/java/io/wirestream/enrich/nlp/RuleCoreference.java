package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Coreference by recency and agreement, outside quotations (a name inside someone's quote is rarely who
 * is referred to next):
 * <ul>
 *   <li>{@code he}, {@code she} (and {@code him}, {@code her}): the person last in subject position (the
 *       first person named in a sentence) before the pronoun, unless a later sentence opens with a title
 *       of a person named before ({@code The judge rejected ...}); else the person mentioned last;</li>
 *   <li>{@code they} and {@code its}: an organization that is the subject of the same or the sentence
 *       before, with no person named since; otherwise nothing (a plural usually means people the text does
 *       not name);</li>
 *   <li>an age ({@code the 21-year-old}, {@code the 42-year-old chemist}) or a nationality ({@code the
 *       Norwegian}): the person last in subject position;</li>
 *   <li>a nominal whose head is a title ({@code the admiral}, {@code the minister}): the person last
 *       mentioned with that title, or a title ending with it ({@code foreign minister}), or a role with
 *       it as its head ({@code spokeswoman for the trust}); before anyone is named, the first person
 *       named after it, in the same or the next paragraph;</li>
 *   <li>a nominal whose head refers to an organization ({@code the company}, {@code the ministry}): in the
 *       same or the two paragraphs before, the last organization whose name holds that word, one whose
 *       mention holds it first; for a generic head that names no kind of body ({@code the company},
 *       {@code the firm}), else the last organization in subject position, else the last one; for a head
 *       that names a kind of body, else the last one so named earlier in the text.</li>
 * </ul>
 */
public final class RuleCoreference implements Coreference {

    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at", "with", "in", "to");

    private final LanguageData lang;

    public RuleCoreference(LanguageData lang) {
        this.lang = lang;
    }

    @Override
    public NamedEntity resolve(TextDocument doc, EntityMentions mentions, SpeakerRef ref) {
        if (ref.kind() == SpeakerRef.Kind.PRONOUN) {
            String kind = lang.pronounClass(ref.text());
            if ("person".equals(kind)) {
                return lastSubject(doc, mentions, ref.start(), lang.genderOf(ref.text()));
            }
            // "they said", "in its view": an organization that is the subject nearby.
            return kind != null ? organizationAsSubject(doc, mentions, ref.start()) : null;
        }
        if (ref.kind() == SpeakerRef.Kind.NOMINAL && (isAge(ref.text()) || lang.isDemonym(ref.text())
                || hasAge(doc.text().substring(ref.start(), ref.end())))) {
            return lastSubject(doc, mentions, ref.start(), null); // "the 21-year-old said", "the Norwegian said"
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

    /** "the 42-year-old chemist": a nominal whose head is a role but that picks its person out by age. */
    private static boolean hasAge(String phrase) {
        for (String word : phrase.split("\\s+")) {
            if (isAge(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person last in subject position before {@code offset}, or one named since by a title in subject
     * position; else the person mentioned last.
     */
    private NamedEntity lastSubject(TextDocument doc, EntityMentions mentions, int offset, String gender) {
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
            if (m.entity().type() == EntityType.PERSON && !mentions.quoted(m.span()) && sentence != bestSentence
                    && agrees(m.entity(), gender)) {
                best = m.entity();
                bestSentence = sentence;
            }
        }
        if (best == null) {
            NamedEntity last = lastPerson(mentions, offset, null);
            return last != null && agrees(last, gender) ? last : null;
        }
        NamedEntity titled = titledSubjectSince(doc, mentions, bestSentence, offset);
        return titled != null && agrees(titled, gender) ? titled : best;
    }

    /** Whether no title or role of {@code person} tells a gender other than {@code gender} ("she" is no "Mr"). */
    private boolean agrees(NamedEntity person, String gender) {
        if (gender == null) {
            return true;
        }
        for (String role : person.titles()) {
            for (String word : role.split("[\\s-]+")) {
                // "his barrister": a possessive in a role tells the gender of someone else.
                String told = lang.pronounClass(word) == null ? lang.genderOf(word) : null;
                if (told != null && !told.equals(gender)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "The judge rejected that argument. “...,” she said": a sentence after {@code sentence} that opens with a
     * title as its subject makes the person last mentioned with that title the last subject.
     */
    private NamedEntity titledSubjectSince(TextDocument doc, EntityMentions mentions, int sentence, int offset) {
        for (int s = doc.sentenceAtOffset(offset); s > sentence; s--) {
            int t = doc.sentenceStart(s);
            if (t + 2 >= doc.sentenceEnd(s) || doc.token(t + 1).end() > offset) {
                continue;
            }
            Token head = doc.token(t + 1);
            Token verb = doc.token(t + 2);
            if (doc.token(t).lower().equals("the") && head.isWord() && !head.isCapitalized()
                    && lang.isTitle(head.lower()) && verb.isWord() && !verb.isCapitalized()
                    && !ROLE_PREPOSITIONS.contains(verb.lower())) {
                NamedEntity person = lastPerson(mentions, head.start(), head.lower());
                if (person != null) {
                    return person;
                }
            }
        }
        return null;
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
     * {@code offset}, the last one whose name holds {@code head}, else the last one. A mention that itself
     * holds the word beats one that does not ("the central bank" after "the Central Bank of Ruritania fined
     * Astor" is not Astor Bank); a head that names a kind of body may refer further back, to the last body
     * of that kind the text has named ("the ministry" ten paragraphs after the ministry's full name).
     */
    private NamedEntity recentOrganization(TextDocument doc, EntityMentions mentions, int offset, String head) {
        int floor = doc.paragraphStart(offset);
        for (int i = 0; i < 2 && floor > 0; i++) {
            floor = doc.paragraphStart(Math.max(0, floor - 2));
        }
        NamedEntity last = null;
        NamedEntity named = null;
        NamedEntity namedHere = null;
        NamedEntity namedEarlier = null;
        Span lastSpan = null;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.entity().type() != EntityType.ORGANIZATION || mentions.quoted(m.span())) {
                continue;
            }
            boolean holds = containsWord(m.entity().name(), head);
            if (m.span().start() < floor) {
                namedEarlier = holds ? m.entity() : namedEarlier;
                continue;
            }
            if (last == null || opensSentence(doc, m.span()) || !opensSentence(doc, lastSpan)) {
                last = m.entity();
                lastSpan = m.span();
            }
            if (holds) {
                named = m.entity();
                if (containsWord(doc.text().substring(m.span().start(), m.span().end()), head)) {
                    namedHere = m.entity();
                }
            }
        }
        if (namedHere != null) {
            return namedHere;
        }
        if (named != null) {
            return named;
        }
        // "the ministry" is an organization named so; "the company" any organization.
        return lang.isNamingOrgNoun(head) ? namedEarlier : last;
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

    /**
     * "the minister" names a "foreign minister" too; "the general" a "major general"; "the spokeswoman" a
     * "spokeswoman for the trust" (the role's head comes before its prepositional phrase).
     */
    private static boolean hasTitle(NamedEntity person, String title) {
        for (String role : person.titles()) {
            String t = headPhrase(role);
            if (t.equals(title) || t.endsWith(" " + title) || t.endsWith("-" + title)) {
                return true;
            }
        }
        return false;
    }

    /** The role up to its first preposition: "spokeswoman" of "spokeswoman for the trust". */
    private static String headPhrase(String role) {
        String[] words = role.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (ROLE_PREPOSITIONS.contains(words[i])) {
                return String.join(" ", Arrays.copyOfRange(words, 0, i));
            }
        }
        return role;
    }
}
