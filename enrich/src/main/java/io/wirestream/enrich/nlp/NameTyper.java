package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Types a candidate name by the first rule that applies, mostly from the name's own words: a personal title
 * before it (person, even where the gazetteer knows the name as a place: "Mayor Durham"); a gazetteer
 * entry (also after "The", in a dateline's capitals, after a country, or a party's short name before a
 * title); a known place and a surname ("Paris Kowalski", person); a nationality (MISC); a title before it (person); a suffix for an event, an organization or a
 * place; a known given name first, or a known surname (person); capitals only or a brand's inner capital
 * (organization). A name no rule types is left to {@link ContextTyper}.
 */
final class NameTyper {

    /** First words of the names of natural places and works written before the name ("River Niger", "Lake Chad"). */
    private static final Set<String> PLACE_PREFIXES = Set.of("River", "Lake", "Mount", "Mt", "Cape", "Isle", "Fort",
            "Port");

    /**
     * Spanish, Portuguese and Italian words for a kind of place that open its name ("Cerro Amarillo", "Río
     * Bravo", "Isla Mujeres", "Puerto Aysén"), where English writes a suffix ("Amarillo Hill").
     */
    private static final Set<String> FOREIGN_PLACE_PREFIXES = Set.of("Cerro", "Río", "Rio", "Sierra",
            "Lago", "Laguna", "Puerto", "Porto", "Ilha", "Bahía", "Ciudad", "Morro", "Punta", "Playa",
            "Volcán", "Arroyo", "Cabo", "Valle", "Villa");

    /**
     * Whether a name of two to four words opens with a foreign word for a kind of place and does not read as a
     * person's ("Rio Ferdinand", "Isla Fisher"): the first word no given name, and no given name after it.
     */
    static boolean opensWithForeignPlacePrefix(LanguageData lang, String[] words) {
        if (words.length < 2 || words.length > 4 || !FOREIGN_PLACE_PREFIXES.contains(words[0])
                || lang.isGivenName(words[0])) { // "Isla Fisher", "Monte Irvin"
            return false;
        }
        String second = words[1];
        String last = words[words.length - 1];
        return Character.isUpperCase(last.charAt(0)) && !lang.isGivenName(second) && !lang.isGivenName(last)
                && !lang.isOrgSuffix(last)
                && !lang.isMiscSuffix(last);
    }

    /** Prepositions after which an unknown name is a place ("in Zhovtyi", "near Tartus"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "around");

    /**
     * "in Indian Wells", "near English Bazar": after a preposition of place, a nationality and one unknown
     * capitalized word that is no given name, known name or common word make one place's name, not a
     * nationality before a place.
     */
    static boolean demonymOpensPlace(LanguageData lang, Gazetteer gazetteer, TextDocument doc, int a, int b) {
        if (b - a != 2 || a < 1 || !PLACE_PREPOSITIONS.contains(doc.token(a - 1).text())
                || !lang.isDemonym(doc.token(a).text()) || NameText.COMPASS_WORDS.contains(doc.token(a).text())) {
            return false;
        }
        Token rest = doc.token(b - 1);
        String w = rest.text();
        return rest.isWord() && rest.isCapitalized() && !rest.isAllCaps() && !w.contains("-")
                && gazetteer.lookup(w) == null && !lang.isGivenName(w) && !lang.isDemonym(w) && !lang.isStopword(w)
                && !lang.isTitle(rest.lower()) && !lang.isOrgSuffix(w) && !lang.isMiscSuffix(w)
                && !doc.lowerCaseWords().contains(rest.lower())
                && (b >= doc.size() || !NameContextWords.isApostrophe(doc.token(b)));
    }

    /** Particles that stand only inside personal names ("Botic van de Zandt", "Khalid bin Salman"). */
    private static final Set<String> PERSONAL_PARTICLES = Set.of("van", "von", "bin", "ibn");

    /**
     * Titles that are also common words written before a place or thing ("Host Qatar", "Head Office",
     * "Private Jet"): before a known place they do not make it a person's name.
     */
    private static final Set<String> AMBIGUOUS_TITLES = Set.of("host", "head", "chief", "forward", "private",
            "major", "general", "anchor", "agent");

