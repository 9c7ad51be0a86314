package dev.lifeguard.incident.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real, throwaway PostgreSQL server. */
class PostgresStoreContractTest extends IncidentStoreContract {

    @TempDir
    Path dir;

    private final AtomicInteger files = new AtomicInteger();
    private ThrowawayPostgres server;

    @BeforeEach
    void server() throws Exception {
        server = ThrowawayPostgres.get();
        assumeTrue(server != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
    }

    @Override
    StoreTarget newTarget() throws Exception {
        return server.newDatabase();
    }

    @Override
    StoreTarget otherKindTarget() {
        return new SqliteTarget(dir.resolve("other-" + files.incrementAndGet() + ".db"));
    }
}
