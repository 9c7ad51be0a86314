package dev.lifeguard.desktop.library.preview;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the result pane: a field of the incident an import would store, as text.
 *
 * @param label what it is ("Started", "Action AI-1")
 * @param value its value as the person should check it
 */
public record ResultRow(String label, String value) {

    public ResultRow {
        requireNonNull(label, "row 'label' is required");
        requireNonNull(value, "row 'value' is required");
    }

    /** The rows of {@code incident}: identity, key times, timeline, action items (owner, due, ticket, done), notes. */
    public static List<ResultRow> of(Incident incident) {
        List<ResultRow> rows = new ArrayList<>();
        rows.add(new ResultRow("Id", incident.id()));
        rows.add(new ResultRow("Title", incident.title()));
        rows.add(new ResultRow("Severity", incident.severity().wire()));
        rows.add(new ResultRow("Status", incident.status().label()));
        if (!incident.services().isEmpty()) {
            rows.add(new ResultRow("Services", String.join(", ", incident.services())));
        }
        time(rows, "Started", incident.startedAt());
        time(rows, "Detected", incident.detectedAt());
        time(rows, "Acknowledged", incident.acknowledgedAt());
        time(rows, "Mitigated", incident.mitigatedAt());
        time(rows, "Resolved", incident.resolvedAt());
        if (incident.summary() != null) {
            rows.add(new ResultRow("Summary", incident.summary()));
        }
        for (TimelineEntry e : incident.timeline()) {
            rows.add(new ResultRow("Timeline", e.at() + "  [" + e.kind().wire() + "] " + e.text()));
        }
        for (ActionItem a : incident.actionItems()) {
            rows.add(new ResultRow("Action " + a.id(), action(a)));
        }
        for (String note : incident.notes()) {
            rows.add(new ResultRow("Note", note));
        }
        return rows;
    }

    private static void time(List<ResultRow> rows, String label, OffsetDateTime at) {
        if (at != null) {
            rows.add(new ResultRow(label, at.toString()));
        }
    }

    private static String action(ActionItem a) {
        StringBuilder sb = new StringBuilder(a.title());
        sb.append("  [").append(a.status().label()).append(']');
        if (a.owner() != null) {
            sb.append("  owner ").append(a.owner());
        }
        if (a.due() != null) {
            sb.append("  due ").append(a.due());
        }
        if (a.ticket() != null) {
            sb.append("  ticket ").append(a.ticket());
        }
        return sb.toString();
    }
}