    private final LanguageData lang;
    private final Gazetteer gazetteer;
    private final KnownNames known;
    private final NamePartSplitter splitter;

    NameTyper(LanguageData lang, Gazetteer gazetteer, KnownNames known, NamePartSplitter splitter) {
        this.lang = lang;
        this.gazetteer = gazetteer;
        this.known = known;
        this.splitter = splitter;
    }

    void type(TextDocument doc, NameCandidate c) {
        if (lang.isDemonym(c.text) && partyBeforeTitle(doc, c) == null) {
            // "Democrats", "the Dutchman": people called by their party or nationality, even where the
            // gazetteer knows the word as another name of the party; "Labour MP Ann Cole" names the party.
            c.type = EntityType.MISC;
            c.canonical = c.text;
            return;
        }
        Gazetteer.Entry entry = gazetteer.lookup(c.text);
        if (entry == null && c.text.startsWith("The ")) {
            entry = gazetteer.lookup(c.text.substring(4));
        }
        if (entry == null && c.text.length() > 3 && NameText.isAllCapitals(c.text)
                && (c.inCapitals || c.from == 0 || opensInCapitals(doc, c))) {
            // a dateline or heading: "MADRID —"; elsewhere a word in capitals is an acronym ("KADA" is no town "Kada")
            entry = gazetteer.lookup(NameText.titleCase(c.text));
        }
        if (entry == null) {
            entry = known.qualifiedOrganization(c.text);
        }
        if (entry == null) {
            entry = partyBeforeTitle(doc, c);
        }
        String abbreviated = entry == null ? abbreviatedPlace(doc, c) : null;
        if (abbreviated != null) {
            entry = gazetteer.lookup(abbreviated);
            if (entry == null || entry.type() != EntityType.LOCATION) {
                c.type = EntityType.LOCATION;
                c.canonical = abbreviated;
                return;
            }
        }
        if (entry == null && isPlaceOfOrigin(doc, c)) {
            c.type = EntityType.LOCATION; // "Essex-born", "Cork-based"
            c.byContext = true;
            return;
        }
        if (entry == null && c.words() == 1 && c.start == doc.token(c.from).start() && splitter.isBranchPlace(doc, c.from)) {
            c.type = EntityType.LOCATION; // "the Padstow RNLI lifeboat": where a known body's branch is
            c.byContext = true;
            return;
        }
        if (entry == null && demonymOpensPlace(lang, gazetteer, doc, c.from, c.to)) {
            c.type = EntityType.LOCATION; // "in Indian Wells": a place whose name opens with a nationality
            c.byContext = true;
            return;
        }
        if (entry != null && isTitledPerson(c)) {
            // "Mayor Durham", "Sgt. Mendoza", "Coach Houston": a personal title before the name makes it a
            // surname, whatever place or company the gazetteer knows by it ("Mayor of Durham" has no name).
            c.type = EntityType.PERSON;
            return;
        }
        if (entry == null && isPartOfKnownPlace(c)) {
            c.type = EntityType.LOCATION; // "North India", "Western Kenya": a part of a known place
            return;
        }
        if (entry == null && isPlaceThenSurname(c)) {
            c.type = EntityType.PERSON; // "Paris Hilton", "Milan Kundera": a given name that is also a place
            return;
        }
        if (entry != null) {
            c.type = entry.type();
            c.canonical = entry.canonical();
            c.contextual = entry.contextual();
            return;
        }
        if (lang.isDemonym(c.text)) {
            c.type = EntityType.MISC;
            c.canonical = c.text;
            return;
        }
        int words = c.words();
        String last = c.lastWord();
        String head = headBeforeOf(c.text);
        if (c.from > 1 && doc.token(c.from - 1).lower().equals("of") && lang.isPlaceNoun(doc.token(c.from - 2).text())) {
            c.type = EntityType.LOCATION; // "the town of Le Luc"
        } else if (!c.titles.isEmpty()) {
            c.type = EntityType.PERSON;
        } else if (words >= 2 && (lang.isMiscSuffix(last) || lang.isMiscSuffix(lastTwoWords(c.text)))) {
            c.type = EntityType.MISC;
        } else if (head != null && lang.isOrgSuffix(head)) {
            c.type = EntityType.ORGANIZATION; // "Government of Syria", "Bank of Korea"
        } else if (head != null && lang.isLocationSuffix(head)) {
            c.type = EntityType.LOCATION; // "Gulf of Aden"
        } else if (words == 1 && isDomainName(c.text)) {
            c.type = EntityType.ORGANIZATION; // "Polygraph.info": a publication by its site
        } else if (words >= 2 && c.firstWord().equals("HM") && !lang.isTitle(c.words[1].toLowerCase(java.util.Locale.ROOT))) {
            c.type = EntityType.ORGANIZATION; // "HM Treasury", "HM Coastguard": a British crown body ("His Majesty's")
        } else if (words >= 2 && lang.isOrgSuffix(last) || last.contains("-")
                && lang.isOrgSuffix(last.substring(last.lastIndexOf('-') + 1))) {
            c.type = EntityType.ORGANIZATION;
        } else if (words >= 3 && lang.isOrgSuffix(c.words[words - 2]) && isKnownPlace(last)) {
            c.type = EntityType.ORGANIZATION; // "Kingsford College London": an institution named with its city
        } else if (words >= 3 && lang.isLocationSuffix(last) && lang.isOrgSuffix(c.words[words - 2])) {
            c.type = EntityType.ORGANIZATION; // "Cedar Rapids Community School District": a body that serves a place
        } else if (words == 2 && lang.isSurnameLocationSuffix(last) && lang.isGivenName(c.firstWord())
                && gazetteer.lookup(c.firstWord()) == null) {
            c.type = EntityType.PERSON; // "Stuart Hall": a place's last word that is also a surname, after a given name
        } else if (words >= 2 && lang.isLocationSuffix(last)) {
            c.type = EntityType.LOCATION;
        } else if (words == 2 && PLACE_PREFIXES.contains(c.firstWord().replace(".", ""))) {
            c.type = EntityType.LOCATION; // "River Tana", "Lake Chad"
        } else if (opensWithForeignPlacePrefix(lang, c.words)) {
            c.type = EntityType.LOCATION; // "Cerro Amarillo", "Sierra de Gredos", "Puerto Aysén"
        } else if (isBodyOfForeignPlace(c.words)) {
            c.type = EntityType.ORGANIZATION; // "Banque de Valmont", "Universidad de Chile": "de" is "of"
        } else if (isPlaceThenCommonWord(c)) {
            c.type = EntityType.ORGANIZATION; // "New Zealand Post": a body named after its place
        } else if (known.isBranchOfOrganization(c.words)) {
            c.type = EntityType.ORGANIZATION; // "NHS England", "BBC Scotland": an organization's national body
        } else if (words >= 2 && words <= 3 && opensWithKnownOrganization(c) && isSpokenTo(doc, c)) {
            c.type = EntityType.ORGANIZATION; // "told BBC Breakfast", "speaking to CNN International": an outlet's programme
        } else if (afterQualifiedOrgNoun(doc, c)) {
            c.type = EntityType.ORGANIZATION; // "Brazilian club Santa Cruz": a given name opens a club's name too
        } else if (words >= 2 && words <= 4 && lang.isGivenName(c.firstWord()) && !c.text.contains(" of ")) {
            c.type = EntityType.PERSON;
        } else if (words >= 3 && words <= 5 && hasPersonalParticle(c) && c.looksLikePersonalName(lang)) {
            c.type = EntityType.PERSON; // "Botic van de Zandt": a Dutch, German or Arabic particle inside the name
        } else if (words >= 2 && words <= 4 && c.looksLikePersonalName(lang) && !lang.isDemonym(c.firstWord())
                && gazetteer.lookup(c.firstWord()) == null && (lang.isSurname(last)
                || words == 2 && lang.isSurname(c.firstWord()) && gazetteer.lookup(last) == null)) {
            c.type = EntityType.PERSON; // "Vasek Pospisil", and family name first: "Liu He"
        } else if (words == 1 && (NameText.isAcronym(c.text) && !c.inCapitals && !namesAThing(doc, c)
                && !ContextTyper.isDateline(doc, c) // "PUEBLO, Colo. —": the place the story was filed from
                || isCamelCase(c.text))) {
            c.type = EntityType.ORGANIZATION;
        }
    }

