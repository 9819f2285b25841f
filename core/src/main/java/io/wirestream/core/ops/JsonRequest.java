package io.wirestream.core.ops;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A GET request to a JSON endpoint: the path below the endpoint's own and the query parameters.
 * Parameter accessors throw {@link IllegalArgumentException} for bad input, which becomes a 400.
 */
public final class JsonRequest {

    private final String subPath;
    private final Map<String, String> params;

    JsonRequest(String subPath, Map<String, String> params) {
        this.subPath = subPath;
        this.params = params;
    }

    static JsonRequest of(String contextPath, URI uri) {
        String path = uri.getPath();
        String sub = path.length() > contextPath.length() ? path.substring(contextPath.length()) : "";
        Map<String, String> params = new HashMap<>();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(key, value);
            }
        }
        return new JsonRequest(sub.startsWith("/") ? sub.substring(1) : sub, params);
    }

    /** The path below the endpoint's, without a leading slash; empty for the endpoint itself. */
    public String subPath() {
        return subPath;
    }

    /** The names of the query parameters given, so that an endpoint can refuse those it does not know. */
    public Set<String> paramNames() {
        return Set.copyOf(params.keySet());
    }

    /** A query parameter, when given and not blank. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> !v.isBlank());
    }

    /** An integer query parameter in [{@code min}, {@code max}], or {@code defaultValue} when absent. */
    public int intParam(String name, int defaultValue, int min, int max) {
        Optional<String> raw = param(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get().trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, not '" + raw.get() + "'");
        }
    }
}
