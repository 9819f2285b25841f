package io.wirestream.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved configuration: for each key, the first of an explicit override (a command-line option), the
 * environment variable {@code WIRESTREAM_<KEY>} and the declared default.
 *
 * <p>Create it with {@link #resolve}, which validates every key a service declares before anything
 * starts, so that a typo is reported at once with the key's name rather than as a failure an hour later.
 */
public final class WirestreamConfig {

    private final Map<ConfigField<?>, Object> values;

    private WirestreamConfig(Map<ConfigField<?>, Object> values) {
        this.values = values;
    }

    /**
     * Resolves and validates {@code groups}.
     *
     * @param groups    the keys the caller will read
     * @param env       the environment, usually {@link System#getenv()}
     * @param overrides raw values by key name that win over the environment
     * @throws ConfigException naming every invalid key
     */
    public static WirestreamConfig resolve(Collection<ConfigGroup> groups, Map<String, String> env,
                                           Map<String, String> overrides) {
        Map<ConfigField<?>, Object> values = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (ConfigGroup group : groups) {
            for (ConfigField<?> field : group.fields()) {
                String source;
                String raw;
                if (overrides.containsKey(field.name())) {
                    source = "option";
                    raw = overrides.get(field.name());
                } else if (env.containsKey(field.envName())) {
                    source = "environment variable " + field.envName();
                    raw = env.get(field.envName());
                } else {
                    source = "default";
                    raw = field.defaultValue();
                }
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                try {
                    values.put(field, field.parse(raw));
                } catch (IllegalArgumentException e) {
                    problems.add(field.name() + " = '" + raw + "' (from " + source + "): " + e.getMessage()
                            + " (set it with " + field.envName() + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new WirestreamConfig(values);
    }

    /** The value of {@code field}, which must have a default or have been set. */
    public <T> T get(ConfigField<T> field) {
        return find(field).orElseThrow(() -> new ConfigException(List.of(field.name()
                + " is not set: set it with " + field.envName() + " or the matching option")));
    }

    /** The value of {@code field}, or empty when it was neither set nor has a default. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(ConfigField<T> field) {
        return Optional.ofNullable((T) values.get(field));
    }
}
