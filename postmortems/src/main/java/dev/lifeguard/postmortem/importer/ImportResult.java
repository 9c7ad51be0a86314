package dev.lifeguard.postmortem.importer;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import java.util.ArrayList;
import java.util.List;

/**
 * The incidents read from one document, and the report of how.
 *
 * @param incidents one or more incidents (an incident log holds several)
 * @param report     what was recognised, kept in notes, warned about and redacted
 * @param placements where every non-blank source line went, in line order
 */
public record ImportResult(List<Incident> incidents, ImportReport report, List<Placement> placements) {

    public ImportResult {
        incidents = List.copyOf(incidents);
        requireNonNull(report, "result 'report' is required");
        placements = List.copyOf(placements);
    }

    /** A result without a line mapping (Lifeguard JSON, which has no lines to place). */
    public ImportResult(List<Incident> incidents, ImportReport report) {
        this(incidents, report, List.of());
    }

    /** The line-by-line mapping, for {@code import --dry-run --explain}. */
    public List<String> explain() {
        List<String> out = new ArrayList<>();
        for (Placement p : placements) {
            out.add(p.explain(
                    p.incident() < incidents.size()
                            ? incidents.get(p.incident()).id()
                            : "-"));
        }
        return out;
    }
}
