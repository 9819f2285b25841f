package io.wirestream.sink;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.sink.postgres.Database;
import io.wirestream.testkit.TestDatabase;
import io.wirestream.testkit.TestInfrastructure;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database from {@link TestInfrastructure} with the sink's schema, and queries tests check it with.
 * Either made by a test, which closes it, or registered as a static extension ({@link #perTestClass()}),
 * which makes it before the class's tests, empties it before each and drops it after them.
 */
public final class MigratedDatabase implements AutoCloseable, BeforeAllCallback, BeforeEachCallback,
        AfterAllCallback {

    public static final List<String> TABLES = List.of("articles", "entities", "article_entities", "quotes");

    private TestDatabase database;
    private HikariDataSource dataSource;

    public MigratedDatabase() {
        this(true);
    }

    private MigratedDatabase(boolean open) {
        if (open) {
            open();
        }
    }

    /**
     * A database for {@code @RegisterExtension static}: made before the class's tests, emptied before each,
     * dropped after them.
     */
    public static MigratedDatabase perTestClass() {
        return new MigratedDatabase(false);
    }

    private void open() {
        database = TestInfrastructure.newDatabase();
        dataSource = Database.connect(database.jdbcUrl(), database.user(), database.password(), 4);
        Database.migrate(dataSource);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        truncate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public TestDatabase database() {
        return database;
    }

    /** Empties every table of the sink, positions included. */
    public void truncate() throws SQLException {
        update("TRUNCATE sink_positions, " + String.join(", ", TABLES));
    }

    public void update(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Rows of {@code table}. */
    public long count(String table) throws SQLException {
        return ((Number) query("SELECT count(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    /** Row counts of every table, by table. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, count(table));
        }
        return counts;
    }

    /** Every row of {@code sql}'s result with {@code params}, each as column to value. */
    public List<Map<String, Object>> query(String sql, Object... params) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                readRows(rs, rows);
            }
        }
        return rows;
    }

    /** Adds each row of {@code rs} to {@code rows}, with SQL arrays as lists so that rows compare by value. */
    private static void readRows(ResultSet rs, List<Map<String, Object>> rows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
            Map<String, Object> row = new TreeMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                row.put(meta.getColumnLabel(i), value instanceof Array array ? List.of((Object[]) array.getArray())
                        : value);
            }
            rows.add(row);
        }
    }

    /** Every row of every table, in a stable order, to compare the whole store before and after. */
    public Map<String, List<Map<String, Object>>> snapshot() throws SQLException {
        Map<String, List<Map<String, Object>>> snapshot = new TreeMap<>();
        for (String table : TABLES) {
            snapshot.put(table, query("SELECT * FROM " + table + " ORDER BY 1, 2, 3"));
        }
        return snapshot;
    }

    @Override
    public void close() {
        dataSource.close();
        database.close();
    }
}
