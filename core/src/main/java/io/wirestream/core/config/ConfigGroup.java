package io.wirestream.core.config;

import java.util.List;

/**
 * The configuration keys of one part of wirestream, documented together.
 *
 * @param title       the section title in {@code docs/configuration.md}
 * @param description what the keys configure
 * @param fields      the keys
 */
public record ConfigGroup(String title, String description, List<ConfigField<?>> fields) {

    public ConfigGroup {
        fields = List.copyOf(fields);
    }
}
