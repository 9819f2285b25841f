package io.wirestream.ingest;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reduces the many spellings of an article URL to one, so that the same article found through two feeds,
 * or tagged for two campaigns, gets one id: scheme and host in lower case, no default port, no fragment,
 * no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), and {@code /} for an empty path.
 * The path and the remaining query are kept byte for byte, since servers may treat them case-sensitively.
 */
final class UrlCanonicalizer {

    private UrlCanonicalizer() {
    }

    /**
     * The canonical form of {@code url}.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL with a host
     */
    static String canonicalize(URI url) {
        if (!HttpFetcher.isHttp(url)) {
            throw new IllegalArgumentException("Not an absolute http or https URL: " + url);
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder canonical = new StringBuilder(scheme).append("://");
        if (url.getRawUserInfo() != null) {
            canonical.append(url.getRawUserInfo()).append('@');
        }
        canonical.append(url.getHost().toLowerCase(Locale.ROOT));
        int port = url.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            canonical.append(':').append(port);
        }
        String path = url.getRawPath();
        canonical.append(path == null || path.isEmpty() ? "/" : path);
        String query = url.getRawQuery() == null ? "" : Arrays.stream(url.getRawQuery().split("&"))
                .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
                .collect(Collectors.joining("&"));
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid");
    }
}
