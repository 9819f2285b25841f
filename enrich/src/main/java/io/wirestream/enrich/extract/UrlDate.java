package io.wirestream.enrich.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date many sites write into their article URLs ({@code /2019/11/19/},
 * {@code /2019-11-19-}, {@code /20191119/}): a last resort when the page states no date.
 */
final class UrlDate {

    private static final Pattern DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})([/_-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    private UrlDate() {
    }

    /** The date in the path of {@code url}, at midnight UTC, or null. */
    static OffsetDateTime parse(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        Matcher m = DATE.matcher(query < 0 ? url : url.substring(0, query));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
