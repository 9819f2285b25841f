package io.wirestream.sink.file;

import java.util.List;

/**
 * What a file store has committed, kept in one file that is replaced atomically: the commit point of every
 * write. Files and positions change only by replacing it, so that after a crash the folder can be brought
 * back to exactly what it says.
 *
 * @param groupId      the consumer group the folder belongs to
 * @param positions    the next offset to read of each partition
 * @param files        the files written to and not yet closed, or being closed, with their committed lengths
 * @param nextSequence the sequence number of the next file opened, which makes file names unique
 */
record StoreState(String groupId, List<Position> positions, List<FileEntry> files, long nextSequence) {

    StoreState {
        positions = positions == null ? List.of() : List.copyOf(positions);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /**
     * @param topic     the topic
     * @param partition the partition
     * @param next      the offset of the next record to read
     */
    record Position(String topic, int partition, long next) {
    }

    /**
     * A file with committed data.
     *
     * @param temp    its path while open, relative to the folder
     * @param name    its path once closed, relative to the folder
     * @param length  the bytes of {@code temp} that are committed; any beyond are from a write that failed
     * @param closing whether it is to be closed: renamed from {@code temp} to {@code name}
     */
    record FileEntry(String temp, String name, long length, boolean closing) {
    }
}
