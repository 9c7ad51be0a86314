package dev.lifeguard.postmortem.doc;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When users were hurt according to the pool metrics: from the first waiting thread or timeout until the pool
 * recovered (no waiter, no new timeout).
 *
 * @param start    the first sample with a waiting thread or a new timeout
 * @param end      the first sample after the last bad one, {@code null} when the series ends still impaired
 * @param cause    what marked the start: {@code "first waiting thread"} or {@code "first timeout"}
 * @param pool     the series (pool) it was found in
 * @param timeouts timeouts counted inside the window
 * @param maxPending the most threads waiting at once inside the window
 */
public record ImpactWindow(Instant start, Instant end, String cause, String pool, long timeouts, int maxPending) {

    public ImpactWindow {
        requireNonNull(start, "impact window 'start' is required");
        requireNonNull(cause, "impact window 'cause' is required");
        requireNonNull(pool, "impact window 'pool' is required");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("impact window 'end' (" + end + ") is before 'start' (" + start + ")");
        }
    }

    /** How long the window lasted, when it ended inside the series. */
    public Optional<Duration> duration() {
        return end == null ? Optional.empty() : Optional.of(Duration.between(start, end));
    }
}
