package io.wirestream.sink.postgres;

import io.wirestream.core.record.Article;
import io.wirestream.sink.MigratedDatabase;
import io.wirestream.sink.api.ArticleReader;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreContract;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on the real PostgreSQL server. */
class PostgresStoreContractTest extends StoreContract {

    @RegisterExtension
    static final MigratedDatabase db = MigratedDatabase.perTestClass();

    @Override
    protected Store open() {
        return new PostgresStore(db.dataSource(), GROUP, db.database().jdbcUrl());
    }

    @Override
    protected Optional<Article> read(String id) throws Exception {
        return new ArticleReader(db.dataSource()).byId(id);
    }
}
