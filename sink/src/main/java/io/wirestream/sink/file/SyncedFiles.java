package io.wirestream.sink.file;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** File operations that are on disk when they return, for a store whose commit point is a rename. */
final class SyncedFiles {

    private SyncedFiles() {
    }

    /** Flushes the content of {@code file} to disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Flushes the entries of {@code dir} (files created, renamed or deleted in it) to disk. */
    static void forceDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Creates {@code dir} and its missing parents, each durably, up to {@code root}, which exists. */
    static void createDirectories(Path root, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createDirectories(root, dir.getParent());
        Files.createDirectory(dir);
        forceDirectory(dir.getParent());
    }

    /** Renames {@code from} to {@code to} in one step and makes the rename durable. */
    static void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(to.getParent());
    }
}
