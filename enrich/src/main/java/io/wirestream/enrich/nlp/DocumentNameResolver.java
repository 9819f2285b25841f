package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the names of one document agree: the short name of an organization is that organization, a name
 * typed once is typed so everywhere, a surname or given name alone is the person named in full, and a
 * name still untyped becomes MISC when it is more than one word or recurs, else is dropped, as is a single
 * word that only ever opens a sentence.
 */
final class DocumentNameResolver {

    /**
     * Words before a known place's name that keep it a place where a person has it as surname ("Charlotte
     * Houston ... the gala in Houston").
     */
    private static final Set<String> IN_A_PLACE = Set.of("in", "near", "outside", "across", "around", "throughout");

    /** Words before a name that make it a place, not a person called by a title elsewhere in the text. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from", "to", "near", "outside",
            "across", "around", "at", "into", "through");

    private final LanguageData lang;
    private final Gazetteer gazetteer;

    DocumentNameResolver(LanguageData lang, Gazetteer gazetteer) {
        this.lang = lang;
        this.gazetteer = gazetteer;
    }

    void resolve(TextDocument doc, List<NameCandidate> candidates) {
        unpossessPersons(doc, candidates);
        linkShortOrganizationNames(doc, candidates);
        typeEverySurfaceAlike(candidates);
        typeClubsAfterTheirShortName(candidates);
        linkSurnamesAndDropUntyped(doc, candidates);
        nameRelativesByFamily(doc, candidates);
    }

    /** Relations of blood or marriage whose members news writing names by the family's surname. */
    private static final Set<String> FAMILY = Set.of("son", "daughter", "wife", "husband", "brother", "sister",
            "father", "mother", "grandson", "granddaughter", "stepson", "stepdaughter");

