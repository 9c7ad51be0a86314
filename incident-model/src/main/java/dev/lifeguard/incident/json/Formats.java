package dev.lifeguard.incident.json;

/** The {@code "format"} values of Lifeguard's versioned JSON documents. */
public final class Formats {

    /** An incident with its timeline, action items, metrics and hazards. */
    public static final String INCIDENT = "lifeguard.incident/1";
    /** A what-if scenario: pool, database model, load, request shape and SLO. */
    public static final String SCENARIO = "lifeguard.scenario/1";
    /** The result of one simulation run. */
    public static final String RESULT = "lifeguard.result/1";
    /** Trends across incidents: counts, time to detect/mitigate/resolve, action items, recurrences. */
    public static final String TRENDS = "lifeguard.trends/1";

    private Formats() {}
}
