package io.wirestream.sink.file;

import io.wirestream.core.serde.Json;
import io.wirestream.sink.SinkConfig;
import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Store} of data lakes: gzip-compressed JSON Lines ({@link ChangeLine}) under one folder per UTC
 * day of the records' timestamps, {@code dt=2026-01-31/articles-20260131T120000Z-000042.jsonl.gz}, the
 * layout Spark, Hive, Athena, BigQuery and DuckDB load as a table partitioned by {@code dt}. A file appears
 * under its final name only when it is closed: {@code sink.file.roll.interval} after it was opened, once it
 * reaches {@code sink.file.roll.size}, or when the store closes; a loader can take every {@code .jsonl.gz}
 * file it finds. Days follow the records' timestamps, not the articles' dates, so that a day's folder is
 * complete once the day is over and its files are closed.
 *
 * <p>Every write appends one gzip member to each day's file, flushes the files to disk, and then commits by
 * replacing the store's state file ({@link StoreState}), which names the committed length of every open file
 * and the positions. On opening, the folder is brought back to that state: committed files are cut to their
 * committed length and closed, and files no state names are deleted; their records come again from Kafka.
 * Records before their partition's position are skipped, so that no line is ever written twice.
 *
 * <p>A folder belongs to one sink process, which locks it, and to one consumer group.
 */
public final class JsonLinesFileStore implements Store {

    private static final Logger log = LoggerFactory.getLogger(JsonLinesFileStore.class);

    /** Where the store keeps its lock and state; loaders skip folders whose name starts with an underscore. */
    static final String META_DIR = "_wirestream";
    /** More days at once than this (a replay of old records) and the least recently opened files are closed. */
    private static final int MAX_OPEN_FILES = 32;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final String groupId;
    private final Duration rollInterval;
    private final long rollBytes;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final StateFile stateFile;
    private final ScheduledExecutorService roller;
    private final Map<String, DayFile> open = new LinkedHashMap<>();
    /** Files committed as closing whose rename failed: every state names them until a start finishes them. */
    private final List<StoreState.FileEntry> unfinished = new ArrayList<>();
    private Map<TopicPartition, Long> positions;
    private long nextSequence;

