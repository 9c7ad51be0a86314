package dev.lifeguard.watch;

/** How urgent an alert is. */
public enum AlertSeverity {
    WARNING,
    CRITICAL
}
