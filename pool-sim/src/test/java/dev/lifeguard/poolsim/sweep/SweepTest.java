package dev.lifeguard.poolsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static Scenario stress() {
        return Scenarios.bundled("stress-test");
    }

    @Test
    void parse_rangeWithStep_listsEveryValueIncludingTheEnd() {
        assertThat(SweepAxis.parse("maximumPoolSize=5..60:5").values())
                .hasSize(12)
                .startsWith(5.0)
                .endsWith(60.0);
        assertThat(SweepAxis.parse("pool_timeout=0.1..0.3:0.1").values()).containsExactly(0.1, 0.2, 0.3);
        assertThat(SweepAxis.parse("rate=100,250").values()).containsExactly(100.0, 250.0);
    }

    @Test
    void parse_badSpecs_sayWhatIsWrong() {
        assertThatThrownBy(() -> SweepAxis.parse("maximumPoolSize=60..5:5")).hasMessageContaining("FROM ≤ TO");
        assertThatThrownBy(() -> SweepAxis.parse("poolSize=1..3")).hasMessageContaining("unknown key 'poolSize'");
        assertThatThrownBy(() -> SweepAxis.parse("maximumPoolSize")).hasMessageContaining("KEY=FROM..TO");
    }

    @Test
    void editor_setsPoolRateAndDatabaseKeys() {
        Scenario s = ScenarioEditor.with(stress(), "maximumPoolSize", 40);
        assertThat(((HikariPoolConfig) s.pool()).maximumPoolSize()).isEqualTo(40);
        Scenario r = ScenarioEditor.with(stress(), "rate", 250);
        assertThat(r.load().phases().get(0).toString()).contains("250");
        Scenario sqla = ScenarioEditor.with(stress().withPool(SqlAlchemyPoolConfig.of(5, 10, 30)), "max_overflow", 2);
        assertThat(((SqlAlchemyPoolConfig) sqla.pool()).maxOverflow()).isEqualTo(2);
        assertThat(ScenarioEditor.with(stress(), "instances", 3).database().instances())
                .isEqualTo(3);
    }

    @Test
    void editor_keyOfTheOtherLibrary_isRejectedNamingIt() {
        assertThatThrownBy(() -> ScenarioEditor.with(stress(), "pool_size", 5))
                .hasMessageContaining("has no 'pool_size'");
        assertThatThrownBy(() -> ScenarioEditor.with(stress(), "maximumPoolSize", 0))
                .hasMessageContaining("maximumPoolSize");
    }

    @Test
    void run_poolSizes_timeoutsFallAsThePoolGrows_andOutputIsTheSameForOneOrTwoThreads() throws Exception {
        Scenario base = Scenarios.read("""
                {"format": "lifeguard.scenario/1", "name": "sweep", "seed": 3, "duration": "1m",
                 "pool": {"kind": "hikari", "maximumPoolSize": 20, "connectionTimeout": 1000, "validationTimeout": 500},
                 "load": {"phases": [{"type": "constant", "rate": 200, "duration": "1m"}]},
                 "request": {"hold": {"dist": "lognormal", "p50": "100ms", "p99": "300ms"}}}
                """, "sweep.json");
        List<SweepAxis> axes = List.of(SweepAxis.parse("maximumPoolSize=16..28:4"));
        SweepResult one = Sweep.run(base, axes, VirtualEngine::new, 1, RunControl.defaults());
        SweepResult two = Sweep.run(base, axes, VirtualEngine::new, 2, RunControl.defaults());
        assertThat(two).isEqualTo(one);
        assertThat(one.points()).hasSize(4);
        assertThat(one.points().get(0).timeouts())
                .isGreaterThan(one.points().get(3).timeouts());
        assertThat(one.points().get(3).utilizationMean())
                .isLessThan(one.points().get(0).utilizationMean());
        assertThat(one.csv().lines().findFirst().orElseThrow()).startsWith("maximumPoolSize,requests,timeouts");
        assertThat(one.table().lines().count()).isEqualTo(5);
        assertThat(one.json()).contains("\"format\" : \"lifeguard.sweep/1\"");
    }

    @Test
    void grid_twoAxes_firstVariesSlowest() {
        var grid =
                Sweep.grid(stress(), List.of(SweepAxis.parse("maximumPoolSize=10,20"), SweepAxis.parse("rate=50,60")));
        assertThat(grid)
                .extracting(e -> e.getKey().toString())
                .containsExactly(
                        "{maximumPoolSize=10.0, rate=50.0}", "{maximumPoolSize=10.0, rate=60.0}",
                        "{maximumPoolSize=20.0, rate=50.0}", "{maximumPoolSize=20.0, rate=60.0}");
    }
}
