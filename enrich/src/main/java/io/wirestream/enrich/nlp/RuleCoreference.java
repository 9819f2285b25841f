package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coreference by recency and agreement, outside quotations (a name inside someone's quote is rarely who
 * is referred to next):
 * <ul>
 *   <li>{@code he}, {@code she} (and {@code him}, {@code her}): the person last in subject position (the
 *       first person named in a sentence, not the agent of a passive: {@code Asked by X}) before the pronoun,
 *       of no other gender than a pronoun that referred to them, their titles or their given name tell, unless
 *       a later sentence opens with a title or an age of a person named before ({@code The judge rejected
 *       ...}, {@code The 81-year-old snorts ...}); else the person mentioned last; but nobody after a sentence
 *       about a person the text does not name ({@code One player, who asked not to be named, ...}) or whose
 *       subject is a name that looks personal but was not typed a person;</li>
 *   <li>{@code they} and {@code its}: an organization that is the subject of the same or the sentence
 *       before (after a dateline, {@code OSLO, March 3 (Reuters) -}), with no person named since; otherwise
 *       nothing (a plural usually means people the text does not name);</li>
 *   <li>an age before a title ({@code the 51-year-old chief executive}): the holder of the title; an age
 *       ({@code the 21-year-old}): the person the text gave that age ({@code Lowe, 51,}, {@code Lowe is 51},
 *       {@code She is 81}), else, like a nationality ({@code the Norwegian}, {@code the Dutchman}, of its
 *       gender), the person last in subject position;</li>
 *   <li>a nominal whose head is a title or a relation ({@code the admiral}, {@code its chief executive},
 *       {@code her son}): the person last mentioned with that title, or a title ending with it ({@code
 *       foreign minister}), or a role with it as its head ({@code spokeswoman for the trust}, {@code her
 *       son, Erik Lund}), or the person a nominal with that title before anyone was named referred to;
 *       before anyone is named, the first person named after it, in the same or the next paragraph; a
 *       spokesperson nobody is named as ({@code the representative}) is whom the one introduced before speaks
 *       for ({@code a representative for Brennan});</li>
 *   <li>a nominal whose head refers to an organization ({@code the company}, {@code the ministry}): in the
 *       same or the two paragraphs before (three for one in subject position), the last organization whose
 *       name holds that word, one whose mention holds it first; else, for a head that names no kind of body,
 *       the last organization of the kind the nominal tells ({@code the agency}: a government body), else of
 *       no other kind ({@code the company} is no ministry), in subject position if any is and not one of a
 *       list; for a head that names a kind of body, the last one so named earlier in the text;</li>
 *   <li>a document ({@code the report said}, {@code according to the statement}): the organization the
 *       text gave it to ({@code In its final report, the board found}, {@code a report by X}).</li>
 * </ul>
 */
public final class RuleCoreference implements Coreference {

    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at", "with", "in", "to");
    private static final Set<String> DETERMINERS = Set.of("the", "its", "his", "her", "their");
    private static final Set<String> UNNAMED_OPENERS = Set.of("A", "An", "One");
    /** Verbs that give a person's age ("She is 81"), and what may follow the number when it is an age. */
    private static final Set<String> AGE_VERBS = Set.of("is", "was", "turned", "turns", "aged");
    private static final Set<String> AGE_FOLLOWERS = Set.of(",", ".", ";", "and", "but", "years", "—", "–", ")");
    /** The dash that ends a dateline: an em or en dash, or a hyphen or two with spaces around them. */
    private static final Pattern DATELINE_DASH = Pattern.compile("[—–]|\\s--?(\\s|$)");

    private final LanguageData lang;

    public RuleCoreference(LanguageData lang) {
        this.lang = lang;
    }

    @Override
    public NamedEntity resolve(TextDocument doc, EntityMentions mentions, SpeakerRef ref) {
        return resolve(doc, mentions, ref, Set.of());
    }

    @Override
    public NamedEntity resolve(TextDocument doc, EntityMentions mentions, SpeakerRef ref, Set<String> excluded) {
        if (ref.kind() == SpeakerRef.Kind.PRONOUN) {
            String kind = lang.pronounClass(ref.text());
            if ("person".equals(kind)) {
                return lastSubject(doc, mentions, ref.start(), lang.genderOf(ref.text()), excluded);
            }
            // "they said", "in its view": an organization that is the subject nearby.
            return kind != null ? organizationAsSubject(doc, mentions, ref.start()) : null;
        }
        String phrase = ref.kind() == SpeakerRef.Kind.NOMINAL ? doc.text().substring(ref.start(), ref.end()) : "";
        if (ref.kind() == SpeakerRef.Kind.NOMINAL && (isAge(ref.text()) || lang.isDemonym(ref.text())
                || hasAge(phrase))) {
            // "the 51-year-old chief executive": the person who holds the role; "the 58-year-old": the person
            // the text gave that age, else the last subject ("the 21-year-old said", "the Norwegian said").
            String role = roleAfterAge(phrase);
            if (role != null && lang.isTitle(role)) {
                return titleHolder(doc, mentions, role, ref.start());
            }
            NamedEntity aged = personOfAge(doc, mentions, phrase, ref.start());
            if (aged == null && lang.isDemonym(ref.text())) {
                aged = introducedBefore(doc, mentions, ref.start(), lang.genderOf(ref.text()), excluded);
            }
            // "the Dutchman": a nationality noun of one gender is no person of the other.
            return aged != null ? aged : lastSubject(doc, mentions, ref.start(), lang.genderOf(ref.text()), excluded);
        }
        if (ref.kind() == SpeakerRef.Kind.NOMINAL) {
            String title = longestTitleAtEnd(phrase);
            if (title != null || isRelation(ref.text())) {
                NamedEntity titled = titleHolder(doc, mentions, title != null ? title : ref.text(), ref.start());
                if (titled == null && title != null && lang.isSpokesNoun(title)) {
                    // "a representative for Brennan said ... the representative said": whom they speak for.
                    NamedEntity principal = spokesPrincipal(doc, mentions, title, ref.start());
                    if (principal != null) {
                        return principal;
                    }
                }
                return titled != null || lastPerson(mentions, ref.start(), null) != null ? titled
                        : nextPerson(doc, mentions, ref.end());
            }
            if (lang.isDocumentNoun(ref.text())) {
                return documentOwner(doc, mentions, ref.text(), ref.start());
            }
            NamedEntity org = lang.isOrgNoun(ref.text())
                    ? recentOrganization(doc, mentions, ref.start(), ref.text(), kindOfNominal(phrase, ref.text()))
                    : null;
            return org != null && otherBodyOfTheKind(phrase, ref.text(), org.name())
                    && !describedBefore(doc, phrase, ref.start()) ? null : org;
        }
        return null;
    }

