package dev.lifeguard.desktop.overview;

import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Overview tab's figures (key times, the four durations, impact) derived from the open incident,
 * and the few edits it offers (title, severity, status, summary, root cause).
 */
public final class OverviewViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm:ss xxx");

    /** A labelled figure. */
    public record Figure(String label, String value) {}

    private final WorkspaceViewModel workspace;
    private final ReadOnlyObjectWrapper<List<Figure>> keyTimes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Figure>> durations = new ReadOnlyObjectWrapper<>(List.of());

    public OverviewViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.incidentProperty().addListener((o, a, b) -> update(b));
        update(workspace.incident());
    }

    private void update(Incident i) {
        keyTimes.set(List.of(
                new Figure("Started", time(i.startedAt())),
                new Figure("Detected", time(i.detectedAt())),
                new Figure("Acknowledged", time(i.acknowledgedAt())),
                new Figure("Mitigated", time(i.mitigatedAt())),
                new Figure("Resolved", time(i.resolvedAt()))));
        durations.set(List.of(
                new Figure("Undetected for", DurationText.of(i.timeUndetected())),
                new Figure("Time to acknowledge", DurationText.of(i.timeToAcknowledge())),
                new Figure("Time to mitigate", DurationText.of(i.timeToMitigate())),
                new Figure("Time to resolve", DurationText.of(i.timeToResolve()))));
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "—" : TIME.format(t);
    }

    /** Key times, formatted, in order. */
    public ReadOnlyObjectProperty<List<Figure>> keyTimesProperty() {
        return keyTimes.getReadOnlyProperty();
    }

    /** The derived durations, formatted. */
    public ReadOnlyObjectProperty<List<Figure>> durationsProperty() {
        return durations.getReadOnlyProperty();
    }

    /** Renames the incident; returns the reason when the title is rejected. */
    public Optional<String> setTitle(String title) {
        return workspace.edit("Rename", i -> i.toBuilder().title(title).build());
    }

    /** Changes the severity. */
    public Optional<String> setSeverity(Severity severity) {
        return workspace.edit(
                "Change severity", i -> i.toBuilder().severity(severity).build());
    }

    /** Changes the status. */
    public Optional<String> setStatus(IncidentStatus status) {
        return workspace.edit("Change status", i -> i.toBuilder().status(status).build());
    }

    /** Rewrites the summary. */
    public Optional<String> setSummary(String summary) {
        return workspace.edit(
                "Edit summary", i -> i.toBuilder().summary(summary).build());
    }

    /** Rewrites the root cause. */
    public Optional<String> setRootCause(String rootCause) {
        return workspace.edit(
                "Edit root cause", i -> i.toBuilder().rootCause(rootCause).build());
    }
}
