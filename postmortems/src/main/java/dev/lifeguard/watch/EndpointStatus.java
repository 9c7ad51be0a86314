package dev.lifeguard.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * How the watched endpoint is doing, for a status line.
 *
 * @param state               connecting, up or down
 * @param message             what happened last, e.g. {@code "connection refused"} or {@code "2 pools"}
 * @param lastSuccess         the last successful scrape ({@code null} before the first)
 * @param consecutiveFailures failed scrapes in a row
 * @param nextAttemptAt       when the next scrape is due ({@code null} when stopped)
 */
public record EndpointStatus(
        State state, String message, Instant lastSuccess, int consecutiveFailures, Instant nextAttemptAt) {

    /** The endpoint's state. */
    public enum State {
        CONNECTING,
        UP,
        DOWN,
        STOPPED
    }

    public EndpointStatus {
        requireNonNull(state, "status 'state' is required");
        message = message == null ? "" : message;
    }
}
