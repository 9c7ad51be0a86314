package dev.lifeguard.incident.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.hazard.HazardStatus;
import dev.lifeguard.incident.hazard.RiskLevel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The demo library shows every workspace tab something real, the Hazard tab included. */
class DemoLibraryTest {

    private static Incident demo(String id) {
        return DemoLibrary.incidents().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void slowQuery_hasACompleteDcb0129HazardEntry() {
        Hazard h = demo("INC-20260604-SLOW").hazards().get(0);

        assertThat(h.id()).isEqualTo("HAZ-001");
        assertThat(h.causes()).hasSizeGreaterThanOrEqualTo(3).allMatch(c -> !c.isBlank());
        assertThat(Arrays.asList(
                        h.description(), h.effect(), h.hazard(), h.harm(), h.existingControls(), h.assignment()))
                .allMatch(text -> text != null && !text.isBlank());
        assertThat(h.hazardTypes()).isNotEmpty();
        assertThat(h.status()).isEqualTo(HazardStatus.OPEN);
        for (ControlType type : ControlType.values()) {
            assertThat(h.controlsOf(type)).as("controls of type %s", type).isNotEmpty();
        }
        assertThat(h.initialRisk()).contains(RiskLevel.MODERATE);
        assertThat(h.residualRisk()).contains(RiskLevel.LOW);
        assertThat(h.residualLikelihood()).isLessThan(h.likelihood());
    }

    @Test
    void slowQuery_loadTestControl_citesABundledScenario() {
        HazardControl loadTest = demo("INC-20260604-SLOW").hazards().get(0).controlsOf(ControlType.TESTING).stream()
                .filter(c -> c.evidence() != null)
                .findFirst()
                .orElseThrow();

        assertThat(loadTest.implemented()).isTrue();
        assertThat(loadTest.evidence().kind()).isEqualTo(EvidenceKind.SIMULATION);
        assertThat(loadTest.evidence().reference()).isEqualTo(DemoLibrary.SCENARIO_EVIDENCE + "slow-queries-indexed");
    }
}
