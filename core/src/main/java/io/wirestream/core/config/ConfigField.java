package io.wirestream.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A configuration key declared in code with its type, default and documentation, in the manner of
 * Debezium's fields. Every key can be set by the environment variable {@link #envName()}.
 *
 * <p>Fields are immutable: {@code withX} returns a new field.
 *
 * @param <T> the parsed type
 */
public final class ConfigField<T> {

    private final String name;
    private final String type;
    private final Function<String, T> parser;
    private final String defaultValue;
    private final String doc;
    private final Predicate<T> validator;
    private final String requirement;

    private ConfigField(String name, String type, Function<String, T> parser, String defaultValue, String doc,
                        Predicate<T> validator, String requirement) {
        this.name = name;
        this.type = type;
        this.parser = parser;
        this.defaultValue = defaultValue;
        this.doc = doc;
        this.validator = validator;
        this.requirement = requirement;
    }

    /** A free-text key. */
    public static ConfigField<String> string(String name) {
        return new ConfigField<>(name, "string", Function.identity(), "", "", v -> true, null);
    }

    /** An integer key. */
    public static ConfigField<Integer> integer(String name) {
        return new ConfigField<>(name, "integer", ConfigValues::parseInt, "0", "", v -> true, null);
    }

    /** A boolean key: true or false. */
    public static ConfigField<Boolean> bool(String name) {
        return new ConfigField<>(name, "boolean", ConfigValues::parseBoolean, "false", "", v -> true, null);
    }

    /** A duration key: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 ({@code PT5M}). */
    public static ConfigField<Duration> duration(String name) {
        return new ConfigField<>(name, "duration", ConfigValues::parseDuration, "0s", "", v -> true, null);
    }

    /** A byte-size key: {@code 512}, {@code 64KiB}, {@code 5MiB}, {@code 1GiB} (KB/MB/GB are read as powers of 1024 too). */
    public static ConfigField<Long> bytes(String name) {
        return new ConfigField<>(name, "bytes", ConfigValues::parseBytes, "0", "", v -> true, null);
    }

    /** This field with {@code value} as its default; an empty string means "not set". */
    public ConfigField<T> withDefault(String value) {
        return new ConfigField<>(name, type, parser, Objects.requireNonNull(value), doc, validator, requirement);
    }

    /** This field with its documentation, one or two sentences saying what it changes and why one would. */
    public ConfigField<T> withDoc(String text) {
        return new ConfigField<>(name, type, parser, defaultValue, text, validator, requirement);
    }

    /** This field, accepting only values that pass {@code check}; {@code what} says what is required. */
    public ConfigField<T> withValidator(Predicate<T> check, String what) {
        return new ConfigField<>(name, type, parser, defaultValue, doc, validator.and(check),
                requirement == null ? what : requirement + "; " + what);
    }

    /** This integer field, accepting only values of at least {@code min}. */
    @SuppressWarnings("unchecked")
    public ConfigField<T> atLeast(long min) {
        return withValidator(v -> ((Number) v).longValue() >= min, "at least " + min);
    }

    /** This duration field, accepting only durations longer than zero. */
    public ConfigField<T> positiveDuration() {
        return withValidator(v -> !((Duration) v).isNegative() && !((Duration) v).isZero(), "longer than zero");
    }

    /** The key, e.g. {@code kafka.bootstrap.servers}. */
    public String name() {
        return name;
    }

    /** The environment variable that sets this key, e.g. {@code WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS}. */
    public String envName() {
        return "WIRESTREAM_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The type's name as documented. */
    public String type() {
        return type;
    }

    /** The default as written in the documentation; empty when the key has none. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The documentation. */
    public String doc() {
        return doc;
    }

    /** What a valid value must be beyond its type, or null. */
    public String requirement() {
        return requirement;
    }

    /**
     * Parses and validates {@code raw}.
     *
     * @throws IllegalArgumentException with a message saying what a valid value looks like
     */
    T parse(String raw) {
        T value = parser.apply(raw.trim());
        if (!validator.test(value)) {
            throw new IllegalArgumentException("must be " + requirement);
        }
        return value;
    }

    @Override
    public String toString() {
        return name;
    }
}
