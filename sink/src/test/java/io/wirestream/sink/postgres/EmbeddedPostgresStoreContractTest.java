package io.wirestream.sink.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.core.record.Article;
import io.wirestream.sink.MigratedDatabase;
import io.wirestream.sink.api.ArticleReader;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded PostgreSQL that {@code run} uses by default, another major version. */
class EmbeddedPostgresStoreContractTest extends StoreContract {

    @TempDir
    static Path dataDir;

    private static EmbeddedPostgresServer server;
    private static HikariDataSource dataSource;

    @BeforeAll
    static void startServer() {
        server = EmbeddedPostgresServer.start(dataDir, 0);
        dataSource = Database.connect(server.jdbcUrl(), server.user(), server.password(), 2);
        Database.migrate(dataSource);
    }

    @AfterAll
    static void stopServer() {
        dataSource.close();
        server.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE sink_positions, " + String.join(", ", MigratedDatabase.TABLES));
        }
    }

    @Override
    protected Store open() {
        return new PostgresStore(dataSource, GROUP, server.jdbcUrl());
    }

    @Override
    protected Optional<Article> read(String id) throws Exception {
        return new ArticleReader(dataSource).byId(id);
    }
}
