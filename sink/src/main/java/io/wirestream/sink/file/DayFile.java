package io.wirestream.sink.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The open file of one day: written under a hidden temporary name ({@code .name.inprogress}, which data-lake
 * loaders skip) and renamed to its final name when closed. Each write appends one complete gzip member, so
 * that the committed part of the file is always a valid gzip file (RFC 1952 allows a series of members;
 * gzip, zcat and every common reader read them as one stream).
 */
final class DayFile implements AutoCloseable {

    private final String temp;
    private final String name;
    private final Path tempPath;
    private final Instant openedAt;
    private final FileChannel channel;
    private long committed;

    private DayFile(String temp, String name, Path tempPath, Instant openedAt, FileChannel channel) {
        this.temp = temp;
        this.name = name;
        this.tempPath = tempPath;
        this.openedAt = openedAt;
        this.channel = channel;
    }

    /** Creates the temporary file of a new file {@code name} (relative to {@code root}), durably. */
    static DayFile create(Path root, String name, Instant now) throws IOException {
        Path finalPath = root.resolve(name);
        String temp = root.relativize(finalPath.resolveSibling(tempName(finalPath.getFileName().toString())))
                .toString();
        Path tempPath = root.resolve(temp);
        SyncedFiles.createDirectories(root, tempPath.getParent());
        FileChannel channel = FileChannel.open(tempPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        SyncedFiles.forceDirectory(tempPath.getParent());
        return new DayFile(temp, name, tempPath, now, channel);
    }

    /** The temporary name of the file named {@code fileName}. */
    static String tempName(String fileName) {
        return "." + fileName + ".inprogress";
    }

    /** Whether {@code fileName} is the temporary name of a file. */
    static boolean isTempName(String fileName) {
        return fileName.startsWith(".") && fileName.endsWith(".inprogress");
    }

    /**
     * Appends {@code member} after the committed bytes, dropping any left by a write that failed, and flushes
     * it to disk.
     *
     * @return the file's length with {@code member}, to {@link #commit} once the store's state says so
     */
    long append(byte[] member) throws IOException {
        channel.truncate(committed);
        ByteBuffer buffer = ByteBuffer.wrap(member);
        long position = committed;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        channel.force(false);
        return position;
    }

    /** Records that the store's state now names {@code length} committed bytes. */
    void commit(long length) {
        committed = length;
    }

    long committed() {
        return committed;
    }

    String temp() {
        return temp;
    }

    String name() {
        return name;
    }

    Instant openedAt() {
        return openedAt;
    }

    /**
     * Closes the file and renames it to its final name, after dropping any bytes of a failed write; an empty
     * file, which holds nothing committed, is deleted instead.
     */
    void finish(Path root) throws IOException {
        if (committed == 0) {
            channel.close();
            Files.deleteIfExists(tempPath);
            return;
        }
        channel.truncate(committed);
        channel.force(true);
        channel.close();
        SyncedFiles.rename(tempPath, root.resolve(name));
    }

    /** Closes the channel only, leaving the file for recovery. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