    /** Romance-language words for "of" inside a name ("Banco de Portugal", "Banque du Liban"). */
    private static final Set<String> ROMANCE_OF = Set.of("de", "du", "des", "del", "della", "di", "da", "do", "dos");

    /**
     * "Banco de Portugal", "Universidad de Chile": a capitalized head that is no given name, a Romance "of" and a
     * known place is a body of that place, not a person ("Charles de Gaulle" has no place after "de").
     */
    private boolean isBodyOfForeignPlace(String[] words) {
        if (words.length < 3 || !ROMANCE_OF.contains(words[1]) || !Character.isUpperCase(words[0].charAt(0))
                || lang.isGivenName(words[0]) || FOREIGN_PLACE_PREFIXES.contains(words[0])) {
            return false;
        }
        Gazetteer.Entry place = gazetteer.lookup(String.join(" ", List.of(words).subList(2, words.length)));
        return place != null && place.type() == EntityType.LOCATION && !place.contextual();
    }

    /**
     * "Nova Scotia Health", "New Zealand Post": a known place of two words or more followed by one capitalized word
     * that is no name of a person, no place word and no event word names a body of that place; a person is never
     * named so.
     */
    private boolean isPlaceThenCommonWord(NameCandidate c) {
        if (c.words() < 3 || NameText.isAllCapitals(c.text)) {
            return false; // a one-word place is too often a surname too ("Nakamura Takeshi", family name first)
        }
        String last = c.lastWord();
        Gazetteer.Entry place = gazetteer.lookup(c.text.substring(0, c.text.length() - last.length()).trim());
        return place != null && place.type() == EntityType.LOCATION && !place.contextual()
                && !lang.isGivenName(c.firstWord()) && Character.isUpperCase(last.charAt(0))
                && !lang.isSurname(last) && !lang.isGivenName(last) && !lang.isStopword(last) && !lang.isDemonym(last)
                && !lang.isLocationSuffix(last) && !lang.isMiscSuffix(last) && !NameText.COMPASS_WORDS.contains(last)
                && gazetteer.lookup(last) == null;
    }

