package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.QuoteTokens.ARTICLE_WORDS;
import static io.wirestream.enrich.nlp.QuoteTokens.CLAUSE_BREAKS;
import static io.wirestream.enrich.nlp.QuoteTokens.POSSESSIVES;
import static io.wirestream.enrich.nlp.QuoteTokens.afterDateline;
import static io.wirestream.enrich.nlp.QuoteTokens.isNamePreposition;
import static io.wirestream.enrich.nlp.QuoteTokens.isParticiple;
import static io.wirestream.enrich.nlp.QuoteTokens.isPreposition;

import io.wirestream.core.record.EntityType;
import java.util.Locale;

/**
 * The speaker named right before a cue, read back from it through adverbs: a name ({@code Bauer said}), with
 * the phrase it may complete ({@code Anna Nowak of the University of Warsaw}, {@code a spokesman for the
 * ministry}); a pronoun; an organization's spokesperson ({@code a Toyota spokesperson said}); a possessive role
 * ({@code its chief executive told}); a nominal ({@code the admiral said}); or, across an apposition or a
 * participle phrase set off by commas, the name or nominal that opens the sentence
 * ({@code Kahl, a spokesman for the service, said}).
 */
final class SpeakerBeforeCue {

    private final LanguageData lang;
    private final CueVerbs cues;

    SpeakerBeforeCue(LanguageData lang, CueVerbs cues) {
        this.lang = lang;
        this.cues = cues;
    }

