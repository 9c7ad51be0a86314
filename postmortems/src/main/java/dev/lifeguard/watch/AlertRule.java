package dev.lifeguard.watch;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alert rule: fires when {@code metric > threshold} has held in every sample for at least {@code holdFor}
 * (zero: at the first such sample), once per episode; the episode ends at a sample where it no longer holds.
 *
 * @param name      a short name shown with the alert
 * @param metric    what is watched
 * @param threshold the value the metric must exceed
 * @param holdFor   how long the condition must hold before firing
 * @param severity  the alert's severity
 */
public record AlertRule(String name, AlertMetric metric, double threshold, Duration holdFor, AlertSeverity severity) {

    private static final Pattern TEXT = Pattern.compile(
            "\\s*(utilization|pending|new_timeouts)\\s*>\\s*([0-9.]+)\\s*(%?)\\s*(?:for\\s+(\\d+)\\s*(ms|s|m|h))?\\s+"
                    + "(warning|critical)\\s*",
            Pattern.CASE_INSENSITIVE);

    public AlertRule {
        Checks.notBlank(name, "alert rule 'name'");
        requireNonNull(metric, "alert rule 'metric' is required");
        requireNonNull(severity, "alert rule 'severity' is required");
        holdFor = holdFor == null ? Duration.ZERO : holdFor;
        if (holdFor.isNegative()) {
            throw new IllegalArgumentException(
                    "alert rule '" + name + "': 'holdFor' must not be negative, was " + holdFor);
        }
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException(
                    "alert rule '" + name + "': 'threshold' must be a number ≥ 0, was " + threshold);
        }
        if (metric == AlertMetric.UTILIZATION && threshold >= 1) {
            throw new IllegalArgumentException("alert rule '" + name + "': a utilization threshold is a fraction"
                    + " below 1"
                    + " (0.8 or 80%), was " + threshold);
        }
    }

    /**
     * The hazard log's rules: utilization above 80 % for 5 minutes (warning), above 90 % for 2 minutes
     * (critical), any new timeout (critical), waiting threads for 1 minute (warning).
     */
    public static List<AlertRule> defaults() {
        return List.of(
                new AlertRule(
                        "pool utilization high",
                        AlertMetric.UTILIZATION,
                        0.8,
                        Duration.ofMinutes(5),
                        AlertSeverity.WARNING),
                new AlertRule(
                        "pool utilization critical",
                        AlertMetric.UTILIZATION,
                        0.9,
                        Duration.ofMinutes(2),
                        AlertSeverity.CRITICAL),
                new AlertRule(
                        "connection timeouts", AlertMetric.NEW_TIMEOUTS, 0, Duration.ZERO, AlertSeverity.CRITICAL),
                new AlertRule(
                        "threads waiting for connections",
                        AlertMetric.PENDING,
                        0,
                        Duration.ofMinutes(1),
                        AlertSeverity.WARNING));
    }

    /**
     * Reads a rule written as {@code "utilization > 90% for 2m critical"}, {@code "pending > 0 for 1m warning"}
     * or {@code "new_timeouts > 0 critical"}.
     *
     * @throws IllegalArgumentException showing the expected shape
     */
    public static AlertRule parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("alert rule '" + text + "' is not of the form"
                    + " 'utilization|pending|new_timeouts > NUMBER[%] [for N(ms|s|m|h)] warning|critical'");
        }
        AlertMetric metric = AlertMetric.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        double threshold = Double.parseDouble(m.group(2)) / (m.group(3).isEmpty() ? 1 : 100);
        Duration hold = Duration.ZERO;
        if (m.group(4) != null) {
            long n = Long.parseLong(m.group(4));
            hold = switch (m.group(5).toLowerCase(Locale.ROOT)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        return new AlertRule(
                text.strip(),
                metric,
                threshold,
                hold,
                AlertSeverity.valueOf(m.group(6).toUpperCase(Locale.ROOT)));
    }
}
