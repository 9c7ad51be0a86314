package dev.lifeguard.postmortem.importer;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;

/**
 * Where one non-blank source line of an imported document went: the explain view of {@code import --dry-run
 * --explain} and the console's import preview show these beside the source.
 *
 * @param line        the 1-based source line
 * @param incident    index of the incident (in {@link ImportResult#incidents()}) that holds it
 * @param destination a field ({@code title}, {@code severity}, {@code started}, {@code summary}, …), {@link
 *                    #TIMELINE}, {@link #ACTION}, {@link #NOTES}, or what structure it is ({@link #HEADING},
 *                    {@link #MARKUP}, {@link #RECOMPUTED})
 * @param text        the source line as written (secrets masked)
 */
public record Placement(int line, int incident, String destination, String text) {

    /** A timeline entry, or a continuation of one. */
    public static final String TIMELINE = "timeline";
    /** An action item, or a continuation of one. */
    public static final String ACTION = "action item";
    /** The incident's notes. */
    public static final String NOTES = "notes";
    /** A section heading, table header or label that opens a section: structure, not content. */
    public static final String HEADING = "heading";
    /** Markup without words: rules, table delimiter rows, code fences, front-matter fences. */
    public static final String MARKUP = "markup";
    /** A figure Lifeguard recomputes from the key times (time to resolve, charts), so not imported. */
    public static final String RECOMPUTED = "recomputed";

    /** What kind of destination a line has: the import preview colours each kind and names it in its legend. */
    public enum Kind {
        /** A whole incident: a register row. */
        INCIDENT,
        /** A key time: started, detected, acknowledged, mitigated, resolved. */
        KEY_TIME,
        /** Another field of the incident: title, severity, summary, root cause, … */
        FIELD,
        /** A timeline entry. */
        TIMELINE,
        /** An action item. */
        ACTION,
        /** The notes. */
        NOTES,
        /** Headings and markup: structure, not content. */
        STRUCTURE,
        /** A figure Lifeguard recomputes. */
        RECOMPUTED
    }

    private static final Set<String> KEY_TIMES = Set.of("started", "detected", "acknowledged", "mitigated", "resolved");

    public Placement {
        if (line < 1) {
            throw new IllegalArgumentException("placement 'line' must be at least 1, was " + line);
        }
        requireNonNull(destination, "placement 'destination' is required");
        requireNonNull(text, "placement 'text' is required");
    }

    /** The kind of {@link #destination()}. */
    public Kind kind() {
        return switch (destination) {
            case TIMELINE -> Kind.TIMELINE;
            case ACTION -> Kind.ACTION;
            case NOTES -> Kind.NOTES;
            case HEADING, MARKUP -> Kind.STRUCTURE;
            case RECOMPUTED -> Kind.RECOMPUTED;
            default ->
                destination.startsWith("register row")
                        ? Kind.INCIDENT
                        : KEY_TIMES.contains(destination) ? Kind.KEY_TIME : Kind.FIELD;
        };
    }

    /** {@code 12 → INC-7 severity: | **Severity:** High}, for a terminal. */
    public String explain(String incidentId) {
        return String.format(Locale.ROOT, "%5d  %-28s %s", line, incidentId + " " + destination, text);
    }
}
