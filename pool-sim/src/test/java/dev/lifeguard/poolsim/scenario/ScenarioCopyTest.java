package dev.lifeguard.poolsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioCopyTest {

    private static LoadModel constant(String duration) {
        return new LoadModel(List.of(new ConstantPhase(10, SimDuration.parse(duration), null)));
    }

    @Test
    void withLoad_durationWhereTheLoadEnded_followsTheNewLoad() {
        Scenario s = Scenarios.bundled("load-test");
        assertThat(s.duration()).isEqualTo(s.load().naturalLength());
        Scenario longer = s.withLoad(constant("5m"));
        assertThat(longer.duration()).isEqualTo(SimDuration.parse("5m"));
        assertThat(longer.load()).isEqualTo(constant("5m"));
        assertThat(longer.pool()).isEqualTo(s.pool());
    }

    @Test
    void withLoad_durationSetApartFromTheLoad_isKept() {
        Scenario s = Scenarios.bundled("exhaustion-test");
        assertThat(s.withLoad(constant("5m")).duration()).isEqualTo(SimDuration.parse("1m"));
    }

    @Test
    void withDatabase_replacesOnlyTheDatabase() {
        Scenario s = Scenarios.bundled("load-test");
        DatabaseModel db = new DatabaseModel(40, SimDuration.parse("20ms"), 2, List.of());
        Scenario changed = s.withDatabase(db);
        assertThat(changed.database()).isEqualTo(db);
        assertThat(changed.withDatabase(s.database())).isEqualTo(s);
    }
}
