package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable entity ids: the type and the canonical name, normalized ({@code person:rob-bauer},
 * {@code location:united-states}), the same in every article so that consumers can join on them.
 */
public final class EntityIds {

    private EntityIds() {
    }

    /** The id of the entity of {@code type} named {@code canonicalName}. */
    public static String of(EntityType type, String canonicalName) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug(canonicalName);
    }

    /** Lower case, accents removed, every run of other characters than letters and digits a hyphen. */
    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else if (c != '\'' && c != '’' && c != '.') {
                // "McDonald's" and "U.S." keep their letters together.
                hyphen = true;
            }
        }
        return slug.toString();
    }
}
