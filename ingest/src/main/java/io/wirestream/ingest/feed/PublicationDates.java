package io.wirestream.ingest.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of feed items with the publisher's own offset. Rome parses the many date formats of real feeds
 * into an instant but drops the offset; the offset is read back from the date as written
 * ({@code +0200}, {@code -05:00}, {@code Z}, {@code GMT}, {@code EST}...), and UTC is used when it says none.
 */
final class PublicationDates {

    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})\\s*$");
    private static final Pattern NAMED_ZONE = Pattern.compile("(?i)\\b(Z|UT|UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\\s*$");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(Map.entry("Z", 0), Map.entry("UT", 0),
            Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("EST", -5), Map.entry("EDT", -4),
            Map.entry("CST", -6), Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6),
            Map.entry("PST", -8), Map.entry("PDT", -7));

    private PublicationDates() {
    }

    /**
     * The date as written, {@code raw}, when it is RFC 1123 or ISO-8601; else the date {@code parsed} (by
     * Rome, which knows many more formats) in the offset that {@code raw} names, or UTC; else null.
     */
    static OffsetDateTime of(Date parsed, String raw) {
        Optional<OffsetDateTime> exact = raw == null ? Optional.empty() : parse(raw.strip());
        if (exact.isPresent() || parsed == null) {
            return exact.orElse(null);
        }
        ZoneOffset offset = raw == null ? ZoneOffset.UTC : offset(raw.strip()).orElse(ZoneOffset.UTC);
        return OffsetDateTime.ofInstant(parsed.toInstant(), offset);
    }

    /** {@code raw} as RFC 1123 ({@code Tue, 10 Jun 2025 14:30:00 +0200}) or ISO-8601, with its offset. */
    static Optional<OffsetDateTime> parse(String raw) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME}) {
            try {
                return Optional.of(OffsetDateTime.parse(raw, format));
            } catch (DateTimeParseException e) {
                // the next format may fit
            }
        }
        try {
            return Optional.of(OffsetDateTime.ofInstant(Instant.parse(raw), ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> offset(String raw) {
        Matcher numeric = NUMERIC_OFFSET.matcher(raw);
        // A trailing "-05" of a bare date ("2025-06-10") is a day, not an offset: offsets follow a time.
        if (numeric.find() && raw.indexOf(':') >= 0 && raw.indexOf(':') < numeric.start()) {
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            try {
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(numeric.group(2)),
                        sign * Integer.parseInt(numeric.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher named = NAMED_ZONE.matcher(raw);
        if (named.find()) {
            return Optional.of(ZoneOffset.ofHours(ZONE_HOURS.get(named.group(1).toUpperCase(java.util.Locale.ROOT))));
        }
        return Optional.empty();
    }
}
