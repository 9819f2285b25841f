package io.wirestream.enrich.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language that the rule-based stages use: stop words, titles, speech verbs,
 * pronouns, given names and surnames, organization, place and event suffixes, name particles and demonyms. Shipped as data
 * files under {@code io/wirestream/enrich/nlp/<language>/} (see the README there), so that another
 * language needs data, not code.
 */
public final class LanguageData {

    private static final Map<String, LanguageData> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Set<String> stopwords;
    private final Set<String> nameModifiers;
    private final Set<String> titles;
    private final int longestTitle;
    private final Set<String> cueVerbs;
    private final Set<String> cuesOnlyWithThat;
    private final Map<String, String> pronouns;
    private final Set<String> givenNames;
    private final Set<String> surnames;
    private final Set<String> miscSuffixes;
    private final QuoteMarks quoteMarks;
    private final Set<String> placeNouns;
    private final Set<String> nameSuffixes;
    private final Set<String> portfolioTitles;
    private final Set<String> orgSuffixes;
    private final Set<String> locationSuffixes;
    private final Set<String> surnameLocationSuffixes;
    private final Set<String> particles;
    private final Set<String> demonyms;
    private final Set<String> objectCues;
    private final Set<String> spokesNouns;
    private final Set<String> sourceNouns;
    private final Set<String> corporateTitles;
    private final Set<String> orgNouns;
    private final Set<String> namingOrgNouns;
    private final Map<String, String> orgKinds;
    private final Set<String> documentNouns;
    private final Set<String> evidenceNouns;
    private final Set<String> pastForms;
    private final Map<String, String> genders;
    private final Map<String, String> placeAbbreviations;
    private final Map<String, String> givenNameGenders;

    private LanguageData(String language) {
        this.language = language;
        String dir = language + "/";
        this.stopwords = lowerSet(WordLists.read(dir + "stopwords.txt"));
        this.nameModifiers = lowerSet(WordLists.read(dir + "name-modifiers.txt"));
        this.titles = lowerSet(WordLists.read(dir + "titles.txt"));
        this.longestTitle = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
        WordLists.Marked cues = WordLists.readMarked(dir + "cue-verbs.txt");
        this.cueVerbs = cues.words();
        this.cuesOnlyWithThat = cues.marked();
        this.pronouns = WordLists.readPairs(dir + "pronouns.txt", true);
        this.givenNames = Set.copyOf(WordLists.read(dir + "given-names.txt"));
        this.surnames = Set.copyOf(WordLists.read(dir + "surnames.txt"));
        this.miscSuffixes = Set.copyOf(WordLists.read(dir + "misc-suffixes.txt"));
        this.quoteMarks = new QuoteMarks(WordLists.read(dir + "quote-marks.txt"));
        this.placeNouns = lowerSet(WordLists.read(dir + "place-nouns.txt"));
        this.nameSuffixes = Set.copyOf(WordLists.read(dir + "name-suffixes.txt"));
        this.portfolioTitles = lowerSet(WordLists.read(dir + "portfolio-titles.txt"));
        this.orgSuffixes = Set.copyOf(WordLists.read(dir + "org-suffixes.txt"));
        Set<String> placeEnds = new HashSet<>();
        Set<String> surnameEnds = new HashSet<>();
        for (String line : WordLists.read(dir + "location-suffixes.txt")) {
            String[] parts = line.split("\\s+");
            placeEnds.add(parts[0]);
            if (parts.length > 1 && parts[1].equals("surname")) {
                surnameEnds.add(parts[0]);
            }
        }
        this.locationSuffixes = Set.copyOf(placeEnds);
        this.surnameLocationSuffixes = Set.copyOf(surnameEnds);
        this.particles = lowerSet(WordLists.read(dir + "name-particles.txt"));
        this.demonyms = Set.copyOf(WordLists.read(dir + "demonyms.txt"));
        this.objectCues = lowerSet(WordLists.read(dir + "object-cues.txt"));
        this.spokesNouns = lowerSet(WordLists.read(dir + "spokes-nouns.txt"));
        this.sourceNouns = lowerSet(WordLists.read(dir + "source-nouns.txt"));
        this.corporateTitles = lowerSet(WordLists.read(dir + "corporate-titles.txt"));
        WordLists.Marked nouns = WordLists.readMarked(dir + "org-nouns.txt");
        this.orgNouns = nouns.words();
        this.namingOrgNouns = nouns.marked();
        this.orgKinds = WordLists.readPairs(dir + "org-kinds.txt", true);
        this.documentNouns = lowerSet(WordLists.read(dir + "document-nouns.txt"));
        this.evidenceNouns = lowerSet(WordLists.read(dir + "evidence-nouns.txt"));
        this.pastForms = lowerSet(WordLists.read(dir + "past-forms.txt"));
        this.genders = WordLists.readPairs(dir + "genders.txt", true);
        Map<String, String> places = new HashMap<>();
        for (String line : WordLists.read(dir + "place-abbreviations.txt")) {
            String[] parts = line.split("\t");
            for (int i = 1; i < parts.length; i++) {
                places.put(parts[i].strip(), parts[0].strip());
            }
        }
        this.placeAbbreviations = Map.copyOf(places);
        this.givenNameGenders = WordLists.readPairs(dir + "given-name-genders.txt", false);
    }