    private JsonLinesFileStore(Path root, String groupId, Duration rollInterval, long rollBytes, Clock clock,
                               FileChannel lockChannel, StoreState state) {
        this.root = root;
        this.groupId = groupId;
        this.rollInterval = rollInterval;
        this.rollBytes = rollBytes;
        this.clock = clock;
        this.lockChannel = lockChannel;
        this.stateFile = new StateFile(root.resolve(META_DIR));
        this.positions = new HashMap<>();
        state.positions().forEach(p -> positions.put(new TopicPartition(p.topic(), p.partition()), p.next()));
        this.nextSequence = state.nextSequence();
        this.roller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "wirestream-file-store-roller");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the store in {@code root}, creating it if needed, and brings the folder back to its last committed
     * state (see the class description).
     *
     * @param rollInterval how long a file stays open at most
     * @param rollBytes    the size at which a file is closed
     * @throws IllegalStateException saying what to change when the folder cannot be used
     */
    public static JsonLinesFileStore open(Path root, String groupId, Duration rollInterval, long rollBytes,
                                          Clock clock) {
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(root.resolve(META_DIR));
            lockChannel = FileChannel.open(root.resolve(META_DIR).resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(lockChannel);
            if (lock == null) {
                throw new IllegalStateException("Another sink uses " + root.toAbsolutePath()
                        + ": a folder belongs to one sink process; give this one another " + SinkConfig.FILE_DIR.name());
            }
            StoreState state = recover(root, groupId, new StateFile(root.resolve(META_DIR)));
            JsonLinesFileStore store = new JsonLinesFileStore(root, groupId, rollInterval, rollBytes, clock,
                    lockChannel, state);
            long period = Math.max(1_000, Math.min(rollInterval.toMillis() / 4, 60_000));
            store.roller.scheduleWithFixedDelay(store::rollDue, period, period, TimeUnit.MILLISECONDS);
            log.info("File store in {} for group {}: {} positions", root.toAbsolutePath(), groupId,
                    state.positions().size());
            return store;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lockChannel);
            if (e instanceof IllegalStateException illegal) {
                throw illegal;
            }
            throw new IllegalStateException("Cannot use " + root.toAbsolutePath() + " as the file store ("
                    + SinkConfig.FILE_DIR.name() + "): " + e, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Brings {@code root} back to its committed state, with every file closed, and returns that state. */
    private static StoreState recover(Path root, String groupId, StateFile stateFile) throws IOException {
        StoreState state = stateFile.read().orElse(new StoreState(groupId, List.of(), List.of(), 0));
        if (!state.groupId().equals(groupId)) {
            throw new IllegalStateException(root.toAbsolutePath() + " holds the articles of consumer group '"
                    + state.groupId() + "', not '" + groupId + "': another group would write every article again "
                    + "beside them. Give it another " + SinkConfig.FILE_DIR.name() + ", or set "
                    + SinkConfig.GROUP_ID.name() + " back to '" + state.groupId() + "'");
        }
        for (StoreState.FileEntry entry : state.files()) {
            finishCommitted(root, entry);
        }
        deleteUncommitted(root);
        StoreState recovered = new StoreState(groupId, state.positions(), List.of(), state.nextSequence());
        stateFile.write(recovered);
        return recovered;
    }

    /** Closes a file the state names: cut to its committed length and renamed, unless that was done already. */
    private static void finishCommitted(Path root, StoreState.FileEntry entry) throws IOException {
        Path temp = root.resolve(entry.temp());
        if (!Files.exists(temp)) {
            if (!Files.exists(root.resolve(entry.name()))) {
                log.error("{} names {} as committed, but neither it nor {} exists: its lines are lost",
                        META_DIR, entry.name(), entry.temp());
            }
            return;
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.truncate(entry.length());
            channel.force(true);
        }
        SyncedFiles.rename(temp, root.resolve(entry.name()));
        log.info("Closed {} ({} bytes), left open by the last run", entry.name(), entry.length());
    }

    /** Deletes the temporary files no state names: they hold only records that were never committed. */
    private static void deleteUncommitted(Path root) throws IOException {
        List<Path> temps;
        try (Stream<Path> days = Files.list(root)) {
            temps = days.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals(META_DIR))
                    .flatMap(JsonLinesFileStore::list).filter(f -> DayFile.isTempName(f.getFileName().toString()))
                    .toList();
        }
        for (Path temp : temps) {
            Files.delete(temp);
            log.info("Deleted {}, written after the last commit; its records will be read again", temp);
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized Map<TopicPartition, Long> positions(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> held = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long next = positions.get(partition);
            if (next != null) {
                held.put(partition, next);
            }
        }
        return held;
    }

    @Override
    public synchronized void write(StoreBatch batch) throws StoreException {
        Instant now = clock.instant();
        Map<DayFile, Long> lengths = new HashMap<>();
        Map<TopicPartition, Long> after = batch.positionsAfter(positions);
        List<DayFile> closing;
        try {
            for (Map.Entry<String, List<ChangeRecord>> day : byDay(batch.changesFrom(positions)).entrySet()) {
                DayFile file = fileOf(day.getKey(), now);
                lengths.put(file, file.append(member(day.getValue())));
            }
            closing = dueFiles(now, lengths);
            stateFile.write(state(after, lengths, closing));
        } catch (IOException | UncheckedIOException e) {
            throw StoreException.unavailable("Cannot write to " + root.toAbsolutePath() + ": " + e, e);
        }
        positions = after;
        lengths.forEach(DayFile::commit);
        finish(closing);
    }

    /** Closes the files that are due, with no write to wait for; run by the roller thread. */
    private synchronized void rollDue() {
        if (lockChannel == null || !lockChannel.isOpen()) {
            return;
        }
        List<DayFile> closing = dueFiles(clock.instant(), Map.of());
        if (closing.isEmpty()) {
            return;
        }
        try {
            stateFile.write(state(positions, Map.of(), closing));
        } catch (IOException e) {
            log.warn("Cannot close {} files in {}, trying again later: {}", closing.size(), root, e.toString());
            return;
        }
        finish(closing);
    }

    private static Map<String, List<ChangeRecord>> byDay(List<ChangeRecord> records) {
        Map<String, List<ChangeRecord>> days = new LinkedHashMap<>();
        for (ChangeRecord record : records) {
            days.computeIfAbsent(LocalDate.ofInstant(record.timestamp(), ZoneOffset.UTC).toString(),
                    d -> new ArrayList<>()).add(record);
        }
        return days;
    }

    private DayFile fileOf(String day, Instant now) throws IOException {
        DayFile file = open.get(day);
        if (file == null) {
            String name = "dt=" + day + "/articles-" + FILE_TIME.format(now) + "-"
                    + String.format("%06d", nextSequence++) + ".jsonl.gz";
            file = DayFile.create(root, name, now);
            open.put(day, file);
        }
        return file;
    }

    /** One gzip member with a line per record. */
    private static byte[] member(List<ChangeRecord> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 64 * 1024)) {
            for (ChangeRecord record : records) {
                gzip.write(Json.mapper().writeValueAsBytes(ChangeLine.of(record)));
                gzip.write('\n');
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The files to close now: open for {@code sink.file.roll.interval}, as large as {@code sink.file.roll.size}
     * with {@code lengths} (the lengths a write is about to commit), or, past {@value #MAX_OPEN_FILES} open
     * files, the oldest.
     */
    private List<DayFile> dueFiles(Instant now, Map<DayFile, Long> lengths) {
        List<DayFile> due = new ArrayList<>();
        List<DayFile> rest = new ArrayList<>();
        for (DayFile file : open.values()) {
            boolean old = !file.openedAt().plus(rollInterval).isAfter(now);
            boolean full = lengths.getOrDefault(file, file.committed()) >= rollBytes;
            (old || full ? due : rest).add(file);
        }
        rest.sort(Comparator.comparing(DayFile::openedAt));
        due.addAll(rest.subList(0, Math.max(0, rest.size() - MAX_OPEN_FILES)));
        return due;
    }

    private StoreState state(Map<TopicPartition, Long> at, Map<DayFile, Long> lengths, List<DayFile> closing) {
        List<StoreState.Position> list = at.entrySet().stream()
                .map(e -> new StoreState.Position(e.getKey().topic(), e.getKey().partition(), e.getValue()))
                .sorted(Comparator.comparing(StoreState.Position::topic).thenComparing(StoreState.Position::partition))
                .toList();
        List<StoreState.FileEntry> files = new ArrayList<>(unfinished);
        for (DayFile file : open.values()) {
            long length = lengths.getOrDefault(file, file.committed());
            if (length > 0) {
                files.add(new StoreState.FileEntry(file.temp(), file.name(), length, closing.contains(file)));
            }
        }
        return new StoreState(groupId, list, files, nextSequence);
    }

    /**
     * Closes {@code files}, which the committed state marks as closing. A failure leaves them for the next
     * start, which finishes what the state names.
     */
    private void finish(List<DayFile> files) {
        for (DayFile file : files) {
            open.values().remove(file);
            try {
                file.finish(root);
                log.debug("Closed {}", file.name());
            } catch (IOException e) {
                log.warn("Cannot close {}; the next start will: {}", file.name(), e.toString());
                closeQuietly(file);
                unfinished.add(new StoreState.FileEntry(file.temp(), file.name(), file.committed(), true));
            }
        }
    }

    @Override
    public String location() {
        return root.toAbsolutePath().toString();
    }

    /** Closes every open file, making it visible under its final name, and releases the folder. */
    @Override
    public synchronized void close() {
        if (!lockChannel.isOpen()) {
            return;
        }
        roller.shutdownNow();
        List<DayFile> all = new ArrayList<>(open.values());
        try {
            stateFile.write(state(positions, Map.of(), all));
            finish(all);
        } catch (IOException e) {
            log.warn("Cannot close the files of {}; the next start will: {}", root, e.toString());
            all.forEach(JsonLinesFileStore::closeQuietly);
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            log.debug("Ignoring a failure to close {}: {}", closeable, e.toString());
        }
    }
}
