package io.wirestream.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.sink.SinkConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsRowsAcrossARestartOnTheSameFolder() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0);
             HikariDataSource dataSource = connect(server)) {
            Database.migrate(dataSource);
            try (Connection c = dataSource.getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO articles (id, url) VALUES (?, ?)")) {
                insert.setString(1, "a1");
                insert.setString(2, "https://example.com/a1");
                insert.executeUpdate();
            }
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0);
             HikariDataSource dataSource = connect(server);
             Connection c = dataSource.getConnection();
             // Durable commits, unlike zonky's defaults for throwaway test databases: this one keeps data.
             PreparedStatement query = c.prepareStatement("SELECT id, current_setting('fsync') AS fsync, "
                     + "current_setting('synchronous_commit') AS sync FROM articles");
             ResultSet rows = query.executeQuery()) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("id")).isEqualTo("a1");
            assertThat(rows.getString("fsync")).isEqualTo("on");
            assertThat(rows.getString("sync")).isEqualTo("on");
            assertThat(rows.next()).isFalse();
            assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://localhost:").endsWith("/wirestream");
        }
    }

    @Test
    void aFolderInUseIsReportedWithTheKeysToChange() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Cannot start the embedded PostgreSQL in " + dataDir.toAbsolutePath())
                    .hasMessageContaining(SinkConfig.JDBC_URL.envName());
        }
    }

    private static HikariDataSource connect(EmbeddedPostgresServer server) {
        return Database.connect(server.jdbcUrl(), server.user(), server.password(), 2);
    }
}
