package io.wirestream.enrich.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes the site name off a page title ("Markets rally | The Daily Planet" to "Markets rally"). */
final class TitleCleaner {

    /** Separators between a title and the site name appended to it ("Title | Site", "Title - Site"). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+");

    private TitleCleaner() {
    }

    /**
     * {@code title} without the site name at its start or end. The name goes when it is the known
     * {@code siteName}; with {@code guess} (for a {@code <title>}, which nearly always carries it), also
     * when it is a short last segment after a title of three words or more.
     */
    static String strip(String title, String siteName, boolean guess) {
        String clean = title.strip();
        String[] parts = SEPARATOR.split(clean);
        if (parts.length < 2) {
            return clean;
        }
        if (siteName != null) {
            String site = normalize(siteName);
            if (normalize(parts[parts.length - 1]).equals(site)) {
                return clean.substring(0, lastSeparatorStart(clean)).strip();
            }
            if (normalize(parts[0]).equals(site)) {
                return clean.substring(firstSeparatorEnd(clean)).strip();
            }
        }
        if (guess) {
            String head = clean.substring(0, lastSeparatorStart(clean)).strip();
            if (words(parts[parts.length - 1]) <= 4 && words(head) >= 3) {
                return head;
            }
        }
        return clean;
    }

    private static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static int lastSeparatorStart(String title) {
        Matcher m = SEPARATOR.matcher(title);
        int start = title.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    private static int firstSeparatorEnd(String title) {
        Matcher m = SEPARATOR.matcher(title);
        return m.find() ? m.end() : 0;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
