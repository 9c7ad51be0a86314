package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.DatabaseDialect;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.RestartEvent;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database model behind the real engine: cap, restarts, fleets, leaks. */
class DatabaseModelTest {

    @TempDir
    Path dir;

    @Test
    void connect_atMaxConnections_failsAsPostgresDoes() throws SQLException {
        SimClock clock = new SimClock(1);
        clock.start();
        SimulatedDatabase db =
                new SimulatedDatabase(dir.resolve("db"), new DatabaseModel(2, null, 1, List.of()), clock, () -> false);
        db.initialise();
        List<Connection> open = new ArrayList<>(List.of(db.connect(), db.connect()));

        assertThatThrownBy(db::connect)
                .isInstanceOf(SQLException.class)
                .hasMessage("FATAL: sorry, too many clients already")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("53300"));
        open.get(0).close();
        open.add(db.connect());

        assertThat(db.stats().refused()).isEqualTo(1);
        assertThat(db.stats().peakOpen()).isEqualTo(2);
        db.closeAll();
        assertThat(db.openNow()).isZero();
    }

    @Test
    void connect_atMaxConnectionsOnMysql_failsAsMysqlDoes() throws SQLException {
        SimClock clock = new SimClock(1);
        clock.start();
        SimulatedDatabase db = new SimulatedDatabase(
                dir.resolve("db"), new DatabaseModel(1, null, 1, List.of(), DatabaseDialect.MYSQL), clock, () -> false);
        db.initialise();
        db.connect();

        assertThatThrownBy(db::connect)
                .isInstanceOf(SQLException.class)
                .hasMessage("Too many connections")
                .satisfies(e -> {
                    assertThat(((SQLException) e).getSQLState()).isEqualTo("08004");
                    assertThat(((SQLException) e).getErrorCode()).isEqualTo(1040);
                });
        db.closeAll();
    }

    @Test
    void restart_breaksOpenConnectionsAndRefusesUntilItEnds() throws Exception {
        AtomicLong now = new AtomicLong();
        SimClock clock = new SimClock(1, now::get);
        clock.start();
        RestartEvent restart = new RestartEvent(SimDuration.parse("50ms"), SimDuration.parse("100ms"));
        SimulatedDatabase db = new SimulatedDatabase(
                dir.resolve("db"), new DatabaseModel(0, null, 1, List.of(restart)), clock, () -> false);
        db.initialise();
        Connection before = db.connect();
        assertThat(before.isValid(1)).isTrue();

        now.set(80_000_000L);

        assertThat(before.isValid(1)).isFalse();
        assertThatThrownBy(() -> before.prepareStatement(RequestExecutor.STATEMENT))
                .hasMessage("FATAL: terminating connection due to administrator command");
        assertThatThrownBy(db::connect).hasMessageContaining("Connection refused");
        now.set(160_000_000L);
        try (Connection after = db.connect()) {
            RequestExecutor.query(after);
        }
        assertThat(db.stats().broken()).isEqualTo(1);
        assertThat(db.stats().failed()).isEqualTo(1);
        db.closeAll();
    }

    @Test
    void fleet_threeInstancesOverACap_refusedAndTimeoutsCarryHikariMessages() throws Exception {
        String json = """
                {"format": "lifeguard.scenario/1", "name": "fleet", "seed": 3, "duration": "2s",
                 "pool": {"kind": "hikari", "maximumPoolSize": 10, "minimumIdle": 2, "connectionTimeout": 500,
                          "validationTimeout": 250},
                 "database": {"maxConnections": 20, "instances": 3},
                 "load": {"phases": [{"type": "burst", "count": 45}]},
                 "request": {"hold": {"dist": "constant", "value": "1s"}}}
                """;

        SimulationResult r = new RealEngine()
                .run(Scenarios.read(json, "fleet.json"), RunControl.defaults().speed(1.0));

        // 3 pools of 10 share 20 server connections: the database refuses the rest, so some requests time out.
        assertThat(r.database().peakOpen()).isEqualTo(20);
        assertThat(r.database().refused()).isPositive();
        assertThat(r.instanceSeries())
                .hasSize(3)
                .extracting(s -> s.pool())
                .containsExactly("HikariPool-1", "HikariPool-2", "HikariPool-3");
        assertThat(r.served()).isLessThanOrEqualTo(20 + 20);
        assertThat(r.timeouts()).isPositive();
        assertThat(r.timeoutMessages())
                .allSatisfy(m -> assertThat(m)
                        .matches("HikariPool-[123] - Connection is not available, request timed out after \\d+ms"
                                + " \\(total=\\d+, active=\\d+, idle=\\d+, waiting=\\d+\\)"));
        assertThat(r.series().samples()).allSatisfy(s -> assertThat(s.max()).isEqualTo(30));
    }

    @Test
    void leak_withLeakDetection_capturesHikariWarningWordForWord() throws Exception {
        String json = """
                {"format": "lifeguard.scenario/1", "name": "leak", "seed": 1, "duration": "3s",
                 "pool": {"kind": "hikari", "maximumPoolSize": 2, "minimumIdle": 2, "connectionTimeout": 1000,
                          "leakDetectionThreshold": 2000, "validationTimeout": 250, "maxLifetime": 60000},
                 "load": {"phases": [{"type": "burst", "count": 1}]},
                 "request": {"hold": {"dist": "constant", "value": "100ms"}, "leakProbability": 1.0}}
                """;

        SimulationResult r = new RealEngine()
                .run(Scenarios.read(json, "leak.json"), RunControl.defaults().speed(1.0));

        assertThat(r.leaked()).isEqualTo(1);
        assertThat(r.leakMessages())
                .singleElement()
                .asString()
                .matches("Connection leak detection triggered for org\\.sqlite\\.jdbc4\\.JDBC4Connection@[0-9a-f]+ on"
                        + " thread lifeguard-sim-\\d+ request \\d+, stack trace follows");
    }

    @Test
    void restart_underLoad_breaksThePoolWhichRecoversAfterwards() throws Exception {
        String json = """
                {"format": "lifeguard.scenario/1", "name": "restart", "seed": 3, "duration": "20s",
                 "pool": {"kind": "hikari", "maximumPoolSize": 10, "minimumIdle": 10, "connectionTimeout": 5000,
                          "validationTimeout": 1000},
                 "database": {"connectLatency": "5ms", "events": [{"type": "restart", "at": "5s", "duration": "3s"}]},
                 "load": {"phases": [{"type": "constant", "rate": 50, "duration": "20s"}]},
                 "request": {"hold": {"dist": "exponential", "mean": "20ms"}}}
                """;
        Scenario scenario = Scenarios.read(json, "restart.json");

        SimulationResult r = new RealEngine().run(scenario, RunControl.defaults());

        // Every pooled connection was open when the server went down, and connects failed while it was down.
        assertThat(r.database().broken()).isGreaterThanOrEqualTo(10);
        assertThat(r.database().failed()).isPositive();
        assertThat(r.series().samples())
                .filteredOn(s -> s.at().getEpochSecond() >= 6 && s.at().getEpochSecond() <= 7)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.total()).isZero());
        // HikariCP reconnects once the server is back: the pool is full again at the end and most requests were served.
        assertThat(r.series().samples().get(r.series().samples().size() - 1).total())
                .isEqualTo(10);
        assertThat(r.served()).isGreaterThan(r.requests() * 8 / 10);
    }
}
