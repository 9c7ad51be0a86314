package dev.lifeguard.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.metrics.MetricSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AlertEvaluatorTest {

    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");

    private static MetricSample sample(int second, int active, int pending, long timeouts) {
        return MetricSample.gauges(T0.plusSeconds(second), active, active, 0, pending, 20, 5, timeouts);
    }

    /** Feeds one sample every 5 s from {@code from} to {@code to} seconds and returns the alerts. */
    private static List<Alert> feed(
            AlertEvaluator evaluator, int from, int to, int active, int pending, long timeouts) {
        List<Alert> out = new ArrayList<>();
        for (int s = from; s <= to; s += 5) {
            out.addAll(evaluator.evaluate("orders", sample(s, active, pending, timeouts)));
        }
        return out;
    }

    @Test
    void utilizationAbove80_firesWarningAfterFiveMinutes_once() {
        AlertEvaluator evaluator = new AlertEvaluator(AlertRule.defaults());

        List<Alert> early = feed(evaluator, 0, 295, 17, 0, 0); // 85 % for 4 min 55 s
        List<Alert> onTime = feed(evaluator, 300, 300, 17, 0, 0);
        List<Alert> later = feed(evaluator, 305, 600, 17, 0, 0);

        assertThat(early).isEmpty();
        assertThat(onTime).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(AlertSeverity.WARNING);
            assertThat(a.rule()).isEqualTo("pool utilization high");
            assertThat(a.at()).isEqualTo(T0.plusSeconds(300));
            assertThat(a.message())
                    .isEqualTo("WARNING orders: utilization 85 % (17/20 active) for 300s" + " [pool utilization high]");
        });
        assertThat(later).isEmpty();
    }

    @Test
    void withRules_keepsWhatUnchangedRulesKnow_andAppliesTheEditedOne() {
        AlertEvaluator evaluator = new AlertEvaluator(AlertRule.defaults());
        // 19 of 20 busy and 3 waiting for 50 s: critical utilization needs 2 min, waiting threads 1 min.
        assertThat(feed(evaluator, 0, 50, 19, 3, 0)).isEmpty();

        List<AlertRule> edited = new ArrayList<>(AlertRule.defaults());
        AlertRule waiting = edited.remove(3);
        edited.add(
                0,
                new AlertRule(
                        waiting.name(), waiting.metric(), waiting.threshold(), Duration.ZERO, waiting.severity()));
        AlertEvaluator next = evaluator.withRules(edited);

        // The edited rule fires at once; 'pool utilization critical' keeps holding since 0 s, so it fires at
        // 120 s, not two minutes after the edit.
        assertThat(feed(next, 55, 55, 19, 3, 0))
                .extracting(Alert::rule)
                .containsExactly("threads waiting for connections");
        assertThat(feed(next, 60, 175, 19, 3, 0))
                .extracting(Alert::rule, Alert::at)
                .containsExactly(Tuple.tuple("pool utilization critical", T0.plusSeconds(120)));
    }

    @Test
    void utilizationAbove90_firesCriticalAfterTwoMinutes_andWarningLater() {
        AlertEvaluator evaluator = new AlertEvaluator(AlertRule.defaults());

        List<Alert> alerts = feed(evaluator, 0, 300, 19, 0, 0);

        assertThat(alerts)
                .extracting(Alert::rule, Alert::at)
                .containsExactly(
                        Tuple.tuple("pool utilization critical", T0.plusSeconds(120)),
                        Tuple.tuple("pool utilization high", T0.plusSeconds(300)));
    }

    @Test
    void dipBelowThreshold_restartsTheHoldTime() {
        AlertEvaluator evaluator = new AlertEvaluator(AlertRule.defaults());

        List<Alert> first = feed(evaluator, 0, 100, 19, 0, 0);
        List<Alert> dip = feed(evaluator, 105, 105, 10, 0, 0);
        List<Alert> second = feed(evaluator, 110, 225, 19, 0, 0);
        List<Alert> due = feed(evaluator, 230, 230, 19, 0, 0);

        assertThat(first).isEmpty();
        assertThat(dip).isEmpty();
        assertThat(second).isEmpty();
        assertThat(due).extracting(Alert::rule).containsExactly("pool utilization critical");
    }

    @Test
    void newTimeouts_fireCriticalAtOnce_andEveryScrapeThatAddsMore_isReported() {
        AlertEvaluator evaluator = new AlertEvaluator(AlertRule.defaults());

        List<Alert> baseline = feed(evaluator, 0, 0, 5, 0, 3); // timeouts before the watch: not new
        List<Alert> first = feed(evaluator, 5, 5, 5, 0, 4);
        List<Alert> ongoing = feed(evaluator, 10, 10, 5, 0, 9);
        List<Alert> quiet = feed(evaluator, 15, 15, 5, 0, 9);
        List<Alert> again = feed(evaluator, 20, 20, 5, 0, 10);

        assertThat(baseline).isEmpty();
        assertThat(first).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(AlertSeverity.CRITICAL);
            assertThat(a.at()).isEqualTo(T0.plusSeconds(5));
            assertThat(a.message()).contains("1 new connection timeout(s), 4 in total");
        });
        // #15: a burst still running when the episode is open must be reported too, every timeout of it
        assertThat(ongoing).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(5.0);
            assertThat(a.message()).contains("5 new connection timeout(s), 9 in total");
        });
        assertThat(quiet).isEmpty();
        assertThat(again).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo(1.0));
    }

    @Test
    void newTimeoutsWithAHold_reportEveryTimeoutSinceTheEpisodeBegan() {
        AlertRule held = AlertRule.parse("new_timeouts > 0 for 10s critical");
        AlertEvaluator evaluator = new AlertEvaluator(List.of(held));
        feed(evaluator, 0, 0, 5, 0, 0);
        List<Alert> early = feed(evaluator, 5, 5, 5, 0, 7);
        List<Alert> held10 = feed(evaluator, 15, 15, 5, 0, 30);
        List<Alert> more = feed(evaluator, 20, 20, 5, 0, 60);
        assertThat(early).isEmpty();
        assertThat(held10).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo(30.0));
        assertThat(more).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo(30.0));
    }

    @Test
    void waitingThreads_firesWarningAfterOneMinute() {
        AlertEvaluator evaluator = new AlertEvaluator(AlertRule.defaults());

        List<Alert> alerts = feed(evaluator, 0, 60, 10, 2, 0);

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo("threads waiting for connections");
            assertThat(a.at()).isEqualTo(T0.plusSeconds(60));
        });
    }

    @Test
    void poolsAreTrackedSeparately() {
        AlertEvaluator evaluator = new AlertEvaluator(List.of(AlertRule.parse("pending > 0 for 10s warning")));

        evaluator.evaluate("a", sample(0, 1, 1, 0));
        List<Alert> otherPool = evaluator.evaluate("b", sample(10, 1, 1, 0));
        List<Alert> samePool = evaluator.evaluate("a", sample(10, 1, 1, 0));

        assertThat(otherPool).isEmpty();
        assertThat(samePool).extracting(Alert::pool).containsExactly("a");
    }

    @Test
    void ruleText_isParsed_andBadTextExplained() {
        AlertRule rule = AlertRule.parse("utilization > 75% for 90s critical");

        assertThat(rule.metric()).isEqualTo(AlertMetric.UTILIZATION);
        assertThat(rule.threshold()).isEqualTo(0.75);
        assertThat(rule.holdFor()).isEqualTo(Duration.ofSeconds(90));
        assertThat(rule.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(AlertRule.parse("new_timeouts > 0 critical").holdFor()).isZero();
        assertThatThrownBy(() -> AlertRule.parse("utilization above 80")).hasMessageContaining("is not of the form");
        assertThatThrownBy(() -> AlertRule.parse("utilization > 80 warning"))
                .hasMessageContaining("a fraction below 1");
    }
}