    /**
     * "Gareth Lowe, 47, and his son Tom, 15,", "His wife, Karen, said": a person introduced by given name
     * alone as the relative of someone the text names in full takes that family's surname, and the given
     * name alone later is the same person. The owner is the person named last before the relation, outside
     * quotations, whose gender agrees with "his" or "her"; "their" owner is left unknown.
     */
    private void nameRelativesByFamily(TextDocument doc, List<NameCandidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            NameCandidate c = candidates.get(i);
            if (c.type != EntityType.PERSON || c.dropped || c.linked != null || c.words() != 1
                    || !c.titles.isEmpty() || !lang.isGivenName(c.text) || insideQuotation(doc, c)) {
                continue;
            }
            int r = c.from > 0 && doc.token(c.from - 1).is(",") ? c.from - 2 : c.from - 1;
            if (r < 1 || !FAMILY.contains(doc.token(r).text())) {
                continue;
            }
            String owner = doc.token(r - 1).lower();
            String ownerGender = owner.equals("his") ? "male" : owner.equals("her") ? "female" : null;
            if (ownerGender == null) {
                continue;
            }
            NameCandidate person = null;
            for (int j = i - 1; j >= 0 && person == null; j--) {
                NameCandidate p = candidates.get(j);
                if (p.type == EntityType.PERSON && !p.dropped && !insideQuotation(doc, p)) {
                    person = p;
                }
            }
            while (person != null && person.linked != null) {
                person = person.linked;
            }
            if (person == null || person.words() < 2 || person.familyName != null) {
                continue;
            }
            String gender = lang.genderOfGivenName(person.firstWord());
            if (gender == null || !gender.equals(ownerGender)) {
                continue; // a given name that tells no gender, or the other one: the owner is not sure
            }
            String particles = surnameWithParticles(person);
            c.familyName = particles != null ? particles : person.surname(lang);
            for (NameCandidate other : candidates) {
                if (other != c && other.text.equals(c.text) && other.linked == null && !other.dropped
                        && (other.type == EntityType.PERSON || other.type == null
                        || other.type == EntityType.MISC)) {
                    other.type = EntityType.PERSON;
                    other.canonical = null;
                    other.linked = c;
                }
            }
        }
    }

    /**
     * "Kenny McDonald ... McDonald's header": a known name written with a possessive ("McDonald's") is the
     * surname or given name of a person the text names in full, with the possessive no part of the name.
     */
    private void unpossessPersons(TextDocument doc, List<NameCandidate> candidates) {
        Set<String> surnames = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (c.type == EntityType.PERSON && c.words() >= 2) {
                surnames.add(c.surname(lang));
                surnames.add(c.firstWord()); // "Wendy Ames ... Wendy's mother"
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            NameCandidate c = candidates.get(i);
            Token last = doc.token(c.to - 1);
            if (c.type != EntityType.PERSON && c.to - c.from >= 2 && (last.is("'s") || last.is("’s"))
                    && surnames.contains(doc.token(c.to - 2).text()) && c.words() == 1) {
                NameCandidate person = new NameCandidate(doc, c.from, c.to - 1,
                        NameText.collapseSpaces(doc.text(c.from, c.to - 1)), c.titles, c.initial);
                person.type = EntityType.PERSON;
                candidates.set(i, person);
            }
        }
    }

    /**
     * "Teck" after "Teck Resources", "Mistral" after "Mistral AI": the first word of an organization named
     * by a word and its suffixes is that organization.
     */
    private void linkShortOrganizationNames(TextDocument doc, List<NameCandidate> candidates) {
        // A place the text names as such is no organization named after it ("BRANTVILLE, Colo. —" and
        // "Brantville Police Department ... on Brantville's east side").
        Set<String> places = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (c.type == EntityType.LOCATION) {
                places.add(c.text.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, NameCandidate> byFirstWord = new HashMap<>();
        for (NameCandidate c : candidates) {
            if (c.type == EntityType.ORGANIZATION && c.canonical == null && c.words() >= 2) {
                String[] words = c.words;
                boolean suffixes = true;
                for (int i = 1; i < words.length; i++) {
                    suffixes &= lang.isOrgSuffix(words[i]);
                }
                if (suffixes && !lang.isStopword(words[0]) && gazetteer.lookup(words[0]) == null) {
                    byFirstWord.putIfAbsent(words[0], c);
                }
            }
        }
        for (NameCandidate c : candidates) {
            boolean place = places.contains(c.text.toLowerCase(Locale.ROOT));
            if (place && c.type == null && c.words() == 1 && byFirstWord.containsKey(c.text)) {
                c.type = EntityType.LOCATION; // "Brantville's east side" after "BRANTVILLE, Colo. —"
            }
            NameCandidate org = c.words() == 1 && !place ? byFirstWord.get(c.text) : null;
            if (org != null && (c.type == null || c.type == EntityType.MISC
                    || c.type == EntityType.ORGANIZATION && c.canonical == null)) {
                c.type = EntityType.ORGANIZATION;
                c.linked = org;
            }
        }
        // "Tamar Dale" after "Tamar Dale Water", "Estrela" after "Estrela Azul": the opening words of an
        // organization's name, without the article a river or a region would take, are that organization;
        // but not a place the text names as such (see above).
        for (NameCandidate c : candidates) {
            if (c.type != null && c.type != EntityType.MISC || c.linked != null
                    || c.from > 0 && NameContextWords.ARTICLES.contains(doc.token(c.from - 1).lower())
                    || places.contains(c.text.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (NameCandidate org : candidates) {
                if (org.type == EntityType.ORGANIZATION && org.canonical == null && org.words() > c.words()
                        && org.from < c.from && org.text.startsWith(c.text + " ")) {
                    c.type = EntityType.ORGANIZATION;
                    c.linked = org;
                    break;
                }
            }
        }
    }

    /** One surface, one type: "Rangers" typed once types every "Rangers". */
    private static void typeEverySurfaceAlike(List<NameCandidate> candidates) {
        Map<String, NameCandidate> typed = new HashMap<>();
        for (NameCandidate c : candidates) {
            if (c.type != null && c.type != EntityType.MISC) {
                typed.putIfAbsent(c.text, c);
            }
        }
        for (NameCandidate c : candidates) {
            NameCandidate same = typed.get(c.text);
            if (c.type == null && same != null) {
                c.type = same.type;
                c.canonical = same.canonical;
                c.contextual = same.contextual;
            }
        }
    }

    /**
     * "Marston City" where the text makes "Marston" an organization ("Marston manager Ian Hollis"): a name
     * that is a place only by its suffix is the organization its first word names.
     */
    private void typeClubsAfterTheirShortName(List<NameCandidate> candidates) {
        Set<String> organizations = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (c.words() == 1 && c.type == EntityType.ORGANIZATION) {
                organizations.add(c.text);
            }
        }
        for (NameCandidate c : candidates) {
            if (c.type == EntityType.LOCATION && c.canonical == null && c.words() == 2
                    && lang.isLocationSuffix(c.lastWord()) && organizations.contains(c.firstWord())) {
                c.type = EntityType.ORGANIZATION;
            }
        }
    }

    /**
     * A single word that is the surname of a person named in full (or, of people who share a surname, the
     * given name of one) is that person; a name still untyped is MISC when it is more than one word or
     * recurs, else dropped; a single word that only ever opens a sentence is dropped unless something more
     * than its capital letter says it is a name.
     */
    private void linkSurnamesAndDropUntyped(TextDocument doc, List<NameCandidate> candidates) {
        Map<String, List<NameCandidate>> bySurname = personsBySurname(candidates);
        Set<String> nonInitial = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (!c.initial) {
                nonInitial.add(c.text);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        candidates.forEach(c -> counts.merge(c.text, 1, Integer::sum));
        // What the text says about a name types it even where it opens every sentence it is in.
        Set<String> byContext = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (c.byContext) {
                byContext.add(c.text);
            }
        }
        Map<String, List<NameCandidate>> byGivenName = givenNamesOfSharedSurnames(bySurname);
        Map<String, NameCandidate> byOwnGivenName = personsByOwnGivenName(candidates);
        Map<String, NameCandidate> calledBySurname = new HashMap<>();
        for (NameCandidate c : candidates) {
            String key = surnameKey(c);
            List<NameCandidate> named = key == null ? null
                    : bySurname.containsKey(key) ? bySurname.get(key) : byGivenName.get(key);
            if (key != null && c.linked == null && named != null && !(named.size() == 1 && named.get(0).words() == 1
                    && (named.get(0) == c || afterPlacePreposition(doc, c, PLACE_PREPOSITIONS)))
                    && !(c.type == EntityType.LOCATION && c.canonical != null
                    && afterPlacePreposition(doc, c, IN_A_PLACE))
                    && (bySurname.containsKey(key) || named.get(0).from < c.from) && (c.canonical == null || c.type != EntityType.PERSON)) {
                c.type = EntityType.PERSON;
                c.canonical = null;
                c.contextual = false;
                NameCandidate called = calledBySurname.get(key);
                // Of two people who share a surname, the text keeps it for the one it already calls so.
                c.linked = called != null ? called : nearestBefore(doc, named, c);
                calledBySurname.put(key, c.linked);
                continue;
            }
            NameCandidate person = c.words() == 1 && c.linked == null && (c.type == null || c.type == EntityType.MISC)
                    && lang.isGivenName(c.text) ? byOwnGivenName.get(c.text) : null;
            if (person != null && person.from < c.from && !insideQuotation(doc, c)) {
                c.type = EntityType.PERSON; // "Kayla said" after "Kayla Brennan"
                c.canonical = null;
                c.linked = person;
                continue;
            }
            if (c.type == null) {
                if (c.words() == 1 && c.initial && !nonInitial.contains(c.text)) {
                    c.dropped = true;
                } else if (c.words() >= 2 || counts.get(c.text) >= 2) {
                    c.type = EntityType.MISC;
                } else {
                    c.dropped = true;
                }
            } else if (c.type != EntityType.PERSON && c.words() == 1 && c.initial && c.canonical == null
                    && c.linked == null && !nonInitial.contains(c.text) && !NameText.isAcronym(c.text)
                    && !byContext.contains(c.text)) {
                c.dropped = true;
            }
        }
    }

    /** "in Durham", "of Houston": a name where the text names a place. */
    private static boolean afterPlacePreposition(TextDocument doc, NameCandidate c, Set<String> prepositions) {
        return c.from > 0 && prepositions.contains(doc.token(c.from - 1).lower());
    }

    /**
     * What a name that may call a person by surname alone is looked up by: a single word as written, a
     * particle written at a sentence's start in lower case ("Van Dijk" and "al-Amin" as "van Dijk" and
     * "Al-Amin"); null for other names of several words.
     */
    private String surnameKey(NameCandidate c) {
        String first = c.firstWord();
        if (c.words() == 1) {
            int hyphen = first.indexOf('-');
            String lowered = hyphen > 0 ? first.substring(0, hyphen).toLowerCase(Locale.ROOT) + first.substring(hyphen)
                    : first;
            return lang.isParticleCompound(lowered) ? lowered : c.text;
        }
        if (!c.opensWithParticle(lang)) {
            return null;
        }
        return first.toLowerCase(Locale.ROOT) + c.text.substring(first.length());
    }

    /**
     * The surname of a person named in full with its particles ("van der Berg" of "Anna van der Berg"), or
     * null when no particle comes before the surname.
     */
    private String surnameWithParticles(NameCandidate c) {
        int first = -1;
        for (int i = c.words() - 2; i >= 1 && lang.isParticle(c.words[i]); i--) {
            first = i;
        }
        return first < 0 ? null : String.join(" ", Arrays.copyOfRange(c.words, first, c.words()));
    }

    /**
     * Whether the name stands inside a quotation of its paragraph (after an odd number of double quotation
     * marks): a speaker who says "we all miss Anna" names someone to the listener, and the text has not
     * called that person so.
     */
    private static boolean insideQuotation(TextDocument doc, NameCandidate c) {
        String text = doc.text();
        int marks = 0;
        for (int i = c.start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '“' || ch == '”' || ch == '«' || ch == '»' || ch == '„') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /**
     * The persons named in full by the given name that only one of them has ("Kayla" of "Kayla Brennan"):
     * a feature calls people by their given name after naming them in full.
     */
    private Map<String, NameCandidate> personsByOwnGivenName(List<NameCandidate> candidates) {
        Map<String, NameCandidate> byGivenName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (c.type == EntityType.PERSON && c.words() >= 2 && c.linked == null && !c.dropped) {
                NameCandidate other = byGivenName.putIfAbsent(c.firstWord(), c);
                if (other != null && !other.text.equals(c.text)) {
                    shared.add(c.firstWord());
                }
            }
        }
        byGivenName.keySet().removeAll(shared);
        return byGivenName;
    }

    /** The persons named in full, by each word that alone calls them: the surname, or a family name written first. */
    private Map<String, List<NameCandidate>> personsBySurname(List<NameCandidate> candidates) {
        Map<String, List<NameCandidate>> bySurname = new HashMap<>();
        for (NameCandidate c : candidates) {
            if (c.type == EntityType.PERSON && c.words() >= 2) {
                bySurname.computeIfAbsent(c.surname(lang), w -> new ArrayList<>()).add(c);
                String withParticles = surnameWithParticles(c);
                if (withParticles != null) {
                    bySurname.computeIfAbsent(withParticles, w -> new ArrayList<>()).add(c); // "van Dijk"
                }
                // "Park Min-jae", "Moon Jae-in": a given name of two syllables joined by a hyphen, the second in
                // lower case, is Korean, written after the family name.
                boolean familyNameFirst = c.words() == 2 && c.lastWord().matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
                if (c.words() == 2 && (familyNameFirst || lang.isSurname(c.firstWord()) && !lang.isGivenName(c.firstWord())
                        && !lang.isSurname(c.lastWord()))) {
                    bySurname.computeIfAbsent(c.firstWord(), w -> new ArrayList<>()).add(c); // "Zheng" of "Zheng Qinwen"
                }
            }
        }
        // "Mayor Durham ... Durham said": a person called by title and a name the gazetteer knows as a place
        // or company is that person wherever the name stands alone, unless where a place stands ("in Durham").
        for (NameCandidate c : candidates) {
            if (c.type == EntityType.PERSON && c.words() == 1 && !c.titles.isEmpty() && c.linked == null
                    && gazetteer.lookup(c.text) != null) {
                bySurname.putIfAbsent(c.text, new ArrayList<>(List.of(c)));
            }
        }
        return bySurname;
    }

    /**
     * "Giulia Ferraro ... her son, Marco Ferraro ... Marco says": where people named in full share a surname,
     * the text tells them apart by given name, so a given name alone that only one of them has is that person.
     */
    private static Map<String, List<NameCandidate>> givenNamesOfSharedSurnames(
            Map<String, List<NameCandidate>> bySurname) {
        Map<String, List<NameCandidate>> byGivenName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Map.Entry<String, List<NameCandidate>> e : bySurname.entrySet()) {
            if (e.getValue().stream().map(p -> p.text).distinct().count() < 2) {
                continue;
            }
            for (NameCandidate p : e.getValue()) {
                List<NameCandidate> same = byGivenName.computeIfAbsent(p.firstWord(), w -> new ArrayList<>());
                if (!same.isEmpty() && !same.get(0).text.equals(p.text) || p.firstWord().equals(e.getKey())) {
                    ambiguous.add(p.firstWord());
                }
                same.add(p);
            }
        }
        byGivenName.keySet().removeAll(ambiguous);
        return byGivenName;
    }

    /**
     * The person named last before {@code c}; of people who share a surname, one the text does not introduce
     * as someone's relative ("her daughter, Karin Lund"): the relative is told apart by given name or by the
     * relation, the surname alone stays with the person the text is about.
     */
    private NameCandidate nearestBefore(TextDocument doc, List<NameCandidate> persons, NameCandidate c) {
        NameCandidate best = persons.get(0);
        NameCandidate bestOther = null;
        for (NameCandidate p : persons) {
            if (p.from < c.from) {
                best = p;
                if (!isIntroducedAsRelative(doc, p)) {
                    bestOther = p;
                }
            }
        }
        return bestOther != null ? bestOther : best;
    }

    /** "her son, Marco Ferraro": a name after a possessive, a relation and a comma. */
    private boolean isIntroducedAsRelative(TextDocument doc, NameCandidate p) {
        if (p.from < 3 || !doc.token(p.from - 1).is(",")) {
            return false;
        }
        Token relation = doc.token(p.from - 2);
        String owner = doc.token(p.from - 3).lower();
        return relation.isWord() && !relation.isCapitalized() && lang.pronounClass(relation.text()) == null
                && lang.genderOf(relation.lower()) != null && !lang.isTitle(relation.lower())
                && (owner.equals("his") || owner.equals("her") || owner.equals("their"));
    }
}
