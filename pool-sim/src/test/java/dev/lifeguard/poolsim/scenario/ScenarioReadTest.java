package dev.lifeguard.poolsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReadTest {

    static final String EXAMPLE = """
            {
              "format": "lifeguard.scenario/1",
              "name": "hazard log: exhaustion test",
              "seed": 42,
              "duration": "10m",
              "pool": { "kind": "hikari", "maximumPoolSize": 30, "minimumIdle": 20, "connectionTimeout": 30000,
                        "idleTimeout": 600000, "maxLifetime": 1800000, "keepaliveTime": 0,
                        "leakDetectionThreshold": 0 },
              "database": { "maxConnections": 151, "connectLatency": "5ms", "instances": 1, "dialect": "mysql",
                            "events": [ { "at": "2m", "type": "restart", "duration": "10s" },
                                        { "type": "latencySpike", "at": "5m", "duration": "30s",
                                          "latency": "200ms" } ] },
              "load": { "phases": [ { "type": "constant", "rate": 100, "duration": "10m", "arrivals": "poisson" },
                                    { "type": "burst", "count": 35, "at": "1m" } ] },
              "request": { "hold": { "dist": "lognormal", "p50": "20ms", "p99": "200ms" },
                           "slow": { "fraction": 0.01, "hold": { "dist": "constant", "value": "45s" } },
                           "connectionsPerRequest": 1, "leakProbability": 0.0 },
              "slo": { "acquireP99": "5s", "maxTimeoutRate": 0.0, "maxUtilization": 0.8 }
            }
            """;

    @Test
    void read_architectureExample_allPartsParsed() throws DocumentException {
        Scenario s = Scenarios.read(EXAMPLE, "example.json");

        assertThat(s.name()).isEqualTo("hazard log: exhaustion test");
        assertThat(s.seed()).isEqualTo(42);
        assertThat(s.duration()).isEqualTo(SimDuration.parse("10m"));
        assertThat(s.pool()).isInstanceOfSatisfying(HikariPoolConfig.class, p -> {
            assertThat(p.maximumPoolSize()).isEqualTo(30);
            assertThat(p.minimumIdle()).isEqualTo(20);
        });
        assertThat(s.database().maxConnections()).isEqualTo(151);
        assertThat(s.database().dialect()).isEqualTo(DatabaseDialect.MYSQL);
        assertThat(s.database().connectLatency().millis()).isEqualTo(5.0);
        assertThat(s.database().events())
                .containsExactly(
                        new RestartEvent(SimDuration.parse("2m"), SimDuration.parse("10s")),
                        new LatencySpikeEvent(
                                SimDuration.parse("5m"), SimDuration.parse("30s"), SimDuration.parse("200ms")));
        assertThat(s.load().phases())
                .containsExactly(
                        new ConstantPhase(100, SimDuration.parse("10m"), Arrivals.POISSON),
                        new BurstPhase(35, SimDuration.parse("1m")));
        assertThat(s.request().hold())
                .isEqualTo(new LognormalHold(SimDuration.parse("20ms"), SimDuration.parse("200ms")));
        assertThat(s.request().slow().fraction()).isEqualTo(0.01);
        assertThat(s.slo()).isEqualTo(new Slo(SimDuration.parse("5s"), 0.0, 0.8));
    }

    @Test
    void write_thenRead_sameScenario() throws DocumentException {
        Scenario s = Scenarios.read(EXAMPLE, "example.json");

        String text = Scenarios.write(s);

        assertThat(text).startsWith("{\n  \"format\" : \"lifeguard.scenario/1\"");
        assertThat(text).contains("\"duration\" : \"10m\"").contains("\"type\" : \"latencySpike\"");
        assertThat(Scenarios.read(text, "again.json")).isEqualTo(s);
    }

    @Test
    void read_minimalScenario_defaultsFilled() throws DocumentException {
        Scenario s = Scenarios.read("""
                {"format": "lifeguard.scenario/1", "name": "min",
                 "pool": {"kind": "hikari"},
                 "load": {"phases": [{"type": "closed", "users": 5, "thinkTime": "0ms", "duration": "30s"},
                                     {"type": "ramp", "from": 0, "to": 50, "duration": "1m"}]},
                 "request": {"hold": {"dist": "exponential", "mean": "10ms"}}}
                """, "min.json");

        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.duration()).isEqualTo(SimDuration.parse("90s"));
        assertThat(s.database()).isEqualTo(DatabaseModel.DEFAULT);
        assertThat(s.slo()).isEqualTo(Slo.NONE);
        assertThat(s.request().connectionsPerRequest()).isEqualTo(1);
        assertThat(((HikariPoolConfig) s.pool()).maximumPoolSize()).isEqualTo(10);
    }

    @Test
    void read_sqlalchemyPool_mappedToHikariWithNotes() throws DocumentException {
        Scenario s = Scenarios.read(
                EXAMPLE.replaceFirst(
                        "\"pool\": \\{[^}]*}",
                        "\"pool\": {\"kind\": \"sqlalchemy\", \"pool_size\": 20, \"max_overflow\": 10,"
                                + " \"pool_timeout\": 30}"),
                "sqla.json");

        assertThat(s.pool()).isEqualTo(SqlAlchemyPoolConfig.of(20, 10, 30));
        HikariPoolConfig hikari = s.hikariMapping().hikari();
        assertThat(hikari.maximumPoolSize()).isEqualTo(30);
        assertThat(hikari.minimumIdle()).isEqualTo(20);
        assertThat(hikari.connectionTimeout()).isEqualTo(30_000);
        assertThat(s.hikariMapping().notes())
                .anySatisfy(n -> assertThat(n.exact()).isTrue())
                .anySatisfy(n -> assertThat(n.exact()).isFalse());
    }

    @Test
    void read_badDuration_namesFieldLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, EXAMPLE.replace("\"duration\": \"10m\",", "\"duration\": \"10 minutes\","));

        assertThatThrownBy(() -> Scenarios.read(file))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith(file + ":5:")
                .hasMessageContaining("at duration")
                .hasMessageContaining("'10 minutes' is not a duration");
    }

    @Test
    void read_badNestedField_namesPath() {
        String bad = EXAMPLE.replace("\"count\": 35", "\"count\": 0");

        assertThatThrownBy(() -> Scenarios.read(bad, "s.json"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("load.phases[1]")
                .hasMessageContaining("'count' must be at least 1");
    }

    @Test
    void read_unknownPhaseType_rejected() {
        String bad = EXAMPLE.replace("\"type\": \"burst\"", "\"type\": \"spike\"");

        assertThatThrownBy(() -> Scenarios.read(bad, "s.json"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("s.json:")
                .hasMessageContaining("spike");
    }

    @Test
    void read_misspeltKey_rejected() {
        String bad = EXAMPLE.replace("\"leakProbability\"", "\"leakProbabilty\"");

        assertThatThrownBy(() -> Scenarios.read(bad, "s.json"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("unknown field 'leakProbabilty'");
    }

    @Test
    void read_invalidPoolSetting_reportsHikariRule() {
        String bad = EXAMPLE.replace("\"connectionTimeout\": 30000", "\"connectionTimeout\": 100");

        assertThatThrownBy(() -> Scenarios.read(bad, "s.json"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("at pool")
                .hasMessageContaining("pool 'connectionTimeout' 100 is refused by HikariCP")
                .hasMessageEndingWith(": connectionTimeout cannot be less than 250ms");
    }

    @Test
    void read_missingHold_namesField() {
        String bad = """
                {"format": "lifeguard.scenario/1", "name": "x", "pool": {"kind": "hikari"},
                 "load": {"phases": [{"type": "burst", "count": 3}]}, "request": {}}
                """;

        assertThatThrownBy(() -> Scenarios.read(bad, "s.json"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("request 'hold' is required");
    }

    @Test
    void bundled_everyName_readsAndValidates() {
        for (String name : Scenarios.BUNDLED) {
            assertThat(Scenarios.bundled(name).name()).as(name).isNotBlank();
        }
    }

    @Test
    void bundled_docsCopies_identicalToResources() throws Exception {
        for (String name : Scenarios.BUNDLED) {
            Path docs = Path.of("..", "docs", "scenarios", name + ".json");
            try (var in = Scenarios.class.getResourceAsStream("/dev/lifeguard/poolsim/scenarios/" + name + ".json")) {
                assertThat(Files.readString(docs))
                        .as(docs.toString())
                        .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
