package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.Arrays;

/**
 * What the gazetteer knows of a name beyond its exact entry: the name written in capitals, a stop word
 * in capitals that is a known abbreviation, a known organization's branch in a known place, and a known
 * organization after its country or nationality.
 */
final class KnownNames {

    private final LanguageData lang;
    private final Gazetteer gazetteer;

    KnownNames(LanguageData lang, Gazetteer gazetteer) {
        this.lang = lang;
        this.gazetteer = gazetteer;
    }

    /** The gazetteer's entry for a name, also when a dateline or heading writes it in capitals ("NEW YORK"). */
    Gazetteer.Entry knownName(String text) {
        Gazetteer.Entry entry = gazetteer.lookup(text);
        return entry == null && text.length() > 3 && NameText.isAllCapitals(text)
                ? gazetteer.lookup(NameText.titleCase(text)) : entry;
    }

    /** "US", "IT": a stop word in capitals that the gazetteer knows is that name ("US" is the United States). */
    boolean isKnownAbbreviation(Token t) {
        return t.isAllCaps() && gazetteer.lookup(t.text()) != null;
    }

    /** A known organization's name or acronym followed by a known place: "NHS England", "BBC Scotland". */
    boolean isBranchOfOrganization(String[] words) {
        if (words.length < 2) {
            return false;
        }
        Gazetteer.Entry place = gazetteer.lookup(words[words.length - 1]);
        Gazetteer.Entry org = gazetteer.lookup(String.join(" ", Arrays.copyOf(words, words.length - 1)));
        return place != null && place.type() == EntityType.LOCATION && org != null
                && org.type() == EntityType.ORGANIZATION;
    }

    /** "U.S. Federal Reserve", "German Bundeswehr": a known organization after its country or nationality. */
    Gazetteer.Entry qualifiedOrganization(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String qualifier = text.substring(0, space);
        Gazetteer.Entry rest = gazetteer.lookup(text.substring(space + 1));
        Gazetteer.Entry place = gazetteer.lookup(qualifier);
        boolean qualifies = place != null && place.type() == EntityType.LOCATION || lang.isDemonym(qualifier);
        return rest != null && rest.type() == EntityType.ORGANIZATION && !rest.contextual() && qualifies ? rest : null;
    }
}
