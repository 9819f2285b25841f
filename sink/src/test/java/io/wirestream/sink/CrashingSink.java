package io.wirestream.sink;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.sink.file.JsonLinesFileStore;
import io.wirestream.sink.postgres.Database;
import io.wirestream.sink.postgres.PostgresStore;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;

/**
 * A sink process that dies, as by {@code kill -9}, at a chosen point of its N-th write: the child JVM of
 * {@link SinkCrashTest}. {@link Runtime#halt} skips shutdown hooks and every {@code finally}: nothing is
 * flushed or committed on the way out.
 *
 * <p>Arguments: bootstrap servers, store ({@code jdbc:...} or {@code file:FOLDER}), consumer group, crash point,
 * the write to die in.
 */
public final class CrashingSink {

    /** Where in its write the process dies. */
    public enum CrashPoint {
        /** Before the write starts: between two batches. */
        BEFORE_WRITE,
        /** Inside the database transaction, the rows sent, before COMMIT (PostgreSQL only). */
        BEFORE_COMMIT,
        /** After the store committed rows and positions, before Kafka hears of it. */
        AFTER_WRITE
    }

    /** The exit status of a process that died on purpose. */
    public static final int HALTED = 137;

    private CrashingSink() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String store = args[1];
        String group = args[2];
        CrashPoint point = CrashPoint.valueOf(args[3]);
        int write = Integer.parseInt(args[4]);
        Store opened = store.startsWith("file:")
                ? JsonLinesFileStore.open(Path.of(store.substring(5)), group, Duration.ofMinutes(15), 128L << 20,
                Clock.systemUTC())
                : new PostgresStore(point == CrashPoint.BEFORE_COMMIT ? haltingOnCommit(dataSource(store), write)
                : dataSource(store), group, store);
        KafkaSettings kafka = SinkCrashTest.restartable(bootstrap);
        SinkService.start(SinkKafka.config(group, Map.of("sink.batch.size", "100", "sink.batch.linger", "0s")),
                kafka, new HaltingStore(opened, point, write), new SimpleMeterRegistry());
        Thread.sleep(Duration.ofMinutes(2).toMillis());
        // Never reached the write to die in: the test fails on this status.
        Runtime.getRuntime().halt(3);
    }

    private static DataSource dataSource(String jdbcUrl) {
        return Database.connect(jdbcUrl, "postgres", "", 2);
    }

    /** {@code dataSource} whose connections halt the process on the {@code n}-th commit, before committing. */
    private static DataSource haltingOnCommit(DataSource dataSource, int n) {
        AtomicInteger commits = new AtomicInteger();
        return (DataSource) Proxy.newProxyInstance(CrashingSink.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, dataSource, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(CrashingSink.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("commit") && commits.incrementAndGet() == n) {
                                    Runtime.getRuntime().halt(HALTED);
                                }
                                return invoke(m, connection, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A store that halts the process before or after its {@code n}-th write. */
    private record HaltingStore(Store store, CrashPoint point, int n, AtomicInteger writes) implements Store {

        HaltingStore(Store store, CrashPoint point, int n) {
            this(store, point, n, new AtomicInteger());
        }

        @Override
        public Map<TopicPartition, Long> positions(Collection<TopicPartition> partitions) throws StoreException {
            return store.positions(partitions);
        }

        @Override
        public void write(StoreBatch batch) throws StoreException {
            boolean last = writes.incrementAndGet() == n;
            if (last && point == CrashPoint.BEFORE_WRITE) {
                Runtime.getRuntime().halt(HALTED);
            }
            store.write(batch);
            if (last && point == CrashPoint.AFTER_WRITE) {
                Runtime.getRuntime().halt(HALTED);
            }
        }

        @Override
        public String location() {
            return store.location();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
