package dev.lifeguard.poolsim.real;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.lifeguard.poolsim.load.RequestSpec;
import dev.lifeguard.poolsim.result.RunRecorder;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * The real engine's request path next to bare HikariCP doing the same work, for the overhead benchmark
 * ({@code dev.lifeguard.poolsim.bench.RealEngineBench}). Both pools sit on the same SQLite file.
 */
public final class RealBenchAccess implements AutoCloseable {

    private final Path dir;
    private final HikariDataSource bare;
    private final SimulatedDatabase database;
    private final PoolInstance pool;
    private final RequestExecutor executor;
    private final RequestSpec spec = new RequestSpec(0, -1, 0, 0, 0, 1, false, false);
    private final SimClock clock = new SimClock(1);

    /** Opens both pools with {@code scenario}'s pool settings (its maximumPoolSize connections each). */
    public RealBenchAccess(Scenario scenario) throws Exception {
        dir = Files.createTempDirectory(RealEngine.TEMP_PREFIX);
        clock.start();
        database = new SimulatedDatabase(dir.resolve("sim.db"), scenario.database(), clock, () -> false);
        database.initialise();
        CompressionPlan plan = Compression.plan(scenario, 1, TimeoutFloor.lower());
        pool = new PoolInstance(
                "engine",
                scenario.hikariMapping().hikari(),
                scenario.hikariMapping().hikari().effective().hikari(),
                plan,
                new ModelDataSource(database),
                "lifeguard-sim-bench",
                clock);
        executor = new RequestExecutor(clock, new RunRecorder(), () -> false);
        HikariConfig config = new HikariConfig();
        config.setPoolName("bare");
        // The same driver path as the model's connections (DriverManager), so only the harness differs.
        config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("sim.db").toAbsolutePath());
        config.setMaximumPoolSize(scenario.hikariMapping().hikari().maximumPoolSize());
        config.setMinimumIdle(scenario.hikariMapping().hikari().maximumPoolSize());
        bare = new HikariDataSource(config);
    }

    /** {@code n} engine requests with no hold: borrow, the real statement, return, recorded. Returns nanoseconds. */
    public long engine(int n) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            executor.execute(spec, pool);
        }
        return System.nanoTime() - t0;
    }

    /** {@code n} bare HikariCP borrow, statement, return cycles. Returns nanoseconds. */
    public long bare(int n) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            try (Connection c = bare.getConnection()) {
                RequestExecutor.query(c);
            }
        }
        return System.nanoTime() - t0;
    }

    /** {@code n} bare HikariCP getConnection()/close() with nothing in between. Returns nanoseconds. */
    public long bareBorrowOnly(int n) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            bare.getConnection().close();
        }
        return System.nanoTime() - t0;
    }

    @Override
    public void close() {
        pool.close();
        bare.close();
        database.closeAll();
        TempFiles.deleteTree(dir);
    }
}
