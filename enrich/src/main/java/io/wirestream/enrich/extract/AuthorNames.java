package io.wirestream.enrich.extract;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Turns what pages give as authors ("By Ann Lee and Bo Chan", "Ann Lee, Staff Writer", "Por Maria Silva |
 * Agência") into names: no "By" in any of the languages of the news, no roles, no e-mail addresses,
 * profile URLs or web addresses, no dates.
 */
final class AuthorNames {

    /** "By" and its equivalents before a byline, in the languages of the news. */
    private static final Pattern BY = Pattern.compile("^(?iu:(?:written|posted|words|reporting|text|story|photos?)"
            + "\\s+by|by|por|von|par|di|door|av|af|przez|от|автор(?:ы)?|texto|testo|text|reportagem|redação)"
            + "\\s*[:：]?\\s+");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:[,;/|•·]|\\s(?:and|&|e|y|und|et|en|и|och|og|i)\\s)\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    /** Words that make a byline part a role or a credit rather than a name. */
    private static final Pattern ROLE = Pattern.compile("(?iu)\\b(?:staff|writer|reporter|correspondent|editor|"
            + "editorial|contributor|columnist|journalist|photographer|updated|published|posted|follow|"
            + "redação|redazione|redacción|rédaction|redaktion|редакция|기자|特派員)\\b");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    /** A web address in a byline part ("Cleveland.com", "NJ Advance Media for NJ.com") names a publisher. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\w\\.(?:com|net|org|co|info|news|tv|[a-z]{2})\\b");
    private static final int MAX_NAME_CHARS = 60;
    private static final int MAX_NAME_WORDS = 5;

    private AuthorNames() {
    }

    /** Adds the names in {@code raw} to {@code names}; nothing when it holds none. */
    static void addTo(Collection<String> names, String raw) {
        if (raw == null) {
            return;
        }
        String value = EMAIL.matcher(raw.replace('\u00a0', ' ').strip()).replaceAll(" ").strip();
        value = BY.matcher(value).replaceFirst("");
        if (value.isEmpty() || value.contains("://") || value.startsWith("www.")) {
            return;
        }
        for (String part : SEPARATOR.split(value)) {
            String name = BY.matcher(part.strip()).replaceFirst("").strip();
            if (isName(name)) {
                names.add(name);
            }
        }
    }

    private static boolean isName(String candidate) {
        if (candidate.isEmpty() || candidate.length() > MAX_NAME_CHARS || ROLE.matcher(candidate).find()
                || DOMAIN.matcher(candidate).find()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (letters < 2 || candidate.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        // In cased scripts a name starts with a capital; an all-lower-case phrase is a label or a handle.
        char first = candidate.charAt(0);
        return !Character.isLowerCase(first);
    }
}