    /**
     * "Pryce beat Luc Lemaire in the semi-final, and the Frenchman admitted ...": a nationality in the sentence
     * that first names a person, after that person and not its subject, is the person it has just introduced
     * (the subject would have been "he"); else null.
     */
    private NamedEntity introducedBefore(TextDocument doc, EntityMentions mentions, int offset, String gender,
                                         Set<String> excluded) {
        int sentence = doc.sentences().get(doc.sentenceAtOffset(offset)).start();
        NamedEntity introduced = null;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.span().start() < sentence || mentions.quoted(m.span()) || m.entity().type() != EntityType.PERSON) {
                continue;
            }
            boolean first = m.entity().mentions().get(0).start() == m.span().start();
            introduced = first && !opensSentence(doc, m.span()) && !excluded.contains(m.entity().id())
                    && mentions.agrees(m.entity(), gender, lang) ? m.entity() : null;
        }
        return introduced;
    }

    /** "chief executive" of "the chief executive", "admiral" of "the admiral": the longest title ending the phrase. */
    private String longestTitleAtEnd(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        for (int n = Math.min(lang.longestTitle(), words.length - 1); n >= 1; n--) {
            String title = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            if (lang.isTitle(title)) {
                return title;
            }
        }
        return null;
    }

    /** "son", "daughter": a relation a person is introduced as ("her son, Marco Ferraro"). */
    private boolean isRelation(String word) {
        return lang.genderOf(word) != null && lang.pronounClass(word) == null;
    }

    /** "chief executive" of "the 51-year-old chief executive": the words after the age, or null. */
    private static String roleAfterAge(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (isAge(words[i])) {
                return String.join(" ", Arrays.copyOfRange(words, i + 1, words.length));
            }
        }
        return null;
    }

    /**
     * "Lowe, 51, would not say ... the 51-year-old": the person the text gave the age the nominal gives, last
     * before {@code offset}: after the name ("Lowe, 51,", "Lowe (51)", "Lowe, aged 51,") or as what the subject
     * of a sentence is ("Lowe is 51", "Lowe, who is 51,", "She is 81" of the person "she" refers to).
     */
    private NamedEntity personOfAge(TextDocument doc, EntityMentions mentions, String phrase, int offset) {
        String age = null;
        for (String word : phrase.split("\\s+")) {
            if (isAge(word)) {
                age = word.substring(0, word.indexOf('-'));
            }
        }
        if (age == null) {
            return null;
        }
        String text = doc.text();
        NamedEntity found = null;
        int foundAt = -1;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.entity().type() != EntityType.PERSON || mentions.quoted(m.span())) {
                continue;
            }
            for (String written : new String[] {", " + age, " (" + age + ")", ", aged " + age}) {
                int after = m.span().end() + written.length();
                if (text.startsWith(written, m.span().end())
                        && (after >= text.length() || !Character.isDigit(text.charAt(after)))) {
                    found = m.entity();
                    foundAt = m.span().start();
                }
            }
        }
        for (int k = 1; k + 1 < doc.size() && doc.token(k + 1).end() <= offset; k++) {
            Token verb = doc.token(k);
            if (!AGE_VERBS.contains(verb.lower()) || !doc.token(k + 1).text().equals(age) || verb.start() < foundAt
                    || mentions.quoted(new Span(verb.start(), verb.end()))) {
                continue;
            }
            int s = doc.sentenceAtOffset(verb.start());
            if (k + 2 < doc.sentenceEnd(s) && !AGE_FOLLOWERS.contains(doc.token(k + 2).lower())) {
                continue; // "was 74 percent", "is 81 km"
            }
            NamedEntity subject = subjectBefore(doc, mentions, s, k);
            if (subject != null) {
                found = subject;
                foundAt = verb.start();
            }
        }
        return found;
    }

    /**
     * The person a sentence is about when {@code verb} tells something of them: the person whose name opens the
     * sentence ("Elizabeth Penrose – Betty to everyone – is 81"), the one before ", who" ("Lowe, who is 51"), or
     * the one an opening "he" or "she" refers to; else null.
     */
    private NamedEntity subjectBefore(TextDocument doc, EntityMentions mentions, int sentence, int verb) {
        int start = doc.sentenceStart(sentence);
        Token first = doc.token(start);
        if (verb == start + 1 && "person".equals(lang.pronounClass(first.text()))
                && lang.genderOf(first.text()) != null) {
            return lastSubject(doc, mentions, first.start(), lang.genderOf(first.text()), Set.of());
        }
        int who = verb >= 2 && doc.token(verb - 1).lower().equals("who") && doc.token(verb - 2).is(",")
                ? doc.token(verb - 2).start() : -1;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().start() >= doc.token(verb).start()) {
                break;
            }
            if (m.entity().type() != EntityType.PERSON || mentions.quoted(m.span())) {
                continue;
            }
            if (m.span().end() == who || m.span().start() == first.start()) {
                return m.entity();
            }
        }
        return null;
    }

    /**
     * The person who holds {@code title}: the last one mentioned with it, else the one a nominal with that
     * title before anyone was named referred to ("its chief executive told staff ... Ines Varga wrote ...
     * The chief executive said").
     */
    private NamedEntity titleHolder(TextDocument doc, EntityMentions mentions, String title, int offset) {
        NamedEntity titled = lastPerson(mentions, offset, title);
        if (titled != null) {
            return titled;
        }
        // "the commissioner told a news conference ... The commissioner, Kaja Lis, said": a role before anyone
        // holds it is the person the text later introduces with that role.
        NamedEntity later = nextPersonWithTitle(mentions, offset, title);
        if (later != null) {
            return later;
        }
        int firstPerson = Integer.MAX_VALUE;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.entity().type() == EntityType.PERSON && !mentions.quoted(m.span())) {
                firstPerson = m.span().start();
                break;
            }
        }
        String[] words = title.split(" ");
        for (int i = 1; i + words.length <= doc.size() && doc.token(i).start() < Math.min(offset, firstPerson); i++) {
            if (!DETERMINERS.contains(doc.token(i - 1).lower())) {
                continue;
            }
            boolean same = true;
            for (int w = 0; w < words.length && same; w++) {
                same = doc.token(i + w).lower().equals(words[w]);
            }
            if (same) {
                return nextPerson(doc, mentions, doc.token(i + words.length - 1).end());
            }
        }
        return null;
    }

    /**
     * Whom the unnamed speaker a nominal such as "the representative" refers to speaks for: the last "a
     * representative for Brennan", "a spokesman for the promoter", "a Tallis Water spokesperson" or
     * "Brennan's representative" before {@code offset}, outside quotations; else null.
     */
    private NamedEntity spokesPrincipal(TextDocument doc, EntityMentions mentions, String noun, int offset) {
        NamedEntity principal = null;
        for (int k = 1; k + 1 < doc.size() && doc.token(k).end() <= offset; k++) {
            Token t = doc.token(k);
            if (!t.lower().equals(noun) || mentions.quoted(new Span(t.start(), t.end()))) {
                continue;
            }
            String next = doc.token(k + 1).lower();
            if (next.equals("for") || next.equals("of")) {
                int n = k + 2;
                NamedEntity named = n < doc.size() ? mentionStartingAt(mentions, doc.token(n).start()) : null;
                if (named == null && n + 1 < doc.size() && doc.token(n).lower().equals("the")) {
                    named = mentionStartingAt(mentions, doc.token(n + 1).start());
                    if (named == null && lang.isOrgNoun(doc.token(n + 1).text())) {
                        named = recentOrganization(doc, mentions, doc.token(n).start(), doc.token(n + 1).lower());
                    }
                }
                principal = named != null ? named : principal;
                continue;
            }
            int owner = k - 1;
            if (doc.token(owner).is("'s") || doc.token(owner).is("’s")) {
                owner--;
            }
            NamedEntity before = mentionEndingAt(mentions, doc.token(owner).end());
            principal = before != null ? before : principal;
        }
        return principal;
    }

    /** Whether {@code entity} is one that can have a spokesperson: a person or an organization. */
    private static boolean speaks(NamedEntity entity) {
        return entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION;
    }

    private static NamedEntity mentionStartingAt(EntityMentions mentions, int offset) {
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().start() == offset) {
                return speaks(m.entity()) ? m.entity() : null;
            }
        }
        return null;
    }

    private static NamedEntity mentionEndingAt(EntityMentions mentions, int offset) {
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() == offset) {
                return speaks(m.entity()) ? m.entity() : null;
            }
        }
        return null;
    }

    /**
     * The organization a document nominal ("the report said", "according to the statement") refers to: the
     * owner of the last mention of that document before {@code offset} that has one, outside quotations: an
     * organization or organization nominal right before it ("the board's report", "a TSB report"), after it
     * ("a report by the board", "a statement from Acme"), or the subject of its sentence when "its" or "their"
     * owns it ("In its final report, the board found ..."); else null.
     */
    private NamedEntity documentOwner(TextDocument doc, EntityMentions mentions, String noun, int offset) {
        String verb = noun.endsWith("ing") ? noun.substring(0, noun.length() - 3) + "ed" : null;
        for (int k = doc.tokenAtOrAfter(offset) - 1; k > 0; k--) {
            Token t = doc.token(k);
            if (t.lower().equals(verb) && !mentions.quoted(new Span(t.start(), t.end()))) {
                // "The court ruled on Tuesday that ... According to the ruling, ...": who ruled gave the ruling.
                NamedEntity ruled = organizationEndingAt(doc, mentions, k - 1);
                if (ruled != null) {
                    return ruled;
                }
            }
            if (!t.lower().equals(noun) || mentions.quoted(new Span(t.start(), t.end()))) {
                continue;
            }
            int s = doc.sentenceAtOffset(t.start());
            int before = k - 1;
            while (before > doc.sentenceStart(s) && doc.token(before).isWord() && !doc.token(before).isCapitalized()
                    && !DETERMINERS.contains(doc.token(before).lower()) && k - before < 4) {
                before--; // "its final report", "the board's interim report"
            }
            Token owner = doc.token(before);
            NamedEntity found = null;
            if (owner.lower().equals("its") || owner.lower().equals("their")) {
                found = sentenceSubjectOrganization(doc, mentions, s);
            } else if (owner.is("'s") || owner.is("’s")) {
                found = organizationEndingAt(doc, mentions, before - 1);
            } else if (owner.isCapitalized()) {
                found = organizationEndingAt(doc, mentions, before);
            }
            if (found == null && k + 2 < doc.sentenceEnd(s)
                    && (doc.token(k + 1).lower().equals("by") || doc.token(k + 1).lower().equals("from"))) {
                found = organizationAt(doc, mentions, k + 2);
            }
            if (found == null) {
                found = saidIn(doc, mentions, k, doc.sentenceStart(s)); // "the office said in a news release"
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * "the sheriff's office said in a news release": the organization that said something in the document
     * whose noun is at {@code k}, named or referred to right before the cue; else null.
     */
    private NamedEntity saidIn(TextDocument doc, EntityMentions mentions, int k, int from) {
        int p = k - 1;
        while (p > from && k - p <= 2 && doc.token(p).isWord() && !doc.token(p).isCapitalized()
                && !IN_DOCUMENT.contains(doc.token(p).lower())) {
            p--; // "news", "written"
        }
        if (p - 3 < from || !IN_DOCUMENT.contains(doc.token(p).lower()) || !doc.token(p - 1).lower().equals("in")
                || !lang.isCueVerb(doc.token(p - 2).lower())) {
            return null;
        }
        return organizationEndingAt(doc, mentions, p - 3);
    }

    private static final Set<String> IN_DOCUMENT = Set.of("a", "an", "the", "its", "their");

    /** The organization named, or referred to by "the" and an organization noun, by the words ending at {@code k}. */
    private NamedEntity organizationEndingAt(TextDocument doc, EntityMentions mentions, int k) {
        if (k < 0) {
            return null;
        }
        NamedEntity named = mentionEndingAt(mentions, doc.token(k).end());
        if (named != null) {
            return named.type() == EntityType.ORGANIZATION ? named : null;
        }
        Token noun = doc.token(k);
        // "the company", and "the sheriff's office": an owner's possessive between "the" and the noun
        boolean the = k > 0 && doc.token(k - 1).lower().equals("the") || k > 2 && doc.token(k - 3).lower().equals("the")
                && (doc.token(k - 1).is("'s") || doc.token(k - 1).is("’s")) && doc.token(k - 2).isWord()
                && !doc.token(k - 2).isCapitalized();
        return the && noun.isWord() && !noun.isCapitalized()
                && lang.isOrgNoun(noun.text()) ? recentOrganization(doc, mentions, noun.start(), noun.lower()) : null;
    }

    /** The organization named, or referred to by "the" and an organization noun, from token {@code k} on. */
    private NamedEntity organizationAt(TextDocument doc, EntityMentions mentions, int k) {
        NamedEntity named = mentionStartingAt(mentions, doc.token(k).start());
        if (named == null && doc.token(k).lower().equals("the") && k + 1 < doc.size()) {
            named = mentionStartingAt(mentions, doc.token(k + 1).start());
            Token noun = doc.token(k + 1);
            if (named == null && noun.isWord() && !noun.isCapitalized() && lang.isOrgNoun(noun.text())) {
                return recentOrganization(doc, mentions, noun.start(), noun.lower());
            }
        }
        return named != null && named.type() == EntityType.ORGANIZATION ? named : null;
    }

    /**
     * The organization that is the subject of sentence {@code s}: named or referred to by "the" and an
     * organization noun at its start or after an opening phrase and its comma ("In its report, the board
     * found").
     */
    private NamedEntity sentenceSubjectOrganization(TextDocument doc, EntityMentions mentions, int s) {
        int start = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        NamedEntity subject = organizationAt(doc, mentions, start);
        for (int k = start + 1; subject == null && k + 1 < Math.min(end, start + 10); k++) {
            if (doc.token(k).is(",")) {
                subject = organizationAt(doc, mentions, k + 1);
                break;
            }
        }
        return subject;
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
    private NamedEntity lastSubject(TextDocument doc, EntityMentions mentions, int offset, String gender,
                                    Set<String> excluded) {
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
                    && mentions.agrees(m.entity(), gender, lang) && !excluded.contains(m.entity().id())
                    && !isPassiveAgent(doc, m.span())) {
                best = m.entity();
                bestSentence = sentence;
            }
        }
        // "One engineer, who asked not to be named, said ...": a person the text does not name is the subject.
        for (int s = Math.max(0, bestSentence); s <= doc.sentenceAtOffset(offset) && s < sentences.size(); s++) {
            // "Van der Berg now leads by 14 points from Bellini": a name not typed a person may be the subject.
            if (sentences.get(s).start() < offset && (s > bestSentence && hasUnnamedSubject(doc, mentions, s)
                    || hasUntypedPersonSubject(doc, mentions, s, offset))) {
                return null;
            }
        }
        if (best == null) {
            NamedEntity last = lastPerson(mentions, offset, null);
            return last != null && mentions.agrees(last, gender, lang) && !excluded.contains(last.id()) ? last : null;
        }
        NamedEntity titled = titledSubjectSince(doc, mentions, bestSentence, offset);
        return titled != null && mentions.agrees(titled, gender, lang) && !excluded.contains(titled.id()) ? titled : best;
    }

    /** "Asked by Eze whether ...": the agent of a passive is not the subject. */
    private static boolean isPassiveAgent(TextDocument doc, Span span) {
        int t = doc.tokenAtOrAfter(span.start());
        return t > 0 && doc.token(t - 1).lower().equals("by");
    }

    /**
     * "One senior player, who asked not to be named, ...", "An official, who ...", "A senior who gave only her
     * first name ...": a sentence that opens with an indefinite noun phrase and a relative clause about a
     * person, and names nobody.
     */
    private static boolean hasUnnamedSubject(TextDocument doc, EntityMentions mentions, int s) {
        int end = doc.sentenceEnd(s);
        int first = doc.sentenceFirstWord(s);
        if (first >= end || !UNNAMED_OPENERS.contains(doc.token(first).text())) {
            return false;
        }
        Span sentence = doc.sentences().get(s);
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.entity().type() == EntityType.PERSON && sentence.start() <= m.span().start()
                    && m.span().end() <= sentence.end() && !mentions.quoted(m.span())) {
                return false;
            }
        }
        for (int k = first + 1; k + 1 < Math.min(end, first + 12); k++) {
            Token t = doc.token(k);
            if (t.is(",")) {
                return doc.token(k + 1).lower().equals("who");
            }
            if (t.lower().equals("who") && k > first + 1) {
                return true; // "A senior who gave only her first name told the board ..."
            }
            if (!t.isWord() && !t.is("'s") && !t.is("’s")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Council Member Nadia Brooks, whose district ..., cast one of the two no votes. She said ...": whether
     * sentence {@code s} opens, before {@code offset} and before any person, with a name of several words that
     * holds a given name but was not typed a person, place or organization: most likely a person the
     * recognizer missed, whom a pronoun after it may mean.
     */
    private boolean hasUntypedPersonSubject(TextDocument doc, EntityMentions mentions, int s, int offset) {
        Span sentence = doc.sentences().get(s);
        int opening = doc.sentenceStart(s) + 3 < doc.sentenceEnd(s) ? doc.token(doc.sentenceStart(s) + 3).start()
                : sentence.end();
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().start() < sentence.start() || mentions.quoted(m.span())) {
                continue;
            }
            if (m.span().start() > opening || m.span().end() > offset || m.entity().type() == EntityType.PERSON) {
                return false;
            }
            if (m.entity().type() == EntityType.MISC && isUntypedPerson(mentions, m.entity())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a MISC entity looks like a person: its name holds a given name ("Member Nadia Brooks"), or it is the
     * end of such a name ("Berg" of "Daan van der Berg").
     */
    private boolean isUntypedPerson(EntityMentions mentions, NamedEntity misc) {
        if (hasGivenName(misc.name())) {
            return true;
        }
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.entity().type() == EntityType.MISC && m.entity().name().endsWith(" " + misc.name())
                    && hasGivenName(m.entity().name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name of two words or more holds a given name ("Member Nadia Brooks") or a name particle before a
     * capitalized word ("Daan van der Berg").
     */
    private boolean hasGivenName(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (lang.isGivenName(words[i]) || i > 0 && i + 1 < words.length && lang.isParticle(words[i])
                    && Character.isLowerCase(words[i].charAt(0)) && Character.isUpperCase(words[i + 1].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The judge rejected that argument. “...,” she said": a sentence after {@code sentence} that opens with a
     * title as its subject makes the person last mentioned with that title the last subject.
     */
    private NamedEntity titledSubjectSince(TextDocument doc, EntityMentions mentions, int sentence, int offset) {
        for (int s = doc.sentenceAtOffset(offset); s > sentence; s--) {
            int start = doc.sentenceStart(s);
            int end = doc.sentenceEnd(s);
            // The subject opens the sentence, or follows an opening phrase and its comma ("Asked about it, the
            // captain smiled").
            int opening = -1;
            for (int k = start + 1; k < Math.min(end, start + 10); k++) {
                if (doc.token(k).is(",")) {
                    opening = k + 1;
                    break;
                }
            }
            for (int t : new int[] {start, opening}) {
                if (t < 0) {
                    continue;
                }
                int h = t + 1;
                // "the England captain": a team or a nation before the title picks out who holds it there.
                String qualifier = h < end && doc.token(h).isCapitalized() && doc.token(h).isWord()
                        && !lang.isTitle(doc.token(h).lower()) ? doc.token(h).text() : null;
                if (qualifier != null) {
                    h++;
                }
                if (h + 1 >= end || doc.token(h).end() > offset) {
                    continue;
                }
                Token head = doc.token(h);
                Token verb = doc.token(h + 1);
                if (doc.token(t).lower().equals("the") && qualifier == null && isAge(head.lower()) && verb.isWord()
                        && !verb.isCapitalized() && !ROLE_PREPOSITIONS.contains(verb.lower())) {
                    // "The 81-year-old snorts when this is relayed to her": the person the text gave that age.
                    NamedEntity aged = personOfAge(doc, mentions, head.lower(), head.start());
                    if (aged != null) {
                        return aged;
                    }
                }
                if (doc.token(t).lower().equals("the") && head.isWord() && !head.isCapitalized()
                        && lang.isTitle(head.lower()) && verb.isWord() && !verb.isCapitalized()
                        && !ROLE_PREPOSITIONS.contains(verb.lower())) {
                    NamedEntity person = qualifier == null ? lastPerson(mentions, head.start(), head.lower())
                            : qualifiedHolder(doc, mentions, head.start(), qualifier + " " + head.lower());
                    if (person != null) {
                        return person;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Wales captain Owen Pritchard" for "the England captain": the person last mentioned right after the
     * qualified role, before {@code offset}; else null.
     */
    private static NamedEntity qualifiedHolder(TextDocument doc, EntityMentions mentions, int offset, String role) {
        String text = doc.text();
        NamedEntity found = null;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            int from = m.span().start() - role.length() - 1;
            if (m.entity().type() == EntityType.PERSON && !mentions.quoted(m.span()) && from >= 0
                    && text.substring(from, m.span().start()).equalsIgnoreCase(role + " ")) {
                found = m.entity();
            }
        }
        return found;
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
        String before = doc.text().substring(sentence.start(), span.start()).strip();
        if (sentence.start() == 0) {
            before = withoutDateline(before);
        }
        before = before.toLowerCase(Locale.ROOT);
        return before.isEmpty() || before.equals("the");
    }

    /**
     * The text after a dateline that opens the text before its first sentence: "LONDON —", "WASHINGTON (AP) —",
     * "FRANKFURT, June 9 (Reuters) -", "Malatya (Turkey) (AFP) -": a place in capitals, or a credit in
     * parentheses, before a dash.
     */
    private static String withoutDateline(String before) {
        Matcher dashes = DATELINE_DASH.matcher(before);
        if (!dashes.find() || dashes.start() == 0) {
            return before;
        }
        int dash = dashes.start();
        int width = dashes.end() - dashes.start();
        String head = before.substring(0, dash).strip();
        String firstWord = head.split("[\\s,(]+")[0];
        boolean capitals = firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT));
        return capitals || head.endsWith(")") ? before.substring(dash + width).strip() : before;
    }


    /**
     * The organization a nominal such as "the ministry" refers to: in the same or the two paragraphs before
     * {@code offset} (three for one in subject position), the last one whose name holds {@code head}, else the
     * last one of the kind the head tells ("the agency" is a government body, not the retailer named since),
     * else the last one of no other kind, in subject position if any is, and not one of a list ("sold at
     * Walmart, Target and Kroger"). A mention
     * that itself holds the word beats one that does not ("the central bank" after "the Central Bank of
     * Ruritania fined Astor" is not Astor Bank); a head that names a kind of body may refer further back, to
     * the last body of that kind the text has named ("the ministry" ten paragraphs after the ministry's full
     * name).
     */
    private NamedEntity recentOrganization(TextDocument doc, EntityMentions mentions, int offset, String head) {
        return recentOrganization(doc, mentions, offset, head, lang.orgKind(head));
    }

    /**
     * The kind of organization a nominal tells: a word before its head that tells one ("the news agency" is
     * media, not a government agency), else its head ("the agency").
     */
    private String kindOfNominal(String phrase, String head) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = words.length - 2; i >= 0; i--) {
            String kind = DETERMINERS.contains(words[i]) ? null : lang.orgKind(bareWord(words[i]));
            if (kind != null) {
                return kind;
            }
        }
        return lang.orgKind(head);
    }

    private NamedEntity recentOrganization(TextDocument doc, EntityMentions mentions, int offset, String head,
                                           String kind) {
        int near = doc.paragraphStart(offset);
        for (int i = 0; i < 2 && near > 0; i++) {
            near = doc.paragraphStart(Math.max(0, near - 2));
        }
        // A subject stays salient a paragraph longer ("Kestrel Foods is recalling ..." three paragraphs before).
        int floor = near > 0 ? doc.paragraphStart(near - 2) : 0;
        NamedEntity last = null;
        NamedEntity sameKind = null;
        NamedEntity named = null;
        NamedEntity namedHere = null;
        NamedEntity namedEarlier = null;
        Span lastSpan = null;
        Span sameKindSpan = null;
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.entity().type() != EntityType.ORGANIZATION || mentions.quoted(m.span()) || isReporter(doc, m)) {
                continue;
            }
            boolean holds = containsWord(m.entity().name(), head);
            if (m.span().start() < floor) {
                namedEarlier = holds ? m.entity() : namedEarlier;
                continue;
            }
            if (m.span().start() < near && !opensSentence(doc, m.span())) {
                namedEarlier = holds ? m.entity() : namedEarlier;
                continue;
            }
            if (holds) {
                named = m.entity();
                if (containsWord(doc.text().substring(m.span().start(), m.span().end()), head)) {
                    namedHere = m.entity();
                }
            }
            String told = kindOf(doc, m.entity());
            if (kind != null && told != null && !told.equals(kind) || inList(doc, mentions, m.span())) {
                continue;
            }
            if (last == null || isSubject(doc, m.span()) || !isSubject(doc, lastSpan)) {
                last = m.entity();
                lastSpan = m.span();
            }
            if (kind != null && told != null
                    && (sameKind == null || isSubject(doc, m.span()) || !isSubject(doc, sameKindSpan))) {
                sameKind = m.entity();
                sameKindSpan = m.span();
            }
        }
        if (namedHere != null) {
            return namedHere;
        }
        if (named != null) {
            return named;
        }
        // "the ministry" is an organization named so; "the company" any organization of no other kind.
        if (lang.isNamingOrgNoun(head)) {
            return namedEarlier;
        }
        if (kind != null && head.endsWith("s") && !head.endsWith("ss")) {
            return sameKind; // "the judges wrote": people who speak for a body speak for one known to be of their kind
        }
        NamedEntity found = sameKind != null ? sameKind : last;
        Span foundSpan = sameKind != null ? sameKindSpan : lastSpan;
        if (found != null && !isSubject(doc, foundSpan) && !beforeVerb(doc, foundSpan)) {
            // "Shares in Torvik fell. [...] The company kept its dividend": with no organization the subject
            // nearby, the one the text is about, when it is among those named nearby.
            NamedEntity topic = topicOrganization(doc, mentions);
            if (topic != null && !topic.id().equals(found.id()) && mentionedSince(mentions, topic, near, offset)) {
                String told = kindOf(doc, topic);
                if (kind == null || told == null || told.equals(kind)) {
                    return topic;
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code span} is the subject of its sentence: it opens it, and is no modifier of the role of
     * someone who works there ("Ashdown analyst Liam Costello said", "Toyota spokesperson Ana Lis").
     */
    private boolean isSubject(TextDocument doc, Span span) {
        if (!opensSentence(doc, span)) {
            return false;
        }
        int next = doc.tokenAtOrAfter(span.end());
        if (next >= doc.size() || !doc.token(next).isWord() || doc.token(next).isCapitalized()) {
            return true;
        }
        String word = doc.token(next).lower();
        String two = next + 1 < doc.size() ? word + " " + doc.token(next + 1).lower() : word;
        return !(lang.isTitle(word) || lang.isTitle(two) || lang.isSpokesNoun(word) || lang.isSourceNoun(word));
    }

    /** "when Vitória rejected the offer": whether a verb follows {@code span}, whose subject it is. */
    private boolean beforeVerb(TextDocument doc, Span span) {
        int next = doc.tokenAtOrAfter(span.end());
        if (next >= doc.size() || !doc.token(next).isWord() || doc.token(next).isCapitalized()) {
            return false;
        }
        String w = doc.token(next).lower();
        return w.endsWith("ed") || lang.isPastForm(w) || QuoteTokens.AUXILIARIES.contains(w) || lang.isCueVerb(w);
    }

    /**
     * The organization the text is about: the one that opens its first sentence, after any dateline
     * ("LONDON (Reuters) - Torvik Resources cut ..."); else null.
     */
    private static NamedEntity topicOrganization(TextDocument doc, EntityMentions mentions) {
        if (doc.sentences().isEmpty()) {
            return null;
        }
        int end = doc.sentences().get(0).end();
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().start() >= end) {
                return null;
            }
            if (m.entity().type() == EntityType.ORGANIZATION && !mentions.quoted(m.span()) && opensSentence(doc, m.span())) {
                return m.entity();
            }
        }
        return null;
    }

    /** Whether {@code entity} is mentioned, outside quotations, in {@code [from, to)}. */
    private static boolean mentionedSince(EntityMentions mentions, NamedEntity entity, int from, int to) {
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().start() >= from && m.span().end() <= to && m.entity().id().equals(entity.id())
                    && !mentions.quoted(m.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether mention {@code m} names the news outlet that reports the story, not one in it: the credit of the
     * dateline ("SAN FRANCISCO (AP) -"), or a news organization, or that outlet, as the listener of a cue
     * ("told The Associated Press").
     */
    private boolean isReporter(TextDocument doc, EntityMentions.Mentioned m) {
        if (inDatelineCredit(doc, m.span())) {
            return true;
        }
        int before = doc.tokenAtOrAfter(m.span().start()) - 1;
        if (before >= 0 && doc.token(before).lower().equals("the")) {
            before--;
        }
        if (before < 0 || !doc.token(before).isWord() || !lang.isObjectCue(doc.token(before).lower())) {
            return false;
        }
        if ("media".equals(kindOf(doc, m.entity()))) {
            return true;
        }
        for (Span mention : m.entity().mentions()) {
            if (inDatelineCredit(doc, mention)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code span} is the credit of the dateline: "SAN FRANCISCO (AP) -". */
    private static boolean inDatelineCredit(TextDocument doc, Span span) {
        int first = doc.tokenAtOrAfter(span.start());
        if (doc.sentences().isEmpty() || span.start() >= doc.sentences().get(0).end() || first == 0
                || !doc.token(first - 1).is("(")) {
            return false;
        }
        int next = doc.tokenAtOrAfter(span.end());
        return next + 1 < doc.size() && doc.token(next).is(")")
                && DATELINE_DASH.matcher(" " + doc.token(next + 1).text() + " ").find();
    }

    /**
     * The kind of organization {@code org}'s name tells, by its head: the last word before a preposition
     * ("Max Planck Institute for Solar System Research", "Ministry of Health"), else its last word ("Food and
     * Drug Administration", "Acme Corp", "Holbrook United"); else the kind the noun the text describes it with
     * tells ("the broadcaster Channel Seven", "tour promoter Bridgehouse Live", "Ofcom, the regulator,"); or
     * null.
     */
    private String kindOf(TextDocument doc, NamedEntity org) {
        String[] words = org.name().split("\\s+");
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (ROLE_PREPOSITIONS.contains(words[i])) {
                head = i - 1;
                break;
            }
        }
        String kind = lang.orgKind(bareWord(words[head]));
        for (int i = 0; kind == null && i < org.mentions().size(); i++) {
            kind = describedKind(doc, org.mentions().get(i));
        }
        return kind;
    }

    /**
     * The kind of organization told by a lower-case noun right before {@code mention} ("the broadcaster Channel
     * Seven") or heading its apposition ("Ofcom, the media regulator,"), or null.
     */
    private String describedKind(TextDocument doc, Span mention) {
        int first = doc.tokenAtOrAfter(mention.start());
        if (first > 0 && doc.token(first - 1).isWord() && !doc.token(first - 1).isCapitalized()
                && lang.isOrgNoun(doc.token(first - 1).text())) {
            return lang.orgKind(doc.token(first - 1).lower());
        }
        int next = doc.tokenAtOrAfter(mention.end());
        if (next + 2 >= doc.size() || !doc.token(next).is(",")
                || !(doc.token(next + 1).lower().equals("the") || doc.token(next + 1).lower().equals("a")
                || doc.token(next + 1).lower().equals("an"))) {
            return null;
        }
        for (int k = next + 2; k < Math.min(doc.size(), next + 7); k++) {
            Token t = doc.token(k);
            if (!t.isWord() || t.isCapitalized() && !lang.isDemonym(t.text())) {
                Token noun = doc.token(k - 1);
                return (t.is(",") || t.is(".")) && k > next + 2 && lang.isOrgNoun(noun.text())
                        ? lang.orgKind(noun.lower()) : null;
            }
        }
        return null;
    }

    /** "Administration" of "Administration's" or "(Administration)". */
    private static String bareWord(String word) {
        String w = word.replaceAll("['’]s$", "");
        int from = 0;
        int to = w.length();
        while (from < to && !Character.isLetterOrDigit(w.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1)) && w.charAt(to - 1) != '.') {
            to--;
        }
        return w.substring(from, to);
    }

    /**
     * Whether {@code span} names one of a list of names ("at Walmart, Target, Kroger and other retailers"): a
     * name and a comma before it, or "and" or "or" after one; or a comma and a capitalized word after it, with
     * "and" or "or" a few words on.
     */
    private static boolean inList(TextDocument doc, EntityMentions mentions, Span span) {
        int first = doc.tokenAtOrAfter(span.start());
        if (first >= 2) {
            Token joint = doc.token(first - 1);
            if (joint.is(",") || joint.lower().equals("and") || joint.lower().equals("or")) {
                int end = doc.token(first - 2).end();
                for (EntityMentions.Mentioned m : mentions.all()) {
                    if (m.span().end() == end) {
                        return true;
                    }
                }
            }
        }
        int next = doc.tokenAtOrAfter(span.end());
        if (next + 1 >= doc.size() || !doc.token(next).is(",") || !doc.token(next + 1).isCapitalized()
                || !doc.token(next + 1).isWord()) {
            return false;
        }
        int sentenceEnd = doc.sentenceEnd(doc.sentenceAtOffset(span.start()));
        for (int k = next + 2; k < Math.min(sentenceEnd, next + 10); k++) {
            Token t = doc.token(k);
            if (t.lower().equals("and") || t.lower().equals("or")) {
                return true;
            }
            if (!t.isWord() && !t.is(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the health department" after "the Pakistan Meteorological Department": the noun before the head tells
     * which body of the kind is meant, and a name with another word before the same head names another one.
     */
    static boolean otherBodyOfTheKind(String phrase, String head, String name) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        String[] named = name.toLowerCase(Locale.ROOT).split("\\s+");
        String h = head.toLowerCase(Locale.ROOT);
        if (words.length < 2 || !words[words.length - 1].equals(h)) {
            return false;
        }
        String modifier = bareWord(words[words.length - 2]);
        if (DETERMINERS.contains(modifier) || !modifier.matches("\\p{Ll}+")) {
            return false;
        }
        for (int i = 1; i < named.length; i++) {
            if (named[i].equals(h)) {
                return !bareWord(named[i - 1]).equals(modifier) && !containsWord(name, modifier);
            }
        }
        return false;
    }

    /**
     * "The Dutch central bank, De Nederlandsche Bank, ..." before "the central bank said": the text has itself
     * described a body with the nominal's last two words, so a name with another word before the head may be it.
     */
    private static boolean describedBefore(TextDocument doc, String phrase, int offset) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String described = words[words.length - 2] + " " + words[words.length - 1];
        return doc.text().substring(0, offset).toLowerCase(Locale.ROOT).contains(described);
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

    /** The first person mentioned after {@code offset} outside quotations who holds {@code title}, or null. */
    private static NamedEntity nextPersonWithTitle(EntityMentions mentions, int offset, String title) {
        for (EntityMentions.Mentioned m : mentions.all()) {
            if (m.span().start() >= offset && m.entity().type() == EntityType.PERSON && !mentions.quoted(m.span())
                    && hasTitle(m.entity(), title)) {
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
