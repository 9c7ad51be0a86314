package dev.lifeguard.desktop.library.preview;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.postmortem.importer.Placement;

/**
 * One non-blank source line in the import preview and where it went.
 *
 * @param placement  the importer's placement of the line
 * @param incidentId the id of the incident that holds it
 * @param retargeted true when a person sent it there
 */
public record PreviewLine(Placement placement, String incidentId, boolean retargeted) {

    public PreviewLine {
        requireNonNull(placement, "line 'placement' is required");
        requireNonNull(incidentId, "line 'incidentId' is required");
    }

    /** The 1-based source line. */
    public int line() {
        return placement.line();
    }

    /** The line as written (secrets masked). */
    public String text() {
        return placement.text();
    }

    /** The destination's kind, which picks the line's colour. */
    public Placement.Kind kind() {
        return placement.kind();
    }

    /** The same line {@code lifeguard import --dry-run --explain} prints for it. */
    public String explain() {
        return placement.explain(incidentId);
    }
}