    /** Whether the name's first word is a known organization's name ("BBC" of "BBC Breakfast"). */
    private boolean opensWithKnownOrganization(NameCandidate c) {
        Gazetteer.Entry first = gazetteer.lookup(c.firstWord());
        return first != null && first.type() == EntityType.ORGANIZATION && !first.contextual()
                && gazetteer.lookup(c.text.substring(c.firstWord().length() + 1)) == null;
    }

    /** "told X", "speaking to X", "in an interview with X": the name is who a speaker talks to. */
    private boolean isSpokenTo(TextDocument doc, NameCandidate c) {
        if (c.from < 1) {
            return false;
        }
        String before = doc.token(c.from - 1).lower();
        if (lang.isObjectCue(before)) {
            return true;
        }
        if (c.from < 2 || !before.equals("to") && !before.equals("with")) {
            return false;
        }
        String verb = doc.token(c.from - 2).lower();
        return verb.equals("interview") || verb.equals("speaking") || verb.equals("talking") || verb.equals("spoke")
                || verb.equals("told") || verb.equals("said");
    }

    /**
     * "the FTSE 100 index", "a VHF radio", "an MRI scan": an unknown acronym before a number (an index, a
     * model) or made an adjective of a common noun after "a" names a thing, not a body; "a NASA spokesman"
     * and "an RBC analyst" speak for one.
     */
    private boolean namesAThing(TextDocument doc, NameCandidate c) {
        if (c.to >= doc.size()) {
            return false;
        }
        Token next = doc.token(c.to);
        String w = next.text();
        if (NameText.isDigits(w, 0, w.length()) && w.length() != 4) {
            return true;
        }
        if (c.from < 1 || !next.isWord() || next.isCapitalized()) {
            return false;
        }
        String article = doc.token(c.from - 1).lower();
        return (article.equals("a") || article.equals("an")) && !lang.isTitle(next.lower())
                && !lang.isSpokesNoun(next.lower()) && !lang.isSourceNoun(next.lower()) && !lang.isOrgNoun(next.lower())
                && !lang.isCorporateTitle(next.lower()) && !lang.isCueVerb(next.lower()) && !lang.isDocumentNoun(next.lower())
                && !lang.isPlaceNoun(next.lower()) && !(w.endsWith("s") && lang.isTitle(w.substring(0, w.length() - 1)));
    }

