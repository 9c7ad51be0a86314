package dev.lifeguard.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A fired alert.
 *
 * @param rule     the rule's name
 * @param severity its severity
 * @param pool     the pool it concerns
 * @param at       the sample time at which it fired
 * @param value    the metric's value then
 * @param message  one line for a terminal or a notification
 */
public record Alert(String rule, AlertSeverity severity, String pool, Instant at, double value, String message) {

    public Alert {
        requireNonNull(rule, "alert 'rule' is required");
        requireNonNull(severity, "alert 'severity' is required");
        requireNonNull(pool, "alert 'pool' is required");
        requireNonNull(at, "alert 'at' is required");
        requireNonNull(message, "alert 'message' is required");
    }
}
