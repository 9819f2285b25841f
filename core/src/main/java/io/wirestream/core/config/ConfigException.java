package io.wirestream.core.config;

import java.util.List;

/** The configuration is invalid. The message names every bad key and the environment variable that sets it. */
public final class ConfigException extends RuntimeException {

    private final List<String> problems;

    /** An exception for {@code problems}, one line per bad key, each naming the key. */
    public ConfigException(List<String> problems) {
        super("Invalid configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per bad key. */
    public List<String> problems() {
        return problems;
    }
}
