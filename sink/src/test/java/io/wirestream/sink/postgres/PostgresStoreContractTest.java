package io.wirestream.sink.postgres;

import io.wirestream.core.record.Article;
import io.wirestream.sink.MigratedDatabase;
import io.wirestream.sink.api.ArticleReader;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreContract;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on the real PostgreSQL server. */
class PostgresStoreContractTest extends StoreContract {

    private static MigratedDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = new MigratedDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void empty() throws Exception {
        db.truncate();
    }

    @Override
    protected Store open() {
        return new PostgresStore(db.dataSource(), GROUP, db.database().jdbcUrl());
    }

    @Override
    protected Optional<Article> read(String id) throws Exception {
        return new ArticleReader(db.dataSource()).byId(id);
    }
}