    /** The speaker named right before the cue at {@code c}: {@code Bauer said}, {@code Kahl, ..., warned}. */
    SpeakerRef find(TextDocument doc, MentionsByToken names, int c, int from) {
        int k = c - 1;
        while (k >= from && NameContextWords.isAdverb(doc.token(k))) {
            k--;
        }
        if (k < from) {
            return null;
        }
        Token t = doc.token(k);
        if (t.is(".") && k - 1 >= from && doc.token(k - 1).end() == t.start() && names.entityEndingAt(k - 1) != null) {
            t = doc.token(--k); // "Kaneda Systems Corp. said": the full stop of an abbreviation ends the name
        }
        if (t.lower().matches("has|have|had") && k - 1 >= from && doc.token(k - 1).lower().matches("who|which")) {
            t = doc.token(--k); // "the union, which has warned that": a perfect tense of the relative clause
        }
        int named = k - 2;
        if (t.lower().equals("which") && named - 1 >= from && doc.token(named).isWord()
                && !doc.token(named).isCapitalized() && lang.isOrgNoun(doc.token(named).text())
                && names.entityEndingAt(named - 1) != null
                && names.entityEndingAt(named - 1).type() != EntityType.PERSON
                && names.entityEndingAt(named - 1).type() != EntityType.LOCATION) {
            // "Germany's IG Metall union, which warned": the organization the noun describes, whatever it was typed
            return names.nameEndingAt(named - 1);
        }
        if ((t.lower().equals("who") || t.lower().equals("which")) && named >= from && doc.token(k - 1).is(",")
                && names.entityEndingAt(named) != null) {
            // "researcher Jeremiah Okoro, who said he ...": the relative clause speaks for the name before it
            EntityType type = names.entityEndingAt(named).type();
            return type == (t.lower().equals("who") ? EntityType.PERSON : EntityType.ORGANIZATION)
                    ? names.nameEndingAt(named) : null;
        }
        if (t.is(",")) {
            int j = beforeParticiplePhrase(doc, k, from);
            if (j < k && j >= from && names.entityEndingAt(j) != null
                    && (names.entityEndingAt(j).type() == EntityType.PERSON
                    || names.entityEndingAt(j).type() == EntityType.ORGANIZATION
                    && doc.token(j + 2).lower().equals("which"))) {
                // "The group Reefwatch, which has worked there for years, said": the organization before "which"
                // "Senator Ana Lis, while speaking at plenary, noted": the person before the participle phrase
                SpeakerRef person = find(doc, names, j + 1, from);
                if (person != null) {
                    return person;
                }
            }
            return subjectBeforeApposition(doc, names, k, from);
        }
        if (t.is(")") && k - 3 >= from && doc.token(k - 2).is("(") && names.entityEndingAt(k - 3) != null) {
            return names.nameEndingAt(k - 3); // "The Japan Aerospace Exploration Agency (JAXA) said"
        }
        if (names.entityEndingAt(k) != null) {
            SpeakerRef ref = nameAfterItsHead(doc, names, k, from);
            // "Analysts at Goldman Sachs said in a note": a document speaks for the organization that issued it.
            return ref == SpeakerRef.NONE && names.entityEndingAt(k).type() == EntityType.ORGANIZATION
                    && throughDocument(doc, c) ? names.nameEndingAt(k) : ref;
        }
        String pronoun = lang.pronounClass(t.text());
        if (pronoun != null) {
            // "It added that": a thing that speaks is an organization; "its" before a cue is no subject.
            // "a filing in which it said": "it" that opens a relative clause is the organization it refers to.
            boolean relative = k - 1 >= from && doc.token(k - 1).lower().equals("which") && t.lower().equals("it");
            return "thing".equals(pronoun) && (k != from || t.lower().equals("its")) && !relative ? null
                    : new SpeakerRef(SpeakerRef.Kind.PRONOUN, t.start(), t.end(), t.lower());
        }
        if (t.isWord() && !t.isCapitalized() && (lang.isSpokesNoun(t.text()) || t.lower().endsWith("s")
                && throughDocument(doc, c)) && k - 1 >= from
                && names.entityEndingAt(k - 1) != null && names.entityEndingAt(k - 1).type() == EntityType.ORGANIZATION) {
            return names.nameEndingAt(k - 1); // "a Toyota spokesperson said", "Goldman Sachs analysts said in a note"
        }
        for (int p = k - 1; t.isWord() && !t.isCapitalized() && p >= Math.max(from + 2, k - 2); p--) {
            // "Ruiz and her colleagues wrote", "Ruiz and her research team wrote": the one named leads them
            if (doc.token(p).lower().matches("his|her|their") && doc.token(p - 1).lower().equals("and")
                    && names.entityEndingAt(p - 2) != null && names.entityEndingAt(p - 2).type() == EntityType.PERSON) {
                return names.nameEndingAt(p - 2);
            }
            if (!doc.token(p).isWord() || doc.token(p).isCapitalized()) {
                break;
            }
        }
        if (t.lower().equals("office") && k - 2 >= from && (doc.token(k - 1).is("'s") || doc.token(k - 1).is("’s"))
                && names.entityEndingAt(k - 2) != null && names.entityEndingAt(k - 2).type() == EntityType.PERSON) {
            return names.nameEndingAt(k - 2); // "Ortiz's office said": a person's office speaks for that person
        }
        if (t.isWord() && !t.isCapitalized()) {
            SpeakerRef possessed = possessiveRole(doc, k, from);
            if (possessed != null) {
                return possessed;
            }
            // "The Tokyo-based IT services company said": an organization noun may carry a longer description.
            int reach = lang.isOrgNoun(t.text()) ? 5 : 3;
            for (int j = k - 1; j >= Math.max(from, k - reach); j--) {
                Token d = doc.token(j);
                if (d.lower().equals("the")) {
                    return new SpeakerRef(SpeakerRef.Kind.NOMINAL, d.start(), t.end(), t.lower());
                }
                NamedEntity inside = names.entityEndingAt(j);
                if (inside != null && lang.isOrgNoun(t.text()) && (inside.type() != EntityType.ORGANIZATION
                        || lang.isOrgSuffix(lastWord(inside.name())))) {
                    // "the Premier League club said": a club in the league, not the league itself
                    int first = names.firstTokenOfMentionEndingAt(j);
                    if (first - 1 >= from && doc.token(first - 1).lower().equals("the")) {
                        Token d0 = doc.token(first - 1);
                        return new SpeakerRef(SpeakerRef.Kind.NOMINAL, d0.start(), t.end(), t.lower());
                    }
                }
                if (j < k - 3 && !describesOrganization(d)) {
                    break;
                }
                boolean described = lang.isOrgNoun(t.text()) && names.entityEndingAt(j) == null
                        && describesOrganization(d);
                if (!d.isWord() && !(lang.isOrgNoun(t.text()) && (d.is("'s") || d.is("’s")))
                        || d.isCapitalized() && !described) {
                    break; // but "the sheriff's office said" is a nominal of the office
                }
            }
            return null;
        }
        if (t.isWord() && t.isCapitalized() && !lang.isStopword(t.lower())) {
            int j = k;
            while (j - 1 >= from && doc.token(j - 1).isWord() && doc.token(j - 1).isCapitalized()) {
                j--;
            }
            while (j < k && lang.isStopword(doc.token(j).lower())) {
                j++;
            }
            return new SpeakerRef(SpeakerRef.Kind.NAME, doc.token(j).start(), t.end(), doc.text(j, k + 1));
        }
        return null;
    }

