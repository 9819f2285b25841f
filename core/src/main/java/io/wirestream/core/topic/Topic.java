package io.wirestream.core.topic;

import java.util.Map;

/**
 * A topic of the public contract.
 *
 * @param name        the topic name, versioned: a breaking change to its records gets a new name
 * @param description what the topic holds and what its key is
 * @param configs     topic-level configuration applied when wirestream creates it
 */
public record Topic(String name, String description, Map<String, String> configs) {

    public Topic {
        configs = Map.copyOf(configs);
    }

    @Override
    public String toString() {
        return name;
    }
}
