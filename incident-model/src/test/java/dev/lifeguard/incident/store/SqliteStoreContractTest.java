package dev.lifeguard.incident.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file. */
class SqliteStoreContractTest extends IncidentStoreContract {

    @TempDir
    Path dir;

    private final AtomicInteger files = new AtomicInteger();

    @Override
    StoreTarget newTarget() {
        return new SqliteTarget(dir.resolve("store-" + files.incrementAndGet() + ".db"));
    }

    @Override
    StoreTarget otherKindTarget() throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.get();
        assumeTrue(server != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
        return server.newDatabase();
    }
}