    /** "North India", "Southern Germany": a compass word before a known place's name. */
    private boolean isPartOfKnownPlace(NameCandidate c) {
        if (c.words() < 2 || !NameText.COMPASS_WORDS.contains(c.firstWord())) {
            return false;
        }
        Gazetteer.Entry rest = gazetteer.lookup(c.text.substring(c.firstWord().length() + 1));
        return rest != null && rest.type() == EntityType.LOCATION && !rest.contextual();
    }

    /**
     * Two capitalized words, a known place and then a known surname or given name that is no place:
     * a person whose given name is also a place's ("Sydney Hartmann"); a team or paper after its city
     * has a common word there ("Houston Rockets", "Boston Globe").
     */
    private boolean isPlaceThenSurname(NameCandidate c) {
        if (c.words() != 2 || !c.looksLikePersonalName(lang) || NameText.isAllCapitals(c.text)) {
            return false;
        }
        Gazetteer.Entry first = gazetteer.lookup(c.firstWord());
        String last = c.lastWord();
        return first != null && first.type() == EntityType.LOCATION && !first.contextual()
                && gazetteer.lookup(last) == null && !lang.isDemonym(last) && !lang.isStopword(last)
                && !lang.isOrgSuffix(last) && !lang.isLocationSuffix(last) && !lang.isMiscSuffix(last)
                && (lang.isSurname(last) || lang.isGivenName(last));
    }

    /**
     * Whether the name has a title before it that names a person only: a title that is also a common word
     * before a place ("Host Qatar", "Chief Kano", "Head Office") does not count, nor does one before an
     * acronym ("Chairman NATO" is no person's name).
     */
    private static boolean isTitledPerson(NameCandidate c) {
        if (c.titles.isEmpty() || c.words() == 1 && NameText.isAcronym(c.text)) {
            return false;
        }
        String title = c.titles.get(c.titles.size() - 1).toLowerCase(java.util.Locale.ROOT);
        return c.titles.size() > 1 || !AMBIGUOUS_TITLES.contains(title);
    }

    /**
     * "Conservative MP Ruth Ellery", "Liberal Democrat Councillor Ann Cole": a name before a title that is a
     * known party's name without its "Party" or its plural is that party.
     */
    private Gazetteer.Entry partyBeforeTitle(TextDocument doc, NameCandidate c) {
        // Only before a title written as part of a name ("Labour MP Ann Cole"), not an adjective before a
        // common noun ("the Green mayor", which the text may not mean as the party).
        if (c.to >= doc.size() || !doc.token(c.to).isWord() || !doc.token(c.to).isCapitalized()
                || !lang.isTitle(doc.token(c.to).lower())) {
            return null;
        }
        for (String name : List.of(c.text + " Party", c.text + "s")) {
            Gazetteer.Entry entry = gazetteer.lookup(name);
            if (entry != null && entry.type() == EntityType.ORGANIZATION && !entry.contextual()) {
                return entry;
            }
        }
        return null;
    }

    private static boolean hasPersonalParticle(NameCandidate c) {
        for (int i = 1; i + 1 < c.words(); i++) {
            if (PERSONAL_PARTICLES.contains(c.words[i])) {
                return Character.isUpperCase(c.firstWord().charAt(0));
            }
        }
        return false;
    }

