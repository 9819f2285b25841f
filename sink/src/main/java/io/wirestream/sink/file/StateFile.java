package io.wirestream.sink.file;

import io.wirestream.core.serde.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and atomically replaces the {@link StoreState} of a file store. */
final class StateFile {

    private final Path file;
    private final Path next;

    StateFile(Path dir) {
        this.file = dir.resolve("state.json");
        this.next = dir.resolve("state.json.next");
    }

    /** The committed state, or empty for a new store. */
    Optional<StoreState> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Json.mapper().readValue(file.toFile(), StoreState.class));
    }

    /**
     * Replaces the state with {@code state}: written to another file, flushed to disk, then renamed over the
     * old one, so that a crash leaves either the old state or the new one, never a part of either.
     */
    void write(StoreState state) throws IOException {
        Files.write(next, Json.mapper().writeValueAsBytes(state));
        SyncedFiles.force(next);
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        SyncedFiles.forceDirectory(file.getParent());
    }
}
