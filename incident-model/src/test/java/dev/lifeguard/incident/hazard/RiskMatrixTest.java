package dev.lifeguard.incident.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {

    @Test
    void corners_andCentre_matchTheDcbMatrix() {
        assertThat(RiskMatrix.risk(1, 1)).isEqualTo(RiskLevel.VERY_LOW);
        assertThat(RiskMatrix.risk(5, 5)).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(RiskMatrix.risk(5, 1)).isEqualTo(RiskLevel.MODERATE);
        assertThat(RiskMatrix.risk(1, 5)).isEqualTo(RiskLevel.MODERATE);
        assertThat(RiskMatrix.risk(3, 3)).isEqualTo(RiskLevel.MODERATE);
        assertThat(RiskMatrix.risk(4, 4)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void risk_neverFallsWhenSeverityOrLikelihoodRises() {
        for (int s = 1; s <= 5; s++) {
            for (int l = 1; l <= 5; l++) {
                int here = RiskMatrix.risk(s, l).rating();
                if (s < 5) {
                    assertThat(RiskMatrix.risk(s + 1, l).rating()).isGreaterThanOrEqualTo(here);
                }
                if (l < 5) {
                    assertThat(RiskMatrix.risk(s, l + 1).rating()).isGreaterThanOrEqualTo(here);
                }
            }
        }
    }

    @Test
    void hazard_scoresOutsideOneToFive_areRejected_andTbcMeansNoRisk() {
        assertThatThrownBy(() -> hazard(6, 2)).hasMessageContaining("severity");
        assertThat(hazard(null, null).initialRisk()).isEmpty();
        assertThat(hazard(4, 3).initialRisk()).contains(RiskLevel.MODERATE);
    }

    private static Hazard hazard(Integer severity, Integer likelihood) {
        return new Hazard(
                "HAZ-1",
                "Pool exhaustion",
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                List.of(new HazardControl(ControlType.TESTING, "Exhaustion test", false, null)),
                severity,
                likelihood,
                null,
                null,
                null,
                null,
                List.of());
    }
}