    /** "CAIRO/DOHA (Reuters)": a name in capitals after only names in capitals that open the text. */
    private static boolean opensInCapitals(TextDocument doc, NameCandidate c) {
        for (int k = 0; k < c.from; k++) {
            Token t = doc.token(k);
            if (!(t.isWord() && NameText.isAllCapitals(t.text()) || t.is("/") || t.is(","))) {
                return false;
            }
        }
        return true;
    }

    private boolean isKnownPlace(String name) {
        Gazetteer.Entry entry = gazetteer.lookup(name);
        return entry != null && entry.type() == EntityType.LOCATION;
    }

    /**
     * The place a news-style abbreviation stands for, where it is read so: after a lawmaker's party letter
     * ("D-Ore.", "R-TX") or, with its dot, after a name and a comma ("Boulder, Colo.", "FORT COLLINS, Colo. —");
     * else null.
     */
    private String abbreviatedPlace(TextDocument doc, NameCandidate c) {
        Token first = doc.token(c.from);
        if (c.start == first.start() + 2 && first.text().charAt(1) == '-') {
            return lang.placeOfAbbreviation(c.text); // made by NameRunCollector after a party letter only
        }
        if (c.from < 2 || !doc.token(c.from - 1).is(",") || !doc.token(c.from - 2).isWord()
                || !doc.token(c.from - 2).isCapitalized()) {
            return null;
        }
        String dotted = c.text.endsWith(".") ? c.text : c.to < doc.size() && doc.token(c.to).is(".")
                && doc.token(c.to).start() == doc.token(c.to - 1).end() ? c.text + "." : null;
        return dotted == null ? null : lang.placeOfAbbreviation(dotted);
    }

    /** "Essex" of "Essex-born", "Cork" of "Cork-based": a name made an adjective by a word of origin. */
    private static boolean isPlaceOfOrigin(TextDocument doc, NameCandidate c) {
        Token last = doc.token(c.to - 1);
        return c.end < last.end() && doc.text().charAt(c.end) == '-'
                && NameRunCollector.isOriginCompound(last) && c.end == last.text().lastIndexOf('-') + last.start();
    }

    /**
     * The word before the first " of ", " for " or " on " of a name ("Ministry" of "Ministry of Defence",
     * "Institute" of "Institute for Polar Research", "Council" of "Council on Foreign Relations"), or null.
     */
    private static String headBeforeOf(String text) {
        int of = text.indexOf(" of ");
        for (String connector : List.of(" for ", " on ")) {
            int at = text.indexOf(connector);
            if (of < 0 || at >= 0 && at < of) {
                of = at;
            }
        }
        return of < 0 ? null : text.substring(text.lastIndexOf(' ', of - 1) + 1, of);
    }

    private static String lastTwoWords(String text) {
        int last = text.lastIndexOf(' ');
        int before = last < 0 ? -1 : text.lastIndexOf(' ', last - 1);
        return text.substring(before + 1);
    }

    private static boolean isDomainName(String word) {
        int dot = word.lastIndexOf('.');
        return dot > 1 && RuleTokenizer.isTopLevelDomain(word.substring(dot + 1));
    }

    /** "BrewDog", "SoftBank": an inner capital after lower-case letters marks a brand, not a surname. */
    private static boolean isCamelCase(String word) {
        if (word.startsWith("Mc") || word.startsWith("Mac") || word.startsWith("De") || word.startsWith("La")
                || word.startsWith("Di") || word.startsWith("Le") || word.startsWith("Van") || word.contains("-")
                || word.contains("'") || word.contains("’")) {
            return false;
        }
        for (int i = 2; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Portuguese club X", "the Dutch bank X": a name after a noun for an organization and a nationality. */
    private boolean afterQualifiedOrgNoun(TextDocument doc, NameCandidate c) {
        if (c.from < 2) {
            return false;
        }
        Token noun = doc.token(c.from - 1);
        Token qualifier = doc.token(c.from - 2);
        return noun.isWord() && !noun.isCapitalized() && lang.isOrgNoun(noun.text()) && qualifier.isWord()
                && lang.isDemonym(qualifier.text());
    }
}
