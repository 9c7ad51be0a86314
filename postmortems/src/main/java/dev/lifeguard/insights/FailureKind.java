package dev.lifeguard.insights;

/** The pool failure an incident was, as the trends count it. */
public enum FailureKind {
    LEAK("leak", "Connection leak"),
    SLOW_QUERIES("slow-queries", "Slow queries"),
    UNDERSIZED("undersized", "Undersized pool"),
    FLEET_OVERCOMMIT("fleet-overcommit", "Fleet overcommit"),
    OTHER("other", "Other");

    private final String wire;
    private final String label;

    FailureKind(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    /** The name in JSON and on the command line, e.g. {@code slow-queries}. */
    public String wire() {
        return wire;
    }

    /** The name people read. */
    public String label() {
        return label;
    }
}
