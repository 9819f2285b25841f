package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Types the names that neither the gazetteer nor their own words typed, by what the text says around
 * them: an unknown name after a noun for an organization ({@code the law firm X}), that was founded
 * ({@code X, founded in}), where people work ({@code analysts at X}) or before a role inside an
 * organization ({@code X chief executive}) is an organization; one that opens a dateline ({@code OSLO —})
 * or is listed before a plural noun for places ({@code Kebbi and Adamawa states}) is a place; one shaped
 * like a personal name that follows a role word ({@code quarterback X}) or speaks ({@code X said}) is a
 * person. Then, in that order, a noun after the name or a preposition before it: {@code the Bicol region}
 * is a place, {@code the Verdi union} and {@code the Rangers} organizations, {@code near Tartus} a place.
 * A name no person has is an organization by what it owns ({@code X's website}), how it speaks ({@code X
 * said in a statement}), where it is told ({@code told X.}) and the noun the sentence then calls it by
 * ({@code X will cut jobs, the company said}); a place's name and a plural name a team; {@code X, Iowa}
 * and {@code Ann Cole, 41, from X} make X a place; untyped names in a list take the type of its typed ones.
 */
final class ContextTyper {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "around");

    /** Prepositions after which even a name of two words is a place ("near St Ives", "outside Port Erin"). */
    private static final Set<String> STRONG_PLACE_PREPOSITIONS = Set.of("near", "outside");

    /** Verbs after which "in" names where a text appeared ("published in The Lancet"). */
    private static final Set<String> PUBLISHING = Set.of("published", "publishing", "writing", "wrote");

    /** What only an organization has: "Acme's website", "Acme's shareholders". */
    private static final Set<String> ORGANIZATION_POSSESSIONS = Set.of("website", "shares", "shareholders", "stock",
            "headquarters", "executives", "employees", "customers", "subscribers", "subsidiary", "subsidiaries",
            "revenue", "revenues", "earnings", "profits", "products", "stores", "plants", "factories", "workforce");

    /** The written statements through which an organization speaks: "Acme said in a statement". */
    private static final Set<String> STATEMENTS = Set.of("statement", "note", "release", "filing", "website");

    private final LanguageData lang;
    private final Gazetteer gazetteer;
    private final PersonRoles roles;

    ContextTyper(LanguageData lang, Gazetteer gazetteer, PersonRoles roles) {
        this.lang = lang;
        this.gazetteer = gazetteer;
        this.roles = roles;
    }

    void typeByContext(TextDocument doc, List<NameCandidate> candidates) {
        Set<String> singles = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (c.words() == 1) {
                singles.add(c.text);
            }
        }
        Map<Integer, NameCandidate> byStart = new HashMap<>();
        Set<String> places = new HashSet<>();
        Set<String> nonInitial = new HashSet<>();
        for (NameCandidate c : candidates) {
            byStart.putIfAbsent(c.from, c);
            if (c.type == EntityType.LOCATION) {
                places.add(c.text.toLowerCase(Locale.ROOT));
            }
            if (!c.initial) {
                nonInitial.add(c.text);
            }
        }
        for (NameCandidate c : candidates) {
            if (c.type != null) {
                continue;
            }
            boolean nameShaped = c.words() >= 2 && c.words() <= 4 && c.looksLikePersonalName(lang);
            if (followsOrgNoun(doc, c) || isFounded(doc, c) || worksAt(doc, c) || beforeCorporateTitle(doc, c)
                    || hasOrgNounApposition(doc, c) || afterCorporateTitleOf(doc, c)
                    || isNoPersonalName(doc, c) && (ownsWhatOnlyOrganizationsHave(doc, c) || speaksInAStatement(doc, c)
                    || isToldAtClauseEnd(doc, c)
                    || (!c.initial || nonInitial.contains(c.text)) && calledByOrgNounLater(doc, c))
                    || isTeamOfAPlace(c, places) && !continuesAsName(doc, c.to)
                    || isNoPersonalName(doc, c) && !c.initial && speaksThroughSpokesperson(doc, c)
                    || ownsAPerson(doc, c, byStart) || isPublication(doc, c)
                    || isNoPersonalName(doc, c) && ownsAnOrganization(doc, c, byStart)
                    || isNoPersonalName(doc, c) && c.from > 0 && RIVALS.contains(doc.token(c.from - 1).text())) {
                c.type = EntityType.ORGANIZATION;
                c.byContext = true;
            } else if (isDateline(doc, c) || isPlaceBeforeItsRegion(doc, c, byStart) || isHometownAfterAge(doc, c)
                    || c.words() <= 3 && c.looksLikePersonalName(lang) && beforePluralPlaceNoun(doc, c)) {
                c.type = EntityType.LOCATION;
                c.byContext = true;
                places.add(c.text.toLowerCase(Locale.ROOT));
            } else if (nameShaped && (roles.followsRoleWord(doc, c) || hasRoleApposition(doc, c)
                    || followsPlacePossessive(doc, c, candidates)) || isRelativeByGivenName(doc, c)) {
                c.type = EntityType.PERSON;
            } else if (nameShaped && namesAPlace(c) && speaks(doc, c)) {
                c.type = EntityType.ORGANIZATION; // "Tennis Australia said": a body named after its country
            } else if (nameShaped && (speaks(doc, c) || singles.contains(c.lastWord()))) {
                c.type = EntityType.PERSON;
            } else if (c.words() <= 3 && c.from > 0 && doc.token(c.from - 1).lower().equals("at")
                    && c.to + 1 < doc.size() && doc.token(c.to).is(",") && doc.token(c.to + 1).lower().equals("where")
                    && !lang.isGivenName(c.firstWord()) && c.looksLikePersonalName(lang)) {
                c.type = EntityType.LOCATION; // "the final at Royal Calder, where": a venue, with a relative "where"
                c.byContext = true;
                places.add(c.text.toLowerCase(Locale.ROOT));
            } else if (c.to + 1 < doc.size() && lang.isPlaceNoun(doc.token(c.to).text())
                    && !doc.token(c.to + 1).lower().equals("of") && c.looksLikePersonalName(lang)) {
                c.type = EntityType.LOCATION; // "the Bicol region", "the Atacama desert"
            } else if (c.words() <= 3 && c.from > 0 && doc.token(c.from - 1).lower().equals("the") && c.to < doc.size()
                    && doc.token(c.to).isWord() && !doc.token(c.to).isCapitalized() && lang.isOrgNoun(doc.token(c.to).text())
                    && c.looksLikePersonalName(lang)
                    || c.words() <= 3 && NameText.isAcronym(c.text) && c.to < doc.size()
                    && lang.isOrgNoun(doc.token(c.to).text()) && !doc.token(c.to).isCapitalized()) {
                // "the Verdi union", "the FNV union": a name before a noun for an organization names one.
                c.type = EntityType.ORGANIZATION;
            } else if (c.words() == 1 && c.from > 0 && doc.token(c.from - 1).lower().equals("the")
                    && c.text.length() > 4 && c.text.endsWith("s") && !c.text.endsWith("ss") && !c.text.endsWith("us")
                    && !c.text.contains("-") && !NameText.isAcronym(c.text) && !continuesAsName(doc, c.to)
                    && !(c.to < doc.size() && doc.token(c.to).text().equals("and"))) {
                // "the Rangers", "the Beatles": a capitalized plural after "the" is a group.
                c.type = EntityType.ORGANIZATION;
            } else if ((c.words() == 1 || c.words() == 2 && c.from > 0
                    && STRONG_PLACE_PREPOSITIONS.contains(doc.token(c.from - 1).text()) && !lang.isGivenName(c.firstWord()))
                    && c.from > 1 && PLACE_PREPOSITIONS.contains(doc.token(c.from - 1).text())
                    && !doc.token(c.from - 2).isCapitalized() && c.looksLikePersonalName(lang)
                    && !continuesAsName(doc, c.to)
                    && !(c.to < doc.size() && NameContextWords.isApostrophe(doc.token(c.to)))) {
                // ("in Corvex's Dublin office": an owner, not a place)
                // "in Zhovtyi", "near Tartus": an unknown name after a preposition of place is a place.
                c.type = EntityType.LOCATION;
            }
        }
        typeByCoordination(doc, candidates);
    }

    /**
     * "Erzurum, Mus and Elazig", "advised by Lazard and Deutsche Bank": names in one list are things of one
     * kind, so an untyped name in a list whose typed names are all places, or all organizations, is one too.
     */
    private void typeByCoordination(TextDocument doc, List<NameCandidate> candidates) {
        int i = 0;
        while (i < candidates.size()) {
            int j = i + 1;
            // "X, Y and Z", "X or Y", "X, Y, Z": a list, not an apposition ("Sadly, Delhi")
            boolean conjunction = false;
            while (j < candidates.size() && joinedInAList(doc, candidates.get(j - 1), candidates.get(j))) {
                conjunction |= !doc.token(candidates.get(j).from - 1).is(",");
                j++;
            }
            if (j - i >= 3 || j - i == 2 && conjunction) {
                EntityType kind = null;
                boolean agree = true;
                for (int k = i; k < j; k++) {
                    EntityType t = candidates.get(k).type;
                    if (t == EntityType.PERSON || t == EntityType.MISC) {
                        agree = false;
                    } else if (t != null) {
                        agree &= kind == null || kind == t;
                        kind = t;
                    }
                }
                if (agree && kind == null && candidates.get(i).from > 1
                        && PLACE_PREPOSITIONS.contains(doc.token(candidates.get(i).from - 1).text())
                        && !doc.token(candidates.get(i).from - 2).isCapitalized()) {
                    kind = EntityType.LOCATION; // "folks in Tarvin and Sugar Creek": unknown names after "in"
                }
                for (int k = i; k < j && agree && kind != null; k++) {
                    NameCandidate c = candidates.get(k);
                    if (c.type == null && (c.looksLikePersonalName(lang) || NameText.isAcronym(c.text))
                            && !(c.words() > 1 && lang.isGivenName(c.firstWord()))) {
                        c.type = kind;
                        c.byContext = true;
                    }
                }
            }
            i = j;
        }
    }

    /** Whether only ", ", " and ", " or " or ", and " stand between two names. */
    private static boolean joinedInAList(TextDocument doc, NameCandidate a, NameCandidate b) {
        if (a.to >= b.from || doc.sentenceOf(a.from) != doc.sentenceOf(b.from) || a.end != doc.token(a.to - 1).end()
                || b.start != doc.token(b.from).start()) {
            return false;
        }
        String between = NameText.collapseSpaces(doc.text(a.to, b.from));
        return between.equals(",") || between.equals("and") || between.equals("or") || between.equals(", and")
                || between.equals(", or");
    }

    /**
     * "Varga's Kenji Arai", "Holt United's Ben Cole": an unknown name that owns a person named right after
     * it is their team, company or country; not a person's ("Ann Cole's" opens with a given name).
     */
    private boolean ownsAPerson(TextDocument doc, NameCandidate c, Map<Integer, NameCandidate> byStart) {
        if (c.to + 1 >= doc.size() || !NameContextWords.isApostrophe(doc.token(c.to)) || lang.isGivenName(c.firstWord())
                || !c.looksLikePersonalName(lang) && !NameText.isAcronym(c.text)) {
            return false;
        }
        NameCandidate person = byStart.get(c.to + 1);
        return person != null && person.type == EntityType.PERSON && person.words() >= 2 && person.titles.isEmpty();
    }

    /**
     * "Georgetown Law's Center on Privacy and Technology", "Brockton University's Lerner Institute": an unknown
     * name that owns a body named in full right after it is the institution it belongs to.
     */
    private boolean ownsAnOrganization(TextDocument doc, NameCandidate c, Map<Integer, NameCandidate> byStart) {
        if (c.to + 1 >= doc.size() || !NameContextWords.isApostrophe(doc.token(c.to)) || c.words() > 3
                || !c.looksLikePersonalName(lang)) {
            return false;
        }
        NameCandidate body = byStart.get(c.to + 1);
        return body != null && body.type == EntityType.ORGANIZATION && !body.byContext && body.words() >= 2
                && lang.isOrgSuffix(body.words[0].equals("The") ? body.words[1] : body.words[0]);
    }

    /** "published in The Vellmore Review", "writing in the Ostrander Quarterly": where a text was published. */
    private static boolean isPublication(TextDocument doc, NameCandidate c) {
        int in = c.from >= 2 && doc.token(c.from - 1).lower().equals("the") ? c.from - 2 : c.from - 1;
        return in >= 1 && doc.token(in).lower().equals("in") && PUBLISHING.contains(doc.token(in - 1).lower());
    }

    /** "Dora Lane, 41, from Kelso, said": where a person named with their age comes from. */
    private boolean isHometownAfterAge(TextDocument doc, NameCandidate c) {
        if (c.from < 4 || c.words() > 3 || !c.looksLikePersonalName(lang) || c.words() > 1 && lang.isGivenName(c.firstWord())) {
            return false;
        }
        String preposition = doc.token(c.from - 1).lower();
        String age = doc.token(c.from - 3).text();
        return (preposition.equals("from") || preposition.equals("of")) && doc.token(c.from - 2).is(",")
                && doc.token(c.from - 4).is(",") && NameText.isDigits(age, 0, age.length()) && age.length() <= 3;
    }

    /**
     * "My husband, Bill, wanted", "his son Tom, 15,", "her daughter Amy said": a given name alone after a
     * possessive and a relation, in apposition or right after it.
     */
    private boolean isRelativeByGivenName(TextDocument doc, NameCandidate c) {
        boolean comma = c.from > 0 && doc.token(c.from - 1).is(",");
        int r = comma ? c.from - 2 : c.from - 1;
        if (c.words() != 1 || !lang.isGivenName(c.text) || r < 1 || c.to >= doc.size()
                || (comma ? !doc.token(c.to).is(",") : continuesAsName(doc, c.to))) {
            return false;
        }
        Token relation = doc.token(r);
        String owner = doc.token(r - 1).lower();
        return relation.isWord() && !relation.isCapitalized() && lang.pronounClass(relation.text()) == null
                && lang.genderOf(relation.lower()) != null && !lang.isTitle(relation.lower())
                && (owner.equals("my") || owner.equals("his") || owner.equals("her") || owner.equals("their")
                || owner.equals("our"));
    }

    /**
     * A name no person has: not opening with a given name, nor ending with a known surname; nor a common
     * word that opens the sentence ("Parents", "Staff") or a title's plural ("MPs").
     */
    private boolean isNoPersonalName(TextDocument doc, NameCandidate c) {
        String lower = c.text.toLowerCase(Locale.ROOT);
        return !lang.isGivenName(c.firstWord()) && !lang.isSurname(c.lastWord()) && c.words() <= 4
                && !(c.initial && c.words() == 1 && doc.lowerCaseWords().contains(lower))
                && !lang.isTitle(lower) && !(lower.endsWith("s") && lang.isTitle(lower.substring(0, lower.length() - 1)));
    }

    /** "Acme's website", "Acme's shareholders": what a name owns that only an organization has. */
    private static boolean ownsWhatOnlyOrganizationsHave(TextDocument doc, NameCandidate c) {
        return c.to + 1 < doc.size() && NameContextWords.isApostrophe(doc.token(c.to))
                && ORGANIZATION_POSSESSIONS.contains(doc.token(c.to + 1).lower());
    }

    /** "Acme said in a statement", "Acme said on its website": a name that speaks through a written statement. */
    private boolean speaksInAStatement(TextDocument doc, NameCandidate c) {
        int k = c.to;
        if (k + 3 >= doc.size() || !lang.isCueVerb(doc.token(k).lower()) || doc.token(k).isCapitalized()) {
            return false;
        }
        String preposition = doc.token(k + 1).lower();
        String determiner = doc.token(k + 2).lower();
        return (preposition.equals("in") || preposition.equals("on")) && (determiner.equals("a")
                || determiner.equals("its")) && STATEMENTS.contains(doc.token(k + 3).lower());
    }

    /**
     * "told News24.", "told Radio Kerry on Monday": a name that is not a person's, told at the end of an
     * attribution, is the outlet that was told.
     */
    private boolean isToldAtClauseEnd(TextDocument doc, NameCandidate c) {
        if (c.from < 1 || !lang.isObjectCue(doc.token(c.from - 1).lower()) || doc.token(c.from - 1).isCapitalized()) {
            return false;
        }
        if (c.to >= doc.size()) {
            return true;
        }
        Token next = doc.token(c.to);
        return next.is(".") || next.is(",") || next.is(";") || next.is(":") || next.lower().equals("that")
                || next.lower().equals("on") || next.lower().equals("in");
    }

    /**
     * "Acme will cut 500 jobs, the company said": an unknown name that the same sentence goes on to call by
     * a noun for an organization, as the subject of a speech verb (asked only of a name the text also
     * writes inside a sentence: "Parents should wait, the company said" opens with a common word).
     */
    private boolean calledByOrgNounLater(TextDocument doc, NameCandidate c) {
        if (c.words() > 2) {
            return false;
        }
        int end = doc.sentenceEnd(doc.sentenceOf(c.from));
        for (int k = c.to; k + 2 < end; k++) {
            Token t = doc.token(k);
            if (t.isWord() && t.isCapitalized() && k > c.to) {
                return false; // another name the noun may refer to
            }
            if (!t.lower().equals("the") || k == 0 || !doc.token(k - 1).is(",")) {
                continue;
            }
            for (int n = k + 1; n < Math.min(end - 1, k + 4); n++) {
                Token noun = doc.token(n);
                if (!noun.isWord() || noun.isCapitalized()) {
                    break;
                }
                if (lang.isOrgNoun(noun.text()) && !lang.isNamingOrgNoun(noun.text())) {
                    Token verb = doc.token(n + 1);
                    return lang.isCueVerb(verb.lower()) && !verb.isCapitalized();
                }
            }
        }
        return false;
    }

    /**
     * "the Tacoma Herons", "the Dallas Cowboys": a place's name and a capitalized plural name a
     * team of that place.
     */
    private boolean isTeamOfAPlace(NameCandidate c, Set<String> places) {
        String last = c.lastWord();
        if (c.words() < 2 || c.words() > 4 || last.length() < 4 || !last.endsWith("s") || last.endsWith("ss")
                || last.endsWith("us") || last.endsWith("is") || lang.isDemonym(last) || !c.looksLikePersonalName(lang)) {
            return false;
        }
        String place = c.text.substring(0, c.text.length() - last.length() - 1);
        Gazetteer.Entry entry = gazetteer.lookup(place);
        return entry != null && entry.type() == EntityType.LOCATION || places.contains(place.toLowerCase(Locale.ROOT));
    }

    /**
     * "Council Bluffs, Iowa", "Sugar Land, Texas,": an unknown name before a comma and a known place that
     * closes the phrase is a place in it.
     */
    private boolean isPlaceBeforeItsRegion(TextDocument doc, NameCandidate c, Map<Integer, NameCandidate> byStart) {
        if (c.to + 1 >= doc.size() || !doc.token(c.to).is(",") || !c.looksLikePersonalName(lang)
                || c.words() > 1 && lang.isGivenName(c.firstWord())) {
            return false;
        }
        NameCandidate region = byStart.get(c.to + 1);
        if (region == null || region.type != EntityType.LOCATION || region.words() > 3) {
            return false;
        }
        int after = region.to;
        while (after < doc.size() && doc.token(after).is(".") && region.text.length() <= 5) {
            after++; // "Boulder, Colo."
        }
        if (after >= doc.size()) {
            return true;
        }
        Token t = doc.token(after);
        return t.is(",") || t.is(".") || t.is(";") || t.is(")") || t.is("—") || t.is("–") || t.is("-");
    }

    /**
     * "the law firm Brandtmoor", "the state-owned fund Nordvest": a name right after a noun for an
     * organization, in a noun phrase that opens with an article or a possessive.
     */
    private boolean followsOrgNoun(TextDocument doc, NameCandidate c) {
        if (c.from < 2 || lang.isGivenName(c.firstWord())) {
            return false;
        }
        Token noun = doc.token(c.from - 1);
        if (!noun.isWord() || noun.isCapitalized() || !lang.isOrgNoun(noun.text())) {
            return false;
        }
        for (int k = c.from - 2; k >= Math.max(0, c.from - 6); k--) {
            Token t = doc.token(k);
            if (NameContextWords.ARTICLES.contains(t.lower()) || NameContextWords.isApostrophe(t)
                    || t.lower().equals("its") || t.lower().equals("their")) {
                return true;
            }
            if (t.isCapitalized() && t.isWord() && !lang.isDemonym(t.text()) && opensSentence(doc, k)) {
                return true; // "Cloud software company Corvex will cut ...": a noun phrase without an article
            }
            if (!t.isWord() && !t.is("-") || t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code k} is the first word of its sentence, or the first after a dateline's dash. */
    private static boolean opensSentence(TextDocument doc, int k) {
        int first = doc.sentenceStart(doc.sentenceOf(k));
        return k == first || k > first && (doc.token(k - 1).is("—") || doc.token(k - 1).is("–"));
    }

    /** "Quellwerk, founded in Leipzig in 2015,": what was founded is an organization. */
    private static boolean isFounded(TextDocument doc, NameCandidate c) {
        return c.to + 2 < doc.size() && doc.token(c.to).is(",") && doc.token(c.to + 1).lower().equals("founded")
                && (doc.token(c.to + 2).lower().equals("in") || doc.token(c.to + 2).lower().equals("by"));
    }

    /**
     * "analysts at Kestrelmoor", "a pollster at Ipsos", "an analyst at Greyhill Research": an unknown name
     * after people named by their work and "at" is where they work, unless it opens with a given name.
     */
    private boolean worksAt(TextDocument doc, NameCandidate c) {
        if (c.words() > 1 && lang.isGivenName(c.firstWord()) || c.from < 2
                || !doc.token(c.from - 1).lower().equals("at")) {
            return false;
        }
        Token role = doc.token(c.from - 2);
        String w = role.lower();
        // "Analysts at Kestrelmoor said": the role may open the sentence
        return role.isWord() && (!role.isCapitalized() || opensSentence(doc, c.from - 2))
                && (lang.isTitle(w) || w.endsWith("s") && lang.isTitle(w.substring(0, w.length() - 1)));
    }

    /**
     * "Vellora chief executive Dan Ruiz", "Vellora's chairman": an unknown name, not shaped like a
     * person's, before a role held inside an organization is that organization.
     */
    private boolean beforeCorporateTitle(TextDocument doc, NameCandidate c) {
        if (lang.isGivenName(c.firstWord())) {
            return false;
        }
        int k = c.to < doc.size() && NameContextWords.isApostrophe(doc.token(c.to)) ? c.to + 1 : c.to;
        for (int n = 2; n >= 1; n--) {
            if (k + n > doc.size()) {
                continue;
            }
            boolean lower = true;
            for (int j = k; j < k + n; j++) {
                lower &= doc.token(j).isWord() && !doc.token(j).isCapitalized();
            }
            if (lower && lang.isCorporateTitle(doc.text(k, k + n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a spokesperson for Zoom said": a name that is no person's, for which a spokesperson speaks, is an
     * organization ("a spokesman for Ann Cole" is a person's).
     */
    private boolean speaksThroughSpokesperson(TextDocument doc, NameCandidate c) {
        if (c.from < 2 || !doc.token(c.from - 1).lower().equals("for") || c.words() > 3
                || c.to < doc.size() && NameContextWords.isApostrophe(doc.token(c.to)) // "for Guy's and St Thomas'"
                || continuesAsName(doc, c.to)
                || !c.looksLikePersonalName(lang) && !NameText.isAcronym(c.text)) {
            return false;
        }
        Token noun = doc.token(c.from - 2);
        // a person's spokesman or an organization's, not its statement or its advisers
        return noun.isWord() && !noun.isCapitalized() && lang.isSpokesNoun(noun.text())
                && noun.lower().startsWith("spokes");
    }

    /** Nouns for competing businesses written right before their names ("shares in rivals Acme and Vellor"). */
    private static final Set<String> RIVALS = Set.of("rival", "rivals", "peer", "peers", "competitor",
            "competitors");

    /** Relative pronouns that go on describing the noun before them. */
    private static final Set<String> RELATIVES = Set.of("whose", "which", "that");

    /**
     * "Unite, the union, said", "Norvik, a Swedish fund,", "Quillon, the startup whose software": a name in
     * apposition with a noun for an organization.
     */
    private boolean hasOrgNounApposition(TextDocument doc, NameCandidate c) {
        if (c.to + 3 >= doc.size() || !doc.token(c.to).is(",")
                || !NameContextWords.ARTICLES.contains(doc.token(c.to + 1).lower())) {
            return false;
        }
        for (int k = c.to + 2; k < Math.min(doc.size(), c.to + 6); k++) {
            Token t = doc.token(k);
            if (!t.isWord() || t.isCapitalized() && !lang.isDemonym(t.text())) {
                return t.is(",") && k > c.to + 2 && lang.isOrgNoun(doc.token(k - 1).text());
            }
            if (k > c.to + 2 && RELATIVES.contains(t.lower()) && lang.isOrgNoun(doc.token(k - 1).text())) {
                return true; // "Quillon, the artificial intelligence startup whose software ..."
            }
        }
        return false;
    }

    /**
     * "the chief executive of Tamar Dale Water", "the chairman of Norbeck": an unknown name after a role
     * held inside an organization and "of" is that organization.
     */
    private boolean afterCorporateTitleOf(TextDocument doc, NameCandidate c) {
        // "the chief executive of Acme", "film critic of the Frankfurter Zeitung"
        int of = c.from >= 2 && doc.token(c.from - 1).lower().equals("the") ? c.from - 2 : c.from - 1;
        if (of < 1 || !doc.token(of).lower().equals("of") || lang.isGivenName(c.firstWord())) {
            return false;
        }
        for (int n = 1; n <= 3 && of - n >= 0; n++) {
            boolean lower = true;
            for (int j = of - n; j < of; j++) {
                lower &= doc.token(j).isWord() && !doc.token(j).isCapitalized();
            }
            if (lower && lang.isCorporateTitle(doc.text(of - n, of))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "HARROGATE, England —", "OSLO —": an unknown name in capitals that opens the text before a dash, or
     * before a comma and a dash, is the place the story was filed from.
     */
    static boolean isDateline(TextDocument doc, NameCandidate c) {
        if (c.from >= 2 && doc.token(c.from - 1).is(",") && NameText.isAllCapitals(doc.text(0, c.from - 1))
                && c.to < doc.size() && (doc.token(c.to).is("—") || doc.token(c.to).is("–") || doc.token(c.to).is("-"))) {
            return true; // "HALIFAX, Nova Scotia —": the region of the dateline's place
        }
        if (c.from != 0 || !NameText.isAllCapitals(c.text)) {
            return false;
        }
        for (int k = c.to; k < Math.min(doc.size(), c.to + 5); k++) {
            Token t = doc.token(k);
            if (t.is("—") || t.is("–") || t.is("-")) {
                return true;
            }
            if (k == c.to && !t.is(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "flood victims in Kebbi, Adamawa and Anambra states": names in a list before a plural noun for a kind of
     * place are places of that kind.
     */
    private boolean beforePluralPlaceNoun(TextDocument doc, NameCandidate c) {
        int k = c.to;
        for (int items = 0; k < doc.size() && items < 8; items++) {
            Token t = doc.token(k);
            if (t.isWord() && !t.isCapitalized() && t.text().endsWith("s") && t.text().length() > 4) {
                String w = t.text();
                String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
                return lang.isPlaceNoun(singular) && (k + 1 >= doc.size() || !doc.token(k + 1).lower().equals("of"));
            }
            if (!(t.is(",") || t.text().equals("and"))) {
                return false;
            }
            k++;
            if (t.is(",") && k < doc.size() && doc.token(k).text().equals("and")) {
                k++; // ", and"
            }
            if (k >= doc.size() || !doc.token(k).isCapitalized()) {
                return false;
            }
            while (k < doc.size() && doc.token(k).isCapitalized() && doc.token(k).isWord()) {
                k++;
            }
        }
        return false;
    }

    /** "Rain Newton-Smith, chief executive of the CBI,": a name followed by an apposition with a title. */
    private boolean hasRoleApposition(TextDocument doc, NameCandidate c) {
        if (c.to + 2 >= doc.size() || !doc.token(c.to).is(",")) {
            return false;
        }
        int k = c.to + 1;
        if (NameContextWords.ARTICLES.contains(doc.token(k).lower())) {
            k++;
        }
        for (int j = k; j < Math.min(doc.size(), k + 3); j++) {
            Token t = doc.token(j);
            if (t.isWord() && !t.isCapitalized() && lang.isTitle(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Serbia's Novak Djokovic": a name after a place's possessive. */
    private static boolean followsPlacePossessive(TextDocument doc, NameCandidate c, List<NameCandidate> candidates) {
        if (c.from < 2) {
            return false;
        }
        String possessive = doc.token(c.from - 1).text();
        if (!possessive.equalsIgnoreCase("'s") && !possessive.equalsIgnoreCase("’s")) {
            return false;
        }
        for (NameCandidate other : candidates) {
            if (other.to == c.from - 1) {
                return other.type == EntityType.LOCATION;
            }
        }
        return false;
    }

    /** Whether a word of the name is a known place or a nationality ("Tennis Australia", "Deutsche Bahn"). */
    private boolean namesAPlace(NameCandidate c) {
        for (String word : c.words) {
            Gazetteer.Entry entry = gazetteer.lookup(word);
            if (entry != null && entry.type() == EntityType.LOCATION || lang.isDemonym(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Ana Ruiz said", "said Ana Ruiz": the name is the subject of a speech verb. */
    private boolean speaks(TextDocument doc, NameCandidate c) {
        int next = c.to;
        if (doc.token(c.from).isAllCaps()) {
            return false;
        }
        while (next < doc.size() && NameContextWords.isAdverb(doc.token(next))) {
            next++;
        }
        if (next < doc.size() && lang.isCueVerb(doc.token(next).lower()) && !doc.token(next).isCapitalized()) {
            return true;
        }
        // "told Sky Sports": after a cue whose object is the listener, the name is who was told, not a speaker.
        return c.from > 0 && lang.isCueVerb(doc.token(c.from - 1).lower())
                && !lang.isObjectCue(doc.token(c.from - 1).lower())
                && (c.to >= doc.size() || !doc.token(c.to).isWord() || !doc.token(c.to).isCapitalized());
    }

    /** Whether token {@code k} goes on with the name: a capitalized word, "of" or "in" ("Friends in Need"). */
    private static boolean continuesAsName(TextDocument doc, int k) {
        if (k >= doc.size()) {
            return false;
        }
        Token t = doc.token(k);
        return t.isWord() && (t.isCapitalized() || (t.text().equals("of") || t.text().equals("in")
                || t.text().equals("for") || t.text().equals("and")) && k + 1 < doc.size()
                && doc.token(k + 1).isCapitalized());
    }
}
