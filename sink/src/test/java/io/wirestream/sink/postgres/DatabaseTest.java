package io.wirestream.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.sink.MigratedDatabase;
import io.wirestream.sink.SinkConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.core.config.WirestreamConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseTest {

    @RegisterExtension
    static final MigratedDatabase db = MigratedDatabase.perTestClass();

    @Test
    void migrationCreatesTheTablesWithTheirFullTextAndListingIndexes() throws SQLException {
        assertThat(db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_name <> 'flyway_schema_history'"))
                .extracting(row -> row.get("table_name"))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(MigratedDatabase.TABLES.stream(),
                        Stream.of("sink_positions")).toList());
        assertThat(db.query("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles'"))
                .extracting(row -> row.get("indexname") + ": " + row.get("indexdef"))
                .anySatisfy(index -> assertThat(index).startsWith("articles_search:").contains("USING gin (search)"))
                .anySatisfy(index -> assertThat(index).startsWith("articles_listed:")
                        .contains("listed_at DESC, id DESC"));
        // Computed by the sink (SearchVector), not by PostgreSQL.
        assertThat(db.query("SELECT data_type, is_generated FROM information_schema.columns "
                + "WHERE table_name = 'articles' AND column_name = 'search'"))
                .containsExactly(Map.of("data_type", "tsvector", "is_generated", "NEVER"));
    }

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() throws SQLException {
        long applied = db.count("flyway_schema_history");

        Database.migrate(db.dataSource());

        assertThat(db.count("flyway_schema_history")).isEqualTo(applied);
    }

    @Test
    void connectionsCarryTheStatementAndSocketTimeoutsOfTheConfiguration() throws SQLException {
        WirestreamConfig config = WirestreamConfig.resolve(List.of(SinkConfig.GROUP), Map.of(),
                Map.of("sink.jdbc.statement.timeout", "7s", "sink.jdbc.socket.timeout", "42s"));
        try (HikariDataSource dataSource = Database.connect(db.database().jdbcUrl(), db.database().user(),
                db.database().password(), config);
             Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW statement_timeout")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("7s");
            assertThat(connection.getNetworkTimeout()).isEqualTo(42_000);
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedWithItsUrlAndTheKeysToSet() {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere";

        assertThatThrownBy(() -> Database.connect(url, "postgres", "", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("Connection refused")
                .hasMessageContaining(SinkConfig.JDBC_URL.envName());
    }
}
