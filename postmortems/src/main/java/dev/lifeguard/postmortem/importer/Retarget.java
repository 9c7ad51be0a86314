package dev.lifeguard.postmortem.importer;

import java.util.Locale;
import java.util.Map;

/**
 * A person's correction of where one source line goes, chosen in the import preview: the importer takes the line out
 * of what its readers see and places it here instead, then builds the incidents again (see
 * {@link DocumentImporter#importBytes(byte[], String, Map)}).
 */
public enum Retarget {
    /** The line states the incident's start time. */
    STARTED("started", "start time"),
    /** The line states when the incident was detected. */
    DETECTED("detected", "detected time"),
    /** The line states when the impact was mitigated. */
    MITIGATED("mitigated", "mitigated time"),
    /** The line states the end time (resolved). */
    RESOLVED("resolved", "end time"),
    /** The line is a timeline entry. */
    TIMELINE(Placement.TIMELINE, "timeline entry"),
    /** The line (or table row) is an action item. */
    ACTION(Placement.ACTION, "action item"),
    /** The line belongs in the notes, as written. */
    NOTES(Placement.NOTES, "notes");

    private final String destination;
    private final String label;

    Retarget(String destination, String label) {
        this.destination = destination;
        this.label = label;
    }

    /** The {@link Placement#destination()} a retargeted line gets. */
    public String destination() {
        return destination;
    }

    /** What the choice says to a person: "start time", "action item". */
    public String label() {
        return label;
    }

    /** True for the key times, which take a time from the line. */
    public boolean isKeyTime() {
        return ordinal() <= RESOLVED.ordinal();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
