package io.wirestream.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers of the value syntaxes configuration keys accept, also for command-line options that take the same. */
public final class ConfigValues {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern BYTES = Pattern.compile("(\\d+)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");

    private ConfigValues() {
    }

    static int parseInt(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an integer");
        }
    }

    static boolean parseBoolean(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    /**
     * Parses {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 ({@code PT5M}).
     *
     * @throws IllegalArgumentException saying what a duration looks like
     */
    public static Duration parseDuration(String raw) {
        Matcher m = DURATION.matcher(raw.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration like 500ms, 30s, 5m, 2h, 1d or PT5M");
        }
    }

    static long parseBytes(String raw) {
        Matcher m = BYTES.matcher(raw.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size like 512, 64KiB, 5MiB or 1GiB");
        }
        long amount = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "", "b" -> 0;
            case "k", "kb", "kib" -> 10;
            case "m", "mb", "mib" -> 20;
            default -> 30;
        };
        return amount << shift;
    }
}
