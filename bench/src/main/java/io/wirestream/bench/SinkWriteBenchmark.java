package io.wirestream.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.core.record.Article;
import io.wirestream.core.topic.Topics;
import io.wirestream.enrich.ArticlePipeline;
import io.wirestream.sink.postgres.Database;
import io.wirestream.sink.postgres.PostgresStore;
import io.wirestream.sink.store.ArticleChange;
import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import io.wirestream.testkit.TestDatabase;
import io.wirestream.testkit.TestInfrastructure;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles written per second into PostgreSQL by the sink's store, with their entities, mentions, quotes and
 * positions, in batches of {@value #BATCH} as the consumer writes them. The articles are the evaluation
 * kit's enrichment texts run through the real enricher, so bodies, entities and quotes have the sizes of real
 * articles; each write gives them new ids, so the tables grow as in production. One operation is one article.
 *
 * <p>Writes to a fresh database on the test PostgreSQL ({@code TestInfrastructure}: 127.0.0.1:5432 unless
 * {@code WIRESTREAM_TEST_JDBC_URL} names another), dropped at the end.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class SinkWriteBenchmark {

    private static final int BATCH = 500;
    /** As many as the topic has by default; the records of a batch are spread over them as the consumer's are. */
    private static final int PARTITIONS = 3;

    /** Partitions written at once ({@code sink.write.parallelism}). */
    @Param({"1", "2", "3"})
    public int parallelism;

    /**
     * {@code all}: the schema as migrated. {@code keys}: only the primary keys, every other index (the
     * full-text one and those the query API lists by) dropped: what storing the rows alone costs, to compare.
     */
    @Param({"all"})
    public String indexes;

    private List<Article> articles;
    private TestDatabase database;
    private HikariDataSource dataSource;
    private PostgresStore store;
    private long offset;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        articles = new ArrayList<>();
        ArticlePipeline pipeline = ArticlePipeline.standard();
        OffsetDateTime published = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (EvalData.Text text : EvalData.enrichmentTexts()) {
            Article a = pipeline.fromText(text.id(), text.title(), text.body());
            articles.add(new Article(a.id(), "https://news.example.com/" + a.id(), null, "news.example.com",
                    a.title(), List.of("A. Writer"), published, "en", a.body(), a.entities(), a.quotes(),
                    a.enrichedAt(), a.extractorVersion()));
        }
        database = TestInfrastructure.newDatabase();
        dataSource = Database.connect(database.jdbcUrl(), database.user(), database.password(), parallelism + 1);
        Database.migrate(dataSource);
        switch (indexes) {
            case "all" -> { }
            case "keys" -> dropAllButPrimaryKeys();
            default -> throw new IllegalArgumentException("indexes must be all or keys, not " + indexes);
        }
        store = new PostgresStore(dataSource, "bench", database.jdbcUrl(), parallelism);
    }

    private void dropAllButPrimaryKeys() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$
                    DECLARE index_name text;
                    BEGIN
                        FOR index_name IN SELECT i.indexrelid::regclass::text FROM pg_index i
                                JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                                WHERE n.nspname = 'public' AND NOT i.indisprimary LOOP
                            EXECUTE 'DROP INDEX ' || index_name;
                        END LOOP;
                    END $$""");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
        dataSource.close();
        database.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void writeBatch() throws StoreException {
        List<ChangeRecord> batch = new ArrayList<>(BATCH);
        Map<TopicPartition, Long> next = new HashMap<>();
        Instant now = Instant.now();
        for (int i = 0; i < BATCH; i++) {
            TopicPartition partition = new TopicPartition(Topics.ARTICLES.name(), (int) (offset % PARTITIONS));
            Article a = articles.get((int) (offset % articles.size()));
            Article copy = new Article(a.id() + "-" + offset, a.url() + "-" + offset, a.canonicalUrl(), a.source(),
                    a.title(), a.authors(), a.publishedAt().plusSeconds(offset), a.language(), a.body(), a.entities(),
                    a.quotes(), a.enrichedAt(), a.extractorVersion());
            // Offsets need only grow within each partition: one counter serves all.
            batch.add(new ChangeRecord(partition, offset, now, ArticleChange.upsert(copy)));
            next.put(partition, offset + 1);
            offset++;
        }
        store.write(new StoreBatch(batch, next));
    }
}