    /** The English data, read once. */
    public static LanguageData english() {
        return of("en");
    }

    /**
     * The data of {@code language} (an ISO 639-1 code), read once.
     *
     * @throws IllegalArgumentException when wirestream ships no data for it
     */
    public static LanguageData of(String language) {
        if (!isAvailable(language)) {
            throw new IllegalArgumentException("No enrichment data for language '" + language + "'");
        }
        return LOADED.computeIfAbsent(language, LanguageData::new);
    }

    /** Whether wirestream ships data for {@code language}. */
    public static boolean isAvailable(String language) {
        return language != null && language.matches("[a-z]{2,3}") && WordLists.exists(language + "/stopwords.txt");
    }

    private static Set<String> lowerSet(List<String> entries) {
        Set<String> set = new HashSet<>();
        for (String entry : entries) {
            set.add(entry.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }

    public String language() {
        return language;
    }

    /** The quotation marks of the language. */
    public QuoteMarks quoteMarks() {
        return quoteMarks;
    }

    /** Whether {@code word} (any case) is never a name by itself. */
    /** Whether {@code word}, capitalized before a name, tells its side or rank only ("Opposition", "Senior"). */
    public boolean isNameModifier(String word) {
        return nameModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isStopword(String word) {
        return stopwords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Lower-case stop words. */
    public Set<String> stopwords() {
        return stopwords;
    }

    /** Whether {@code words} (any case, single spaces) is a title or role written before a name. */
    public boolean isTitle(String words) {
        return titles.contains(words.toLowerCase(Locale.ROOT));
    }

    /** The most words a title has. */
    public int longestTitle() {
        return longestTitle;
    }

    /** Lower-case abbreviations (without the dot) after which a full stop does not end a sentence. */
    public Set<String> abbreviations() {
        Set<String> abbreviations = new HashSet<>();
        for (String title : titles) {
            if (title.endsWith(".")) {
                abbreviations.add(title.substring(0, title.length() - 1));
            }
        }
        abbreviations.addAll(List.of("st", "no", "vs", "mt", "ft", "approx", "jan", "feb", "aug", "sept", "oct",
                "nov", "dec", "fig"));
        return abbreviations;
    }

    /** Whether {@code word} (any case) attributes speech. */
    public boolean isCueVerb(String word) {
        return cueVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether cue {@code word} reports speech without "that" ("said the talks failed"), not only before it. */
    public boolean reportsWithoutThat(String word) {
        return !cuesOnlyWithThat.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The class of pronoun {@code word} (person, plural, thing), or null if it is none. */
    public String pronounClass(String word) {
        return pronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} (as written) is a common given name; of a hyphenated one ("Jo-Wilfried"), its first part. */
    public boolean isGivenName(String word) {
        if (givenNames.contains(word)) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 1 && givenNames.contains(word.substring(0, hyphen));
    }

    /** Whether {@code word} (as written) is a common family name; of a hyphenated one, its last part. */
    public boolean isSurname(String word) {
        if (surnames.contains(word)) {
            return true;
        }
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 2 < word.length() && surnames.contains(word.substring(hyphen + 1));
    }

    /** Whether {@code word} (as written) ends the names of events, awards and other things ("Cup", "Prize"). */
    public boolean isMiscSuffix(String word) {
        return miscSuffixes.contains(word);
    }

    /** Whether {@code word} (as written, without a dot) is a generational suffix after a surname ("Jr"). */
    public boolean isNameSuffix(String word) {
        return nameSuffixes.contains(word);
    }

    /** Whether lower-case {@code word} is a title that takes a portfolio before it ("Energy Minister"). */
    public boolean isPortfolioTitle(String word) {
        return portfolioTitles.contains(word);
    }

    /** Whether lower-case {@code word} names a kind of place before "of" and a name ("town", "region"). */
    public boolean isPlaceNoun(String word) {
        return placeNouns.contains(word);
    }

    public boolean isOrgSuffix(String word) {
        return orgSuffixes.contains(word);
    }

    public boolean isLocationSuffix(String word) {
        return locationSuffixes.contains(word);
    }

    /** Whether {@code word} ends place names but is also a common surname ("Hall"): after a given name, a person. */
    public boolean isSurnameLocationSuffix(String word) {
        return surnameLocationSuffixes.contains(word);
    }

    /** Whether {@code word} (as written, lower case) joins the parts of a name ("von", "bin"). */
    public boolean isParticle(String word) {
        return particles.contains(word);
    }

    /**
     * Whether {@code word} is a particle joined by a hyphen to a capitalized name ("al-Hashimi", "el-Amin"),
     * a name written in lower case.
     */
    public boolean isParticleCompound(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 2 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1))
                && particles.contains(word.substring(0, hyphen));
    }

    public boolean isDemonym(String words) {
        return demonyms.contains(words);
    }

    /** The gender a pronoun or title tells ("female" for "she" and "Mrs"), or null. */
    public String genderOf(String word) {
        return genders.get(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a given name is borne by ("female" for "Giulia"), case-sensitive; null when either or unknown. */
    public String genderOfGivenName(String name) {
        return givenNameGenders.get(name);
    }

    /** Whether {@code word} (lower case) is a verb's past form that makes a finite clause ("fell", "rose"). */
    public boolean isPastForm(String word) {
        return pastForms.contains(word);
    }

    /** Whether cue {@code word} takes the listener as its object ("told", "asked"). */
    public boolean isObjectCue(String word) {
        return objectCues.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} heads a noun phrase that refers back to an organization ("the company"). */
    public boolean isOrgNoun(String word) {
        return orgNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether org noun {@code word} refers only to an organization whose name holds it ("the ministry"). */
    public boolean isNamingOrgNoun(String word) {
        return namingOrgNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The kind of organization {@code word} tells, as the head of a nominal ("agency": "government") or as a
     * word of an organization's name ("Administration", "Corp"), or null.
     */
    public String orgKind(String word) {
        return orgKinds.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} names a document an organization speaks through ("report", "statement"). */
    public boolean isDocumentNoun(String word) {
        return documentNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} names records or figures that facts are read from, not words anyone said ("data",
     * "prices", "documents"): "according to data compiled by X" reports no quote.
     */
    public boolean isEvidenceNoun(String word) {
        return evidenceNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} is a noun through which an organization speaks ("spokesperson"). */
    public boolean isSpokesNoun(String word) {
        return spokesNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} names people who speak from inside an organization without speaking for it
     * ("official", "aide"): "a Hamas official said" is an unnamed source, not Hamas.
     */
    public boolean isSourceNoun(String word) {
        return sourceNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The place a news-style abbreviation stands for ("Colorado" for "Colo." or "CO"), or null. An
     * abbreviation with a dot is one after a city ("Boulder, Colo."); one without, a postal code.
     */
    public String placeOfAbbreviation(String abbreviation) {
        return placeAbbreviations.get(abbreviation);
    }

    /** Whether {@code words} is a role held inside an organization ("chief executive", "chairman"). */
    public boolean isCorporateTitle(String words) {
        return corporateTitles.contains(words.toLowerCase(Locale.ROOT));
    }
}
