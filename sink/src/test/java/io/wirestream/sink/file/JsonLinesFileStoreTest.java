package io.wirestream.sink.file;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestBatches.P0;
import static io.wirestream.sink.TestBatches.batch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.wirestream.sink.SinkConfig;
import io.wirestream.sink.store.ArticleChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the file store lays out, closes and recovers its files; what every store does is in StoreContract. */
class JsonLinesFileStoreTest {

    private static final Instant NOW = Instant.parse("2026-01-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void writesOneHiddenFilePerDayOfTheRecordsAndNamesItOnlyWhenClosed() throws Exception {
        FileStoreFiles files = new FileStoreFiles(dir);
        try (JsonLinesFileStore store = open(Duration.ofMinutes(15), 1L << 20)) {
            store.write(batch(P0, 0, Instant.parse("2026-01-01T23:59:59Z"), ArticleChange.upsert(article("a1"))));
            store.write(batch(P0, 1, Instant.parse("2026-01-02T00:00:00Z"), ArticleChange.upsert(article("a2")),
                    ArticleChange.delete("a1")));
            store.write(batch(P0, 3, Instant.parse("2026-01-02T08:00:00Z"), ArticleChange.upsert(article("a3"))));

            assertThat(files.closed()).isEmpty();
            assertThat(files.open()).containsExactly(
                    "dt=2026-01-01/.articles-20260102T100000Z-000000.jsonl.gz.inprogress",
                    "dt=2026-01-02/.articles-20260102T100000Z-000001.jsonl.gz.inprogress");
        }

        assertThat(files.open()).isEmpty();
        assertThat(files.closed()).containsExactly("dt=2026-01-01/articles-20260102T100000Z-000000.jsonl.gz",
                "dt=2026-01-02/articles-20260102T100000Z-000001.jsonl.gz");
        // Two writes to the day made two gzip members, which read as one stream of lines.
        List<ChangeLine> second = FileStoreFiles.lines(dir.resolve(files.closed().get(1)));
        assertThat(second).extracting(ChangeLine::op, ChangeLine::id, ChangeLine::offset).containsExactly(
                tuple("upsert", "a2", 1L), tuple("delete", "a1", 2L), tuple("upsert", "a3", 3L));
        assertThat(second.get(0).topic()).isEqualTo("news.articles.v1");
        assertThat(second.get(0).timestamp()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(second.get(0).article().title()).isEqualTo("Title of a2");
        assertThat(second.get(1).article()).isNull();
    }

    @Test
    void closesAFileOnceItReachesTheRollSize() throws Exception {
        FileStoreFiles files = new FileStoreFiles(dir);
        try (JsonLinesFileStore store = open(Duration.ofMinutes(15), 100)) {
            store.write(batch(P0, 0, ArticleChange.upsert(article("a1"))));

            assertThat(files.closed()).hasSize(1);
            assertThat(files.open()).isEmpty();

            store.write(batch(P0, 1, ArticleChange.upsert(article("a2"))));

            assertThat(files.closed()).hasSize(2);
        }
    }

    @Test
    void closesAFileOnceItIsOpenForTheRollIntervalWithoutAnotherWrite() throws Exception {
        FileStoreFiles files = new FileStoreFiles(dir);
        try (JsonLinesFileStore store = JsonLinesFileStore.open(dir, "group", Duration.ofMillis(200), 1L << 20,
                Clock.systemUTC())) {
            store.write(batch(P0, 0, ArticleChange.upsert(article("a1"))));

            await().atMost(Duration.ofSeconds(30)).until(() -> files.closed().size() == 1);
            assertThat(files.open()).isEmpty();
        }
    }

    @Test
    void aRestartCutsTheBytesOfAWriteThatNeverCommittedAndDeletesFilesNoCommitNamed() throws Exception {
        FileStoreFiles files = new FileStoreFiles(dir);
        try (JsonLinesFileStore store = open(Duration.ofMinutes(15), 1L << 20)) {
            store.write(batch(P0, 0, ArticleChange.upsert(article("a1"))));
            simulateCrash(store);
        }
        // What a crash in the middle of the next write leaves: bytes appended to the open file and a new file of
        // another day, neither named by the state.
        Path open = dir.resolve(files.open().get(0));
        long committed = Files.size(open);
        Files.write(open, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}, StandardOpenOption.APPEND);
        Path stray = Files.createDirectories(dir.resolve("dt=2026-01-03"))
                .resolve(".articles-20260102T100000Z-000009.jsonl.gz.inprogress");
        Files.write(stray, new byte[] {0x1f, (byte) 0x8b});

        try (JsonLinesFileStore store = open(Duration.ofMinutes(15), 1L << 20)) {
            assertThat(store.positions(List.of(P0))).isEqualTo(Map.of(P0, 1L));
            assertThat(files.open()).isEmpty();
            assertThat(files.closed()).containsExactly("dt=2026-01-02/articles-20260102T100000Z-000000.jsonl.gz");
            assertThat(Files.size(dir.resolve(files.closed().get(0)))).isEqualTo(committed);
            assertThat(Files.exists(stray)).isFalse();
            assertThat(files.ids()).containsExactly("a1");

            store.write(batch(P0, 1, ArticleChange.upsert(article("a2"))));
        }
        assertThat(files.ids()).containsExactly("a1", "a2");
    }

    @Test
    void aFolderBelongsToOneProcessAndOneGroup() {
        JsonLinesFileStore first = open(Duration.ofMinutes(15), 1L << 20);
        assertThatThrownBy(() -> open(Duration.ofMinutes(15), 1L << 20))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Another sink uses " + dir.toAbsolutePath())
                .hasMessageContaining(SinkConfig.FILE_DIR.name());
        first.close();

        assertThatThrownBy(() -> JsonLinesFileStore.open(dir, "another-group", Duration.ofMinutes(15), 1L << 20,
                CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds the articles of consumer group 'group', not 'another-group'")
                .hasMessageContaining(SinkConfig.GROUP_ID.name());
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedWithTheKey() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> JsonLinesFileStore.open(file, "group", Duration.ofMinutes(15), 1L << 20, CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot use " + file.toAbsolutePath())
                .hasMessageContaining(SinkConfig.FILE_DIR.name());
    }

    private JsonLinesFileStore open(Duration rollInterval, long rollBytes) {
        return JsonLinesFileStore.open(dir, "group", rollInterval, rollBytes, CLOCK);
    }

    /**
     * Lets go of {@code store}, leaving its folder as a process killed now would: the renames close() makes
     * are undone and the state file put back as it was before close() rewrote it.
     */
    private void simulateCrash(JsonLinesFileStore store) throws IOException {
        Path state = dir.resolve(JsonLinesFileStore.META_DIR).resolve("state.json");
        byte[] committed = Files.readAllBytes(state);
        List<String> open = new FileStoreFiles(dir).open();
        store.close();
        for (String temp : open) {
            Path tempPath = dir.resolve(temp);
            String name = tempPath.getFileName().toString();
            Path closed = tempPath.resolveSibling(name.substring(1, name.length() - ".inprogress".length()));
            if (Files.exists(closed)) {
                Files.move(closed, tempPath);
            }
        }
        Files.write(state, committed);
    }
}
