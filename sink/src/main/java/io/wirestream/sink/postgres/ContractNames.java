package io.wirestream.sink.postgres;

import io.wirestream.core.serde.Json;

/**
 * Enum values as the record contract spells them in JSON ({@code PERSON}, {@code direct}), which is also
 * how the tables store them, so that SQL users and API clients see the same words.
 */
public final class ContractNames {

    private ContractNames() {
    }

    /** The JSON name of {@code value}, or null. */
    public static String of(Enum<?> value) {
        return value == null ? null : Json.mapper().convertValue(value, String.class);
    }

    /** The value of {@code type} whose JSON name is {@code name}, or null when {@code name} is null. */
    public static <E extends Enum<E>> E parse(String name, Class<E> type) {
        return name == null ? null : Json.mapper().convertValue(name, type);
    }
}
