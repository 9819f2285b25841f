package io.wirestream.sink.file;

import io.wirestream.core.record.Article;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreContract;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on JSON Lines files in a temporary folder. */
class JsonLinesFileStoreContractTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    protected Store open() {
        return JsonLinesFileStore.open(dir, GROUP, Duration.ofMinutes(15), 128L << 20, Clock.systemUTC());
    }

    @Override
    protected Optional<Article> read(String id) throws Exception {
        return new FileStoreFiles(dir).article(id);
    }
}
