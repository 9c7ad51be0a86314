package dev.lifeguard.desktop.timeline;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.postmortem.redact.Redactor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Timeline tab: entries edited cell by cell, key times edited as text, validation that names the
 * field (the view highlights the field whose key in {@link #fieldErrors()} matches), and "add note now".
 * Field keys are JSON paths: {@code detectedAt}, {@code timeline[3].at}.
 */
public final class TimelineViewModel {

    private final WorkspaceViewModel workspace;
    private final Clock clock;
    private final String author;
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<TimelineEntry> entriesView = FXCollections.unmodifiableObservableList(entries);

    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableMap<String, String> fieldErrorsView = FXCollections.unmodifiableObservableMap(fieldErrors);

    private final ReadOnlyBooleanWrapper spansDays = new ReadOnlyBooleanWrapper();

    /**
     * @param author who "add note now" names as the author (the OS user), or null
     */
    public TimelineViewModel(WorkspaceViewModel workspace, Clock clock, String author) {
        this.workspace = requireNonNull(workspace, "workspace");
        this.clock = requireNonNull(clock, "clock");
        this.author = author;
        workspace.incidentProperty().addListener((o, a, b) -> update(b));
        update(workspace.incident());
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /** Sets a key time from text; blank clears it. Returns the reason it was rejected. */
    public Optional<String> setKeyTime(KeyTime key, String text) {
        Incident i = workspace.incident();
        OffsetDateTime value;
        if (text == null || text.isBlank()) {
            value = null;
        } else {
            try {
                value = TimeText.parse(text, reference(i));
            } catch (IllegalArgumentException e) {
                return fail(key.field(), e.getMessage());
            }
        }
        return result(
                key.field(),
                workspace.edit("Set " + key.label().toLowerCase(Locale.ROOT) + " time", inc -> key.with(inc, value)));
    }

    /** The key time as text for its field. */
    public String keyTimeText(KeyTime key) {
        OffsetDateTime t = key.get(workspace.incident());
        return t == null ? "" : TimeText.format(t, spansDays.get());
    }

    /** Sets entry {@code index}'s time from text. */
    public Optional<String> setTime(int index, String text) {
        String field = "timeline[" + index + "].at";
        OffsetDateTime at;
        try {
            at = TimeText.parse(text, entries.get(index).at());
        } catch (IllegalArgumentException e) {
            return fail(field, e.getMessage());
        }
        return result(
                field,
                changeEntry(
                        index,
                        "Change entry time",
                        e -> new TimelineEntry(at, e.kind(), e.text(), e.author(), e.source())));
    }

    /** Sets entry {@code index}'s kind. */
    public Optional<String> setKind(int index, TimelineKind kind) {
        return result(
                "timeline[" + index + "].kind",
                changeEntry(
                        index,
                        "Change entry kind",
                        e -> new TimelineEntry(e.at(), kind, e.text(), e.author(), e.source())));
    }

    /** Sets entry {@code index}'s text. */
    public Optional<String> setText(int index, String text) {
        return result(
                "timeline[" + index + "].text",
                changeEntry(
                        index,
                        "Edit entry text",
                        e -> new TimelineEntry(
                                e.at(), e.kind(), text == null ? null : Redactor.mask(text), e.author(), e.source())));
    }

    /** Sets entry {@code index}'s author (blank clears it). */
    public Optional<String> setAuthor(int index, String name) {
        String value = name == null || name.isBlank() ? null : name.trim();
        return result(
                "timeline[" + index + "].author",
                changeEntry(
                        index,
                        "Edit entry author",
                        e -> new TimelineEntry(e.at(), e.kind(), e.text(), value, e.source())));
    }

    /** Removes entry {@code index}. */
    public void delete(int index) {
        workspace.edit("Delete timeline entry", i -> {
            List<TimelineEntry> list = new ArrayList<>(i.timeline());
            list.remove(index);
            return i.toBuilder().timeline(list).build();
        });
    }

    /** Adds a note stamped with the current time (one keystroke during an incident); returns its index. */
    public int addNoteNow(String text) {
        // Typed during an incident, a note is where a pasted connection string lands: masked like every way in.
        String body = text == null || text.isBlank() ? "Note" : Redactor.mask(text);
        OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
        OffsetDateTime ref = reference(workspace.incident());
        TimelineEntry entry = new TimelineEntry(
                now.withOffsetSameInstant(ref.getOffset()), TimelineKind.NOTE, body, author, "manual");
        workspace.edit("Add note", i -> i.toBuilder().addTimeline(entry).build());
        return workspace.incident().timeline().size() - 1;
    }

    /** Orders the entries by time (imports may bring them out of order). */
    public void sortByTime() {
        workspace.edit(
                "Sort timeline",
                i -> i.toBuilder()
                        .timeline(i.timeline().stream()
                                .sorted(Comparator.comparing(TimelineEntry::at))
                                .toList())
                        .build());
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The entries, in the incident's order. */
    public ObservableList<TimelineEntry> entries() {
        return entriesView;
    }

    /** Rejected fields and why, keyed by JSON path. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrorsView;
    }

    /** True when the incident's times fall on more than one day; tables then show dates. */
    public ReadOnlyBooleanProperty spansDaysProperty() {
        return spansDays.getReadOnlyProperty();
    }

    /** {@code t} formatted for this incident's table. */
    public String format(OffsetDateTime t) {
        return TimeText.format(t, spansDays.get());
    }

    /** True when entry {@code index} is earlier than the one before it. */
    public boolean isOutOfOrder(int index) {
        return index > 0
                && index < entries.size()
                && entries.get(index).at().isBefore(entries.get(index - 1).at());
    }

    // ---- Internals --------------------------------------------------------------------------------

    private Optional<String> changeEntry(int index, String what, UnaryOperator<TimelineEntry> change) {
        return workspace.edit(what, i -> {
            List<TimelineEntry> list = new ArrayList<>(i.timeline());
            list.set(index, change.apply(list.get(index)));
            return i.toBuilder().timeline(list).build();
        });
    }

    private Optional<String> fail(String field, String reason) {
        fieldErrors.put(field, reason);
        return Optional.of(reason);
    }

    private Optional<String> result(String field, Optional<String> error) {
        if (error.isPresent()) {
            return fail(field, error.get());
        }
        fieldErrors.remove(field);
        return error;
    }

    private OffsetDateTime reference(Incident i) {
        return i.impactStart()
                .or(() -> i.timeline().stream().map(TimelineEntry::at).findFirst())
                .orElseGet(() -> OffsetDateTime.now(clock));
    }

    private void update(Incident i) {
        List<OffsetDateTime> times = new ArrayList<>();
        for (KeyTime k : KeyTime.values()) {
            Optional.ofNullable(k.get(i)).ifPresent(times::add);
        }
        i.timeline().forEach(e -> times.add(e.at()));
        spansDays.set(times.stream()
                        .map(t -> t.withOffsetSameInstant(reference(i).getOffset())
                                .toLocalDate())
                        .distinct()
                        .count()
                > 1);
        entries.setAll(i.timeline());
    }
}
