package dev.lifeguard.desktop.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.BurstPhase;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.RampPhase;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseRowTest {

    @Test
    void ofThenToPhase_everyEditableType_givesThePhaseBack() {
        List<LoadPhase> phases = List.of(
                new ConstantPhase(12.5, SimDuration.parse("10m"), Arrivals.UNIFORM),
                new RampPhase(5, 50, SimDuration.parse("90s"), Arrivals.POISSON),
                new BurstPhase(40, SimDuration.parse("2m")),
                new ClosedPhase(20, SimDuration.parse("250ms"), SimDuration.parse("1h")));
        for (LoadPhase phase : phases) {
            assertThat(PhaseRow.of(phase).toPhase()).isEqualTo(phase);
        }
        PhaseRow ramp = PhaseRow.of(phases.get(1));
        assertThat(ramp.cell("rate")).isEqualTo("5");
        assertThat(ramp.cell("to")).isEqualTo("50");
        assertThat(ramp.cell("duration")).isEqualTo("90s");
        assertThat(ramp.cell("count")).isEmpty();
        assertThat(ramp.editable("to")).isTrue();
        assertThat(ramp.editable("users")).isFalse();
    }

    @Test
    void with_editedRate_isTheNewPhase() {
        PhaseRow row = PhaseRow.of(new ConstantPhase(60, SimDuration.parse("10m"), null))
                .with("rate", " 90 ");
        assertThat(row.toPhase()).isEqualTo(new ConstantPhase(90, SimDuration.parse("10m"), Arrivals.POISSON));
    }

    @Test
    void toPhase_badValues_areRejectedNamingTheField() {
        PhaseRow constant = PhaseRow.blank("constant");
        assertThatThrownBy(() -> constant.with("rate", "-5").toPhase())
                .hasMessage("load phase 'rate' must be a rate > 0 per second, was -5.0");
        assertThatThrownBy(() -> constant.with("rate", "fast").toPhase())
                .hasMessageContaining("load phase 'rate' must be a number, was 'fast'");
        assertThatThrownBy(() -> constant.with("duration", "ten minutes").toPhase())
                .hasMessageStartingWith("load phase 'duration': 'ten minutes' is not a duration");
        assertThatThrownBy(() -> constant.with("duration", "").toPhase())
                .hasMessageStartingWith("load phase 'duration' is required");
        assertThatThrownBy(() -> constant.with("arrivals", "bursty").toPhase())
                .hasMessageContaining("load phase 'arrivals' must be poisson or uniform");
        assertThatThrownBy(() -> PhaseRow.blank("burst").with("count", "2.5").toPhase())
                .hasMessageContaining("load phase 'count' must be a whole number");
        assertThatThrownBy(() -> PhaseRow.blank("closed").with("users", "0").toPhase())
                .hasMessage("load phase 'users' must be at least 1, was 0");
        assertThatThrownBy(() ->
                        PhaseRow.blank("ramp").with("rate", "0").with("to", "0").toPhase())
                .hasMessageStartingWith("load phase 'from'/'to' must be rates ≥ 0 and not both 0");
    }

    @Test
    void column_recordMessages_nameTheTableColumn() {
        assertThat(PhaseRow.column("load phase 'from'/'to' must be rates")).isEqualTo("rate");
        assertThat(PhaseRow.column("load phase 'thinkTime' is required")).isEqualTo("think");
        assertThat(PhaseRow.column("load phase 'duration' must be a duration > 0"))
                .isEqualTo("duration");
        assertThat(PhaseRow.column("load 'phases' must list at least one phase"))
                .isEqualTo("type");
    }

    @Test
    void withType_constantToRamp_keepsRateDurationAndArrivals() {
        PhaseRow ramp = PhaseRow.of(new ConstantPhase(30, SimDuration.parse("2m"), Arrivals.UNIFORM))
                .with("type", "ramp");
        assertThat(ramp.toPhase()).isEqualTo(new RampPhase(30, 50, SimDuration.parse("2m"), Arrivals.UNIFORM));
        PhaseRow closed = ramp.with("type", "closed");
        assertThat(closed.toPhase()).isEqualTo(new ClosedPhase(20, SimDuration.parse("1s"), SimDuration.parse("2m")));
    }

    @Test
    void replay_isShownReadOnlyWithItsSamplesAndStep() {
        ReplayPhase replay = new ReplayPhase(List.of(10.0, 20.0, 30.0), SimDuration.parse("10s"), null);
        PhaseRow row = PhaseRow.of(replay);
        assertThat(row.toPhase()).isSameAs(replay);
        assertThat(PhaseRow.FIELDS).noneMatch(row::editable);
        assertThat(row.editable("type")).isFalse();
        assertThat(row.cell("rate")).isEqualTo("~20");
        assertThat(row.describe()).startsWith("replay of 3 recorded samples, one every 10s (10–30 req/s, mean 20)");
        assertThatThrownBy(() -> row.with("type", "constant")).hasMessageContaining("stays a replay");
        assertThatThrownBy(() -> PhaseRow.blank("replay")).hasMessageContaining("recording");
    }
}
