package io.wirestream.ingest;

import io.wirestream.ingest.http.HttpFetcher;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reduces the many spellings of an article URL to one, so that the same article found through two feeds,
 * or tagged for two campaigns, gets one id: scheme and host in lower case, no default port, no fragment,
 * no tracking parameters ({@code ingest.url.tracking.params}: {@code utm_*}, {@code fbclid}, {@code gclid}
 * and others), and {@code /} for an empty path. The path and the remaining query are kept byte for byte,
 * since servers may treat them case-sensitively. Thread-safe.
 */
final class UrlCanonicalizer {

    /** The default tracking parameters, for tests and tools without a configuration. */
    static final UrlCanonicalizer DEFAULT = new UrlCanonicalizer(List.of("utm_*", "fbclid", "gclid"));

    private final List<String> exact;
    private final List<String> prefixes;

    /** @param trackingParams parameter names to drop, lower case; a trailing {@code *} matches a prefix */
    UrlCanonicalizer(List<String> trackingParams) {
        this.exact = trackingParams.stream().filter(p -> !p.endsWith("*")).toList();
        this.prefixes = trackingParams.stream().filter(p -> p.endsWith("*"))
                .map(p -> p.substring(0, p.length() - 1)).toList();
    }

    /**
     * The canonical form of {@code url}.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL with a host
     */
    String canonicalize(URI url) {
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

    private boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return exact.contains(name) || prefixes.stream().anyMatch(name::startsWith);
    }
}