    /**
     * "its chief executive told", "her son said": a possessive before a title or a relation ending at
     * {@code k}, as a nominal whose text is the title or relation; else null.
     */
    private SpeakerRef possessiveRole(TextDocument doc, int k, int from) {
        for (int n = Math.min(lang.longestTitle(), k - from); n >= 1; n--) {
            Token owner = doc.token(k - n);
            String role = doc.text(k - n + 1, k + 1).toLowerCase(Locale.ROOT);
            boolean relation = n == 1 && lang.genderOf(role) != null && lang.pronounClass(role) == null;
            if (POSSESSIVES.contains(owner.lower()) && (lang.isTitle(role) || relation)) {
                return new SpeakerRef(SpeakerRef.Kind.NOMINAL, owner.start(), doc.token(k).end(), role);
            }
        }
        // "the EU's competition commissioner", "the union's general secretary": an owner's possessive, at most
        // two lower-case words that qualify the role, and a title.
        for (int n = Math.min(lang.longestTitle(), k - from); n >= 1; n--) {
            String role = doc.text(k - n + 1, k + 1).toLowerCase(Locale.ROOT);
            if (!lang.isTitle(role)) {
                continue;
            }
            for (int j = k - n; j >= Math.max(from, k - n - 2); j--) {
                Token owner = doc.token(j);
                if (owner.is("'s") || owner.is("’s")) {
                    return j - 1 >= from ? new SpeakerRef(SpeakerRef.Kind.NOMINAL, doc.token(j - 1).start(),
                            doc.token(k).end(), role) : null;
                }
                if (!owner.isWord() || owner.isCapitalized() || isPreposition(owner) || cues.isCue(owner)) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Whether a word before an organization noun describes it, capitalized or not: a place it is based in
     * ("Tokyo-based"), an acronym of its trade ("IT", "AI"), or a lower-case word ("services").
     */
    private static boolean describesOrganization(Token d) {
        String w = d.text();
        if (!d.isWord()) {
            return false;
        }
        if (!d.isCapitalized()) {
            return true;
        }
        int hyphen = w.lastIndexOf('-');
        boolean based = hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1));
        boolean acronym = w.length() >= 2 && w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT));
        return based || acronym;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * The speaker when the name that ends at {@code last} stands right before the cue: the name itself,
     * unless it completes a phrase such as "Anna Nowak of the University of Warsaw" (the person),
     * "analysts at Morgan Stanley" (people the text does not name: {@link SpeakerRef#NONE}) or "a spokesman for the
     * ministry" (the organization).
     */
    private SpeakerRef nameAfterItsHead(TextDocument doc, MentionsByToken names, int last, int from) {
        int first = names.firstTokenOfMentionEndingAt(last);
        int p = first - 1;
        // "of the University of Arizona's Lunar and Planetary Laboratory": the owner's name opens the phrase.
        while (p - 1 > from && (doc.token(p).is("'s") || doc.token(p).is("’s")) && names.entityEndingAt(p - 1) != null) {
            p = names.firstTokenOfMentionEndingAt(p - 1) - 1;
        }
        if (p > from && doc.token(p).lower().equals("the")) {
            p--;
        }
        if (p > from && doc.token(p).lower().equals("in") && names.entityEndingAt(last).type() == EntityType.LOCATION
                && names.entityEndingAt(p - 1) == null && doc.token(p - 1).isWord()
                && (!doc.token(p - 1).isCapitalized() || p - 1 == from) && !lang.isSpokesNoun(doc.token(p - 1).text())) {
            return SpeakerRef.NONE; // "officials in Ankara said": people the text does not name
        }
        // "chief executive of Danish lender Holmgaard Bank": words that describe the organization.
        int described = p;
        while (described > from && first - described <= 3 && doc.token(described).isWord()
                && !isNamePreposition(doc.token(described)) && (!doc.token(described).isCapitalized()
                || lang.isDemonym(doc.token(described).text()))) {
            described--;
        }
        if (described > from && isNamePreposition(doc.token(described)) && described < p) {
            p = described;
        }
        if (p <= from || !isNamePreposition(doc.token(p))) {
            return names.nameEndingAt(last);
        }
        Token head = doc.token(p - 1);
        NamedEntity owner = names.entityEndingAt(p - 1);
        if (owner != null && owner.type() == EntityType.PERSON) {
            return names.nameEndingAt(p - 1);
        }
        SpeakerRef titled = titledNominal(doc, p - 1, from);
        if (owner == null && titled != null) {
            return titled; // "The former chief executive of Holmgaard Bank told": a person, not the bank
        }
        if (owner == null && head.isWord() && !lang.isSpokesNoun(head.text())) {
            return SpeakerRef.NONE;
        }
        return names.nameEndingAt(last);
    }

    /**
     * "the former chief executive" ending at {@code head}: a title of one or more words after "the" and
     * at most two other words, as a nominal whose text is the title; else null.
     */
    private SpeakerRef titledNominal(TextDocument doc, int head, int from) {
        Token t = doc.token(head);
        for (int n = Math.min(lang.longestTitle(), head - from); n >= 1; n--) {
            String title = doc.text(head - n + 1, head + 1).toLowerCase(Locale.ROOT);
            if (!t.isWord() || t.isCapitalized() || !lang.isTitle(title)) {
                continue;
            }
            for (int j = head - n; j >= Math.max(from, head - n - 2); j--) {
                Token d = doc.token(j);
                if (d.lower().equals("the")) {
                    return new SpeakerRef(SpeakerRef.Kind.NOMINAL, d.start(), t.end(), title);
                }
                if (!d.isWord() || d.isCapitalized()) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The subject of a cue after a comma at {@code comma}: a name that is the whole apposition before it
     * ("the head of the service, Bruno Kahl, warned"); else the name that opens the sentence before its
     * apposition ("Kahl, a spokesman for the service, said", "Ruiz, via Reuters, said"); else a
     * nominal that opens the sentence ("The company, which ..., confirmed").
     */
    private SpeakerRef subjectBeforeApposition(TextDocument doc, MentionsByToken names, int comma, int from) {
        int last = comma - 1;
        if (last >= from && names.entityEndingAt(last) != null) {
            int first = names.firstTokenOfMentionEndingAt(last);
            while (first - 1 >= from && (doc.token(first - 1).isCapitalized()
                    && lang.isTitle(doc.token(first - 1).lower()) || first - 2 >= from && doc.token(first - 1).is(".")
                    && doc.token(first - 2).isCapitalized() && lang.isTitle(doc.token(first - 2).lower() + "."))) {
                // "The council's leader, Councillor Tom Whitlock, said", "the board's chair, Dr. Ana Lis, told":
                // the title opens the apposition
                first -= doc.token(first - 1).is(".") ? 2 : 1;
            }
            first = nounPhraseStart(doc, first, from);
            // "Sen. Ana Lis, a Minnesota Democrat, wrote": an apposition with "a" describes the subject, it is no name of it.
            boolean describes = (doc.token(first).lower().equals("a") || doc.token(first).lower().equals("an"))
                    && names.entityEndingAt(last).type() != EntityType.PERSON;
            if (first - 1 >= from && doc.token(first - 1).is(",") && !describes
                    && names.entityEndingAt(last).type() != EntityType.LOCATION) {
                return names.nameEndingAt(last);
            }
        }
        int start = from;
        while (start < comma && !doc.token(start).isWord()) {
            start++;
        }
        if (start == 0) {
            start = afterDateline(doc, start, comma);
        }
        int subject = doc.token(start).lower().equals("the") ? start + 1 : start;
        if (subject < comma && names.entityStartingAt(subject) != null) {
            // "The Office for Budget Responsibility (OBR), the fiscal watchdog, said"
            int end = names.lastTokenOfMentionAt(subject) + 1;
            if (end + 2 < comma && doc.token(end).is("(") && doc.token(end + 2).is(")")) {
                end += 3;
            }
            if (end < doc.size() && doc.token(end).is(",") && names.entityStartingAt(subject).type() != EntityType.LOCATION) {
                return names.nameStartingAt(subject);
            }
        }
        // Twelve words: a role that opens the sentence may hold a name ("The leader of the New Direction party,").
        for (int k = start; k < Math.min(comma, start + 12); k++) {
            NamedEntity inside = names.entityStartingAt(k);
            if (k > start && inside != null && inside.type() == EntityType.ORGANIZATION
                    && (doc.token(start).lower().equals("the") || ownerBefore(doc, names, start, k))
                    && names.lastTokenOfMentionAt(k) + 1 < comma
                    && lang.isOrgNoun(doc.token(names.lastTokenOfMentionAt(k) + 1).text())) {
                return names.nameStartingAt(k); // "The Verdi union, which represents ..., said"
            }
            if (doc.token(k).is(",")) {
                if (names.entityEndingAt(k - 1) != null && (names.firstTokenOfMentionEndingAt(k - 1) <= start + 2
                        || onlyTitlesBetween(doc, start, names.firstTokenOfMentionEndingAt(k - 1)))) {
                    // "Australian Prime Minister Catherine Doyle, whose government ..., told": titles open the name;
                    // "Officials in Ankara, speaking on condition of anonymity, said": people the text does not name.
                    int first = names.firstTokenOfMentionEndingAt(k - 1);
                    return first > start && isPreposition(doc.token(first - 1)) ? nameAfterItsHead(doc, names, k - 1, start)
                            : names.nameEndingAt(k - 1);
                }
                int apposed = afterTitles(doc, k + 1, comma);
                if (isPersonInApposition(doc, names, apposed, comma)) {
                    // "His wife, Sarah Grady, 49, a teacher, said", "Her counterpart, Sen. Tom Buckley of Kansas, said"
                    return names.nameStartingAt(apposed);
                }
                if (doc.token(start).lower().equals("the") && k - 1 > start && k - 1 <= start + 3
                        && !doc.token(k - 1).isCapitalized()) {
                    // "The investigator in charge, who ..., said": the head comes before its prepositional phrase.
                    int head = k - 1;
                    for (int j = start + 2; j < k - 1; j++) {
                        if (isPreposition(doc.token(j))) {
                            head = j - 1;
                            break;
                        }
                    }
                    return new SpeakerRef(SpeakerRef.Kind.NOMINAL, doc.token(start).start(), doc.token(head).end(),
                            doc.token(head).lower());
                }
                return null;
            }
        }
        return null;
    }

    /** "Germany's Verdi union": a name and its possessive from {@code start} up to {@code k}. */
    private static boolean ownerBefore(TextDocument doc, MentionsByToken names, int start, int k) {
        return k >= start + 2 && (doc.token(k - 1).is("'s") || doc.token(k - 1).is("’s"))
                && names.entityEndingAt(k - 2) != null && names.firstTokenOfMentionEndingAt(k - 2) == start;
    }

    /** Whether tokens {@code [from, to)} are capitalized titles and nationalities only ("Australian Prime Minister"). */
    private boolean onlyTitlesBetween(TextDocument doc, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            Token t = doc.token(j);
            if (!t.isWord() || !t.isCapitalized() || !lang.isTitle(t.lower()) && !lang.isDemonym(t.text())
                    && (j + 1 >= to || !lang.isTitle(doc.text(j, j + 2)))) {
                if (j > from && lang.isTitle(doc.text(j - 1, j + 1))) {
                    continue; // the second word of a title of two ("Prime Minister")
                }
                return false;
            }
        }
        return true;
    }

    /**
     * "the pension fund Norvik Capital", "the GMB": where the noun phrase that ends in the name at
     * {@code name} starts, when an article and at most three lower-case words (no preposition) come before it.
     */
    private static int nounPhraseStart(TextDocument doc, int name, int from) {
        for (int k = name - 1; k >= Math.max(from, name - 4); k--) {
            Token t = doc.token(k);
            if (ARTICLE_WORDS.contains(t.lower())) {
                return k;
            }
            if (!t.isWord() || t.isCapitalized() || isPreposition(t)) {
                break;
            }
        }
        return name;
    }

    /** The token after the capitalized titles that start at {@code k} ("Sen.", "Dr", "Prime Minister"). */
    private int afterTitles(TextDocument doc, int k, int limit) {
        int j = k;
        while (j < limit && (doc.token(j).isCapitalized() && lang.isTitle(doc.token(j).lower())
                || j > k && doc.token(j).is(".") || j + 1 < limit && lang.isTitle(doc.text(j, j + 2))
                && doc.token(j).isCapitalized())) {
            j += j + 1 < limit && !lang.isTitle(doc.token(j).lower()) && lang.isTitle(doc.text(j, j + 2)) ? 2 : 1;
        }
        return j;
    }

    /** Whether a person's name starts at {@code k} and ends before a comma ahead of {@code comma}. */
    static boolean isPersonInApposition(TextDocument doc, MentionsByToken names, int k, int comma) {
        NamedEntity person = k < comma ? names.entityStartingAt(k) : null;
        if (person == null || person.type() != EntityType.PERSON) {
            return false;
        }
        int after = names.lastTokenOfMentionAt(k) + 1;
        if (after < comma && isNamePreposition(doc.token(after))) {
            // "His publisher, Ana Lis of the Dublin-based Quill Press, said": her affiliation closes the apposition
            for (int j = after + 1; j <= comma && j < after + 12; j++) {
                if (doc.token(j).is(",")) {
                    return true;
                }
                if (CLAUSE_BREAKS.contains(doc.token(j).text()) && !doc.token(j).is("(") && !doc.token(j).is(")")) {
                    return false;
                }
            }
            return false;
        }
        return after < comma && doc.token(after).is(",");
    }

    /**
     * "An official, speaking on condition of anonymity, said": the token before a participle phrase set off
     * by commas that ends at {@code comma}, else {@code comma}.
     */
    static int beforeParticiplePhrase(TextDocument doc, int comma, int from) {
        if (comma < from || !doc.token(comma).is(",")) {
            return comma;
        }
        for (int j = comma - 1; j > from && j >= comma - 25; j--) {
            if (doc.token(j).is(",")) {
                // "An official, speaking on ..., said"; "One engineer, who asked not to be named because ..., said"
                // "Okonkwo, while speaking at the launch on Monday, noted": a conjunction may open the phrase.
                Token opener = doc.token(j + 1);
                boolean conjunction = (opener.lower().equals("while") || opener.lower().equals("when"))
                        && j + 2 < comma && isParticiple(doc.token(j + 2));
                boolean participle = (isParticiple(opener) || conjunction) && comma - j <= 10;
                boolean relative = doc.token(j + 1).lower().equals("who") || doc.token(j + 1).lower().equals("which");
                return participle || relative ? j - 1 : comma;
            }
        }
        return comma;
    }

    /**
     * Whether the cue at {@code c} is followed by the document it was said in: "said in a note", "wrote in
     * their report", "said in a statement".
     */
    private boolean throughDocument(TextDocument doc, int c) {
        int k = c + 1;
        if (k + 2 >= doc.size() || !doc.token(k).lower().equals("in")) {
            return false;
        }
        k++;
        if (!ARTICLE_WORDS.contains(doc.token(k).lower()) && !POSSESSIVES.contains(doc.token(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < Math.min(doc.size(), k + 4); j++) {
            Token t = doc.token(j);
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
            if (lang.isDocumentNoun(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
