package dev.lifeguard.desktop.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.poolsim.scenario.BurstPhase;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.scenario.SimDuration;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class PhaseTableModelTest {

    private final SimpleObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenarios.bundled("load-test"));
    private final PhaseTableModel table = new PhaseTableModel(scenario);

    @Test
    void rows_showTheScenarioPhases_andFollowAnotherScenario() {
        assertThat(table.rows()).extracting(PhaseRow::type).containsExactly("closed");
        scenario.set(Scenarios.bundled("exhaustion-test"));
        assertThat(table.rows()).extracting(PhaseRow::type).containsExactly("burst");
    }

    @Test
    void edit_validValue_changesTheScenarioThatRuns() {
        assertThat(table.edit(0, "users", "80")).isEmpty();
        assertThat(scenario.get().load().phases())
                .containsExactly(new ClosedPhase(80, SimDuration.parse("50ms"), SimDuration.parse("1m")));
        assertThat(Scenarios.write(scenario.get())).contains("\"users\" : 80");
        assertThat(table.errors()).isEmpty();
    }

    @Test
    void edit_invalidValue_isNotAppliedAndNamesPhaseAndCell() {
        Scenario before = scenario.get();
        assertThat(table.edit(0, "think", "soon"))
                .hasValueSatisfying(
                        m -> assertThat(m).startsWith("Phase 1: load phase 'thinkTime': 'soon' is not a duration"));
        assertThat(scenario.get()).isSameAs(before);
        assertThat(table.errors()).containsOnlyKeys("phases[0].think");
        // the refused text stays in its cell: no silent fallback to the value that runs
        assertThat(table.rows().get(0).think()).isEqualTo("soon");
    }

    @Test
    void edit_otherCellWhileOneIsRefused_waitsUntilTheRefusedCellIsFixed() {
        Scenario before = scenario.get();
        table.edit(0, "think", "soon");
        assertThat(table.edit(0, "users", "30"))
                .hasValueSatisfying(m -> assertThat(m).contains("'soon'"));
        assertThat(scenario.get()).isSameAs(before);
        assertThat(table.errors()).containsOnlyKeys("phases[0].think");
        assertThat(table.rows().get(0).users()).isEqualTo("30");

        assertThat(table.edit(0, "think", "75ms")).isEmpty();
        assertThat(table.errors()).isEmpty();
        assertThat(scenario.get().load().phases())
                .containsExactly(new ClosedPhase(30, SimDuration.parse("75ms"), SimDuration.parse("1m")));
    }

    @Test
    void revert_refusedCell_putsBackWhatRanAndAppliesTheOtherEdits() {
        assertThat(table.add("constant", 0)).isEmpty();
        table.edit(0, "users", "80");
        table.edit(1, "duration", "-5s");
        table.edit(0, "think", "soon");
        assertThat(table.errors()).containsOnlyKeys("phases[1].duration", "phases[0].think");

        assertThat(table.revert(0, "think"))
                .hasValueSatisfying(m -> assertThat(m).contains("'duration'"));
        assertThat(table.rows().get(0).think()).isEqualTo("50ms");
        assertThat(table.errors()).containsOnlyKeys("phases[1].duration");
        table.revertAll();
        assertThat(table.errors()).isEmpty();
        assertThat(table.rows().get(1).duration()).isEqualTo("1m");
        assertThat(scenario.get().load().phases())
                .containsExactly(
                        new ClosedPhase(80, SimDuration.parse("50ms"), SimDuration.parse("1m")),
                        new ConstantPhase(10, SimDuration.parse("1m"), null));
    }

    @Test
    void refusedCell_survivesAnotherSettingsChange_andBlocksAddingPhases() {
        table.edit(0, "users", "many");
        scenario.set(scenario.get().withSeed(99));
        assertThat(table.rows().get(0).users()).isEqualTo("many");
        assertThat(table.errors()).containsOnlyKeys("phases[0].users");
        assertThat(table.add("constant", 0))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Fix or revert"));
        assertThat(table.rows()).hasSize(1);
        // another scenario replaces the rows and what was refused in them
        scenario.set(Scenarios.bundled("exhaustion-test"));
        assertThat(table.errors()).isEmpty();
        assertThat(table.rows()).extracting(PhaseRow::type).containsExactly("burst");
    }

    @Test
    void addMoveRemove_keepTheLoadValidAndTheDurationFollowingTheLoad() {
        assertThat(table.add("constant", 0)).isEmpty();
        assertThat(scenario.get().load().phases()).hasSize(2);
        assertThat(scenario.get().duration()).isEqualTo(SimDuration.parse("2m"));
        assertThat(table.move(1, -1)).isEmpty();
        assertThat(scenario.get().load().phases().get(0)).isInstanceOf(ConstantPhase.class);
        assertThat(table.move(0, -1)).isEmpty();
        assertThat(scenario.get().load().phases().get(0)).isInstanceOf(ConstantPhase.class);
        assertThat(table.remove(1)).isEmpty();
        assertThat(table.rows()).extracting(PhaseRow::type).containsExactly("constant");
        Scenario before = scenario.get();
        assertThat(table.remove(0)).hasValueSatisfying(m -> assertThat(m).contains("at least one phase"));
        assertThat(table.rows()).hasSize(1);
        // refused before anything changed on screen: nothing is left marked, the scenario is unchanged
        assertThat(table.errors()).isEmpty();
        assertThat(scenario.get()).isSameAs(before);
    }

    @Test
    void add_toAScenarioWithItsOwnDuration_keepsThatDuration() {
        scenario.set(Scenarios.bundled("exhaustion-test"));
        assertThat(table.add("burst", -1)).isEmpty();
        assertThat(scenario.get().load().phases())
                .containsExactly(new BurstPhase(35, SimDuration.ZERO), new BurstPhase(50, SimDuration.ZERO));
        assertThat(scenario.get().duration()).isEqualTo(SimDuration.parse("1m"));
    }

    @Test
    void edit_type_changesThePhaseKind() {
        assertThat(table.edit(0, "type", "constant")).isEmpty();
        assertThat(scenario.get().load().phases())
                .containsExactly(new ConstantPhase(10, SimDuration.parse("1m"), null));
    }
}
