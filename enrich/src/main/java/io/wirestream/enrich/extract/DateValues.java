package io.wirestream.enrich.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date formats pages use in their metadata. */
final class DateValues {

    /**
     * ISO-8601 as pages write it: slashes in the date, a space for the T, an offset without a colon,
     * fractions of any length.
     */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}[-/]\\d{2}[-/]\\d{2})"
                    + "(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");

    private DateValues() {
    }

    /**
     * The date in {@code raw}, or null when it is not a date this parser knows.
     *
     * <p>A date-time without an offset is read as UTC and a bare date as midnight UTC: the metadata
     * states the moment, and UTC is the convention of such unqualified machine-readable dates.
     */
    static OffsetDateTime parse(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        Matcher m = ISO.matcher(value);
        if (m.lookingAt()) {
            try {
                String day = m.group(1).replace('/', '-');
                LocalDate date = LocalDate.parse(day);
                if (m.group(2) == null) {
                    return date.atStartOfDay().atOffset(ZoneOffset.UTC);
                }
                String time = m.group(2).replace(',', '.');
                LocalDateTime dateTime = LocalDateTime.parse(day + "T" + (time.length() == 5 ? time + ":00" : time));
                return dateTime.atOffset(offset(m.group(3)));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String raw) {
        if (raw == null || raw.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = raw.replace(":", "");
        if (digits.length() == 3) {
            digits = digits + "00";
        }
        return ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3));
    }
}
