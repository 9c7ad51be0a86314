package dev.lifeguard.desktop.live;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.watch.AlertMetric;
import dev.lifeguard.watch.AlertRule;
import java.util.Locale;

/**
 * One row of the Live view's rule table: a rule and whether it applies.
 *
 * @param rule    the rule
 * @param enabled false to keep the rule in the table without applying it
 */
public record RuleSetting(AlertRule rule, boolean enabled) {

    public RuleSetting {
        requireNonNull(rule, "rule setting 'rule' is required");
    }

    /** The threshold as the table shows it: a percentage for utilization, a count otherwise. */
    public String thresholdText() {
        double t = rule.threshold();
        if (rule.metric() == AlertMetric.UTILIZATION) {
            return number(t * 100) + " %";
        }
        return number(t);
    }

    /** How long the condition must hold, e.g. {@code 5m}; {@code 0s} for at once. */
    public String holdText() {
        return rule.holdFor().isZero() ? "0s" : new SimDuration(rule.holdFor().toNanos()).text();
    }

    /** The condition in words, e.g. {@code utilization > 80 % for 5m}. */
    public String conditionText() {
        return rule.metric().wire() + " > " + thresholdText() + (rule.holdFor().isZero() ? "" : " for " + holdText());
    }

    private static String number(double v) {
        double rounded = Math.round(v * 1000) / 1000.0;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%s", rounded);
    }
}
