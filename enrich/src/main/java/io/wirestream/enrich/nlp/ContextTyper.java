package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.HashSet;
import java.util.List;
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
 */
final class ContextTyper {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "around");

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
        for (NameCandidate c : candidates) {
            if (c.type != null) {
                continue;
            }
            boolean nameShaped = c.words() >= 2 && c.words() <= 4 && c.looksLikePersonalName(lang);
            if (followsOrgNoun(doc, c) || isFounded(doc, c) || worksAt(doc, c) || beforeCorporateTitle(doc, c)
                    || hasOrgNounApposition(doc, c) || afterCorporateTitleOf(doc, c)) {
                c.type = EntityType.ORGANIZATION;
                c.byContext = true;
            } else if (isDateline(doc, c)
                    || c.words() <= 3 && c.looksLikePersonalName(lang) && beforePluralPlaceNoun(doc, c)) {
                c.type = EntityType.LOCATION;
                c.byContext = true;
            } else if (nameShaped && (roles.followsRoleWord(doc, c) || hasRoleApposition(doc, c)
                    || followsPlacePossessive(doc, c, candidates))) {
                c.type = EntityType.PERSON;
            } else if (nameShaped && namesAPlace(c) && speaks(doc, c)) {
                c.type = EntityType.ORGANIZATION; // "Tennis Australia said": a body named after its country
            } else if (nameShaped && (speaks(doc, c) || singles.contains(c.lastWord()))) {
                c.type = EntityType.PERSON;
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
                    && !c.text.contains("-") && !NameText.isAcronym(c.text) && !continuesAsName(doc, c.to)) {
                // "the Rangers", "the Beatles": a capitalized plural after "the" is a group.
                c.type = EntityType.ORGANIZATION;
            } else if (c.words() == 1 && c.from > 1 && PLACE_PREPOSITIONS.contains(doc.token(c.from - 1).text())
                    && !doc.token(c.from - 2).isCapitalized() && c.looksLikePersonalName(lang)
                    && !continuesAsName(doc, c.to)
                    && !(c.to < doc.size() && NameContextWords.isApostrophe(doc.token(c.to)))) {
                // ("in Corvex's Dublin office": an owner, not a place)
                // "in Zhovtyi", "near Tartus": an unknown name after a preposition of place is a place.
                c.type = EntityType.LOCATION;
            }
        }
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
        return role.isWord() && !role.isCapitalized()
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

    /** "Unite, the union, said", "Norvik, a Swedish fund,": a name in apposition with a noun for an organization. */
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
    private static boolean isDateline(TextDocument doc, NameCandidate c) {
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
        return t.isWord() && (t.isCapitalized() || t.text().equals("of") || t.text().equals("in")
                || t.text().equals("for") || t.text().equals("and"));
    }
}
