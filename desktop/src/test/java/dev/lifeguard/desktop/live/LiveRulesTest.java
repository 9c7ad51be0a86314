package dev.lifeguard.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.live.LiveRules.Field;
import dev.lifeguard.watch.AlertMetric;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.AlertSeverity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LiveRulesTest {

    private final LiveRules rules = new LiveRules();

    @Test
    void newRules_areTheHazardLogDefaults_allEnabled() {
        assertThat(rules.active()).isEqualTo(AlertRule.defaults());
        assertThat(rules.rules())
                .extracting(RuleSetting::conditionText)
                .containsExactly(
                        "utilization > 80 % for 5m",
                        "utilization > 90 % for 2m", "new_timeouts > 0", "pending > 0 for 1m");
    }

    @Test
    void edits_validValues_changeTheRule() {
        assertThat(rules.edit(0, Field.THRESHOLD, "85 %")).isEmpty();
        assertThat(rules.edit(0, Field.HOLD, "90s")).isEmpty();
        assertThat(rules.edit(0, Field.SEVERITY, "critical")).isEmpty();
        assertThat(rules.edit(0, Field.NAME, "orders pool hot")).isEmpty();

        AlertRule edited = rules.rules().get(0).rule();
        assertThat(edited)
                .isEqualTo(new AlertRule(
                        "orders pool hot",
                        AlertMetric.UTILIZATION,
                        0.85,
                        Duration.ofSeconds(90),
                        AlertSeverity.CRITICAL));
        assertThat(rules.rules().get(0).thresholdText()).isEqualTo("85 %");
        assertThat(rules.rules().get(0).holdText()).isEqualTo("90s");
    }

    @Test
    void edits_invalidValues_areRejectedNamingTheField_andLeaveTheRule() {
        AlertRule before = rules.rules().get(0).rule();

        assertThat(rules.edit(0, Field.THRESHOLD, "150"))
                .hasValueSatisfying(m -> assertThat(m)
                        .startsWith("Threshold (rule 'pool utilization high'): utilization is a percentage below 100"));
        assertThat(rules.edit(0, Field.THRESHOLD, "lots"))
                .hasValueSatisfying(m ->
                        assertThat(m).startsWith("Threshold (rule 'pool utilization high'): 'lots' is not a number"));
        assertThat(rules.edit(0, Field.HOLD, "5 minutes"))
                .hasValueSatisfying(m ->
                        assertThat(m).startsWith("For (rule 'pool utilization high'): '5 minutes' is not a duration"));
        assertThat(rules.edit(0, Field.SEVERITY, "page"))
                .hasValueSatisfying(m -> assertThat(m)
                        .isEqualTo("Severity (rule 'pool utilization high'): 'page' is not warning or critical"));
        assertThat(rules.edit(0, Field.NAME, "connection timeouts"))
                .hasValueSatisfying(m -> assertThat(m)
                        .isEqualTo("Name (rule 'pool utilization high'): another rule is already called"
                                + " 'connection timeouts'"));
        assertThat(rules.edit(2, Field.THRESHOLD, "5%"))
                .hasValueSatisfying(m -> assertThat(m).contains("only utilization is a percentage"));

        assertThat(rules.rules().get(0).rule()).isEqualTo(before);
    }

    @Test
    void metricChange_toUtilization_startsFromEightyPercent() {
        assertThat(rules.edit(3, Field.METRIC, "utilization")).isEmpty();

        assertThat(rules.rules().get(3).rule().metric()).isEqualTo(AlertMetric.UTILIZATION);
        assertThat(rules.rules().get(3).thresholdText()).isEqualTo("80 %");
    }

    @Test
    void disabledAndRemovedRules_areNotApplied_defaultsBringThemBack() {
        rules.setEnabled(0, false);
        rules.remove(3);
        int added = rules.add();

        assertThat(rules.active())
                .extracting(AlertRule::name)
                .containsExactly("pool utilization critical", "connection timeouts", "rule 4");
        assertThat(rules.rules().get(added).enabled()).isTrue();

        rules.resetToDefaults();
        assertThat(rules.active()).isEqualTo(AlertRule.defaults());
    }
}
