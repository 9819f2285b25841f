package io.wirestream.enrich.extract;

import java.util.List;
import java.util.Set;

/**
 * Decides an article's language from what the page declares and what its body reads as. The declaration
 * wins, except against overwhelming evidence: site templates often declare the language of the theme
 * ({@code lang="en-US"} on an Italian blog), and a long body that the detector is all but certain of is
 * better evidence than the template. Closely related languages the detector confuses never overrule a
 * declaration.
 */
public final class LanguageChoice {

    /** Below this a detection is not trusted even to fill a missing declaration. */
    private static final double MIN_PROBABILITY = 0.9;
    /** What it takes to overrule a declaration: near certainty on a body of some length. */
    private static final double OVERRULE_PROBABILITY = 0.999;
    private static final int OVERRULE_MIN_CHARS = 400;
    private static final List<Set<String>> CLOSE = List.of(Set.of("no", "nb", "nn", "da", "sv"),
            Set.of("hr", "sr", "bs", "sh", "me"), Set.of("id", "ms", "in"), Set.of("cs", "sk"),
            Set.of("es", "gl", "ca", "pt"), Set.of("ru", "uk", "be", "bg", "mk"), Set.of("hi", "ne", "mr"),
            Set.of("fa", "ar", "ur"), Set.of("zh", "ja"), Set.of("he", "iw", "yi"), Set.of("af", "nl"));

    private LanguageChoice() {
    }

    /** The language of an article that declares {@code declared} (or null) and whose body is {@code body}. */
    public static String choose(String declared, String body) {
        TextLanguage.Guess guess = TextLanguage.detect(body);
        if (guess == null || guess.probability() < MIN_PROBABILITY) {
            return declared;
        }
        if (declared == null) {
            return guess.language();
        }
        boolean overrules = !declared.equals(guess.language()) && guess.probability() >= OVERRULE_PROBABILITY
                && body.length() >= OVERRULE_MIN_CHARS && !close(declared, guess.language());
        return overrules ? guess.language() : declared;
    }

    private static boolean close(String a, String b) {
        for (Set<String> group : CLOSE) {
            if (group.contains(a) && group.contains(b)) {
                return true;
            }
        }
        return false;
    }
}
