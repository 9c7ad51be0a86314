package dev.lifeguard.watch;

import dev.lifeguard.incident.metrics.MetricSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies rules to each pool's samples as they arrive. Time comes only from the samples, so the same samples
 * always give the same alerts. Not thread-safe: one poller feeds it.
 */
public final class AlertEvaluator {

    private final List<AlertRule> rules;
    private final Map<String, MetricSample> previous = new HashMap<>();
    /** pool → rule index → since when the condition has held (absent: it does not hold). */
    private final Map<String, Map<Integer, Instant>> holdingSince = new HashMap<>();

    private final Map<String, Map<Integer, Boolean>> fired = new HashMap<>();
    /** pool → rule index → timeouts counted in this episode and not yet reported by an alert. */
    private final Map<String, Map<Integer, Double>> unreported = new HashMap<>();

    /** An evaluator of {@code rules}. */
    public AlertEvaluator(List<AlertRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * An evaluator of {@code newRules} that carries on from this one: the last sample of each pool is kept (so a
     * timeout counted before the change is not counted again), and a rule present in both keeps how long its
     * condition has held and whether it fired, so editing one rule neither resets nor re-fires the others.
     */
    public AlertEvaluator withRules(List<AlertRule> newRules) {
        AlertEvaluator next = new AlertEvaluator(newRules);
        next.previous.putAll(previous);
        for (int i = 0; i < next.rules.size(); i++) {
            int old = rules.indexOf(next.rules.get(i));
            if (old < 0) {
                continue;
            }
            int now = i;
            holdingSince.forEach((pool, since) -> {
                if (since.containsKey(old)) {
                    next.holdingSince
                            .computeIfAbsent(pool, p -> new HashMap<>())
                            .put(now, since.get(old));
                }
            });
            fired.forEach((pool, done) -> {
                if (done.containsKey(old)) {
                    next.fired.computeIfAbsent(pool, p -> new HashMap<>()).put(now, done.get(old));
                }
            });
        }
        return next;
    }

    /** The rules applied. */
    public List<AlertRule> rules() {
        return rules;
    }

    /** The alerts that {@code sample} (the next of {@code pool}) fires, in rule order. */
    public List<Alert> evaluate(String pool, MetricSample sample) {
        MetricSample before = previous.put(pool, sample);
        Map<Integer, Instant> since = holdingSince.computeIfAbsent(pool, p -> new HashMap<>());
        Map<Integer, Boolean> done = fired.computeIfAbsent(pool, p -> new HashMap<>());
        Map<Integer, Double> owed = unreported.computeIfAbsent(pool, p -> new HashMap<>());
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            AlertRule rule = rules.get(i);
            double value = rule.metric().value(before, sample);
            if (!(value > rule.threshold())) {
                since.remove(i);
                done.remove(i);
                owed.remove(i);
                continue;
            }
            Instant start = since.computeIfAbsent(i, k -> sample.at());
            if (rule.metric() == AlertMetric.NEW_TIMEOUTS) {
                // An increase, not a level: every scrape that adds timeouts gets an alert, and one fired after a
                // hold reports all the timeouts since the episode began, so none goes unmentioned.
                double total = owed.merge(i, value, Double::sum);
                if (Duration.between(start, sample.at()).compareTo(rule.holdFor()) >= 0) {
                    owed.remove(i);
                    alerts.add(new Alert(
                            rule.name(),
                            rule.severity(),
                            pool,
                            sample.at(),
                            total,
                            message(rule, pool, total, sample, start)));
                }
                continue;
            }
            if (done.getOrDefault(i, false)
                    || Duration.between(start, sample.at()).compareTo(rule.holdFor()) < 0) {
                continue;
            }
            done.put(i, true);
            alerts.add(new Alert(
                    rule.name(), rule.severity(), pool, sample.at(), value, message(rule, pool, value, sample, start)));
        }
        return alerts;
    }

    private static String message(AlertRule rule, String pool, double value, MetricSample sample, Instant start) {
        String what = switch (rule.metric()) {
            case UTILIZATION ->
                "utilization " + rule.metric().format(value) + " (" + sample.active() + "/" + sample.max() + " active)";
            case PENDING -> sample.pending() + " threads waiting for a connection";
            case NEW_TIMEOUTS ->
                Math.round(value) + " new connection timeout(s), " + sample.timeoutsTotal() + " in total";
        };
        String held = rule.holdFor().isZero()
                ? ""
                : " for " + Duration.between(start, sample.at()).toSeconds() + "s";
        return rule.severity() + " " + pool + ": " + what + held + " [" + rule.name() + "]";
    }
}
