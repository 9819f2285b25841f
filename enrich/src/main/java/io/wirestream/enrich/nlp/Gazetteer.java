package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Well-known names and their aliases, each with its canonical name and type (see the README of the
 * gazetteer data folder). Names are matched as written, whitespace collapsed, a curly apostrophe read as a
 * straight one and "St." as "St".
 */
public final class Gazetteer {

    /**
     * A known name.
     *
     * @param canonical  the canonical name of the thing it names
     * @param type       what the thing is
     * @param contextual whether the name counts only where another name of the thing occurs too
     */
    public record Entry(String canonical, EntityType type, boolean contextual) {
    }

    /** "St. Louis", "Mt. Kenya": the dot of an abbreviated first word of a place's name, which writers omit. */
    private static final Pattern ABBREVIATED_PREFIX = Pattern.compile("\\b(St|Ste|Mt|Ft)\\. ");

    private static volatile Gazetteer standard;

    private final Map<String, Entry> names;

    private Gazetteer(Map<String, Entry> names) {
        this.names = Map.copyOf(names);
    }

    /** The places and organizations shipped with wirestream, read once. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    Map<String, Entry> names = new HashMap<>();
                    // Hand-kept lists first: an alias they define wins over a generated one.
                    load(names, "gazetteer/locations.txt", EntityType.LOCATION);
                    load(names, "gazetteer/organizations.txt", EntityType.ORGANIZATION);
                    load(names, "gazetteer/countries.txt", EntityType.LOCATION);
                    load(names, "gazetteer/regions.txt", EntityType.LOCATION);
                    load(names, "gazetteer/cities.txt", EntityType.LOCATION);
                    standard = new Gazetteer(names);
                }
                g = standard;
            }
        }
        return g;
    }

    private static void load(Map<String, Entry> names, String file, EntityType type) {
        for (String line : WordLists.read(file)) {
            String[] aliases = line.split("\\|");
            String canonical = aliases[0].strip();
            for (String alias : aliases) {
                String name = alias.strip();
                boolean contextual = name.startsWith("~");
                if (contextual) {
                    name = name.substring(1);
                }
                names.putIfAbsent(normalize(name), new Entry(canonical, type, contextual));
            }
        }
    }

    /** The entry of {@code name}, or null. */
    public Entry lookup(String name) {
        return names.get(normalize(name));
    }

    private static String normalize(String name) {
        // "Moody’s" is "Moody's", "Xi’an" is "Xi'an": a curly apostrophe is written for a straight one
        String stripped = name.strip().replace('’', '\'');
        if (stripped.indexOf(". ") > 0) {
            stripped = ABBREVIATED_PREFIX.matcher(stripped).replaceAll("$1 "); // "St. Louis" is "St Louis"
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < stripped.length()
                    && Character.isWhitespace(stripped.charAt(i + 1)))) {
                return stripped.replaceAll("\\s+", " ");
            }
        }
        return stripped;
    }
}
