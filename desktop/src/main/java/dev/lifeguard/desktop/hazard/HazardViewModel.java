package dev.lifeguard.desktop.hazard;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.hazard.HazardStatus;
import dev.lifeguard.incident.store.AttachedRun;
import dev.lifeguard.incident.store.IncidentStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Hazard tab: the incident's hazard-log entries, one edited at a time. Scores come from clicks on
 * the 5×5 matrix; controls are typed (design, testing, training, business process); a testing control
 * can cite a simulation run kept with the incident as its evidence.
 */
public final class HazardViewModel {

    private final WorkspaceViewModel workspace;
    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final ObservableList<Hazard> hazards = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<Hazard> hazardsView = FXCollections.unmodifiableObservableList(hazards);
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<Hazard> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AttachedRun> runs = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<AttachedRun> runsView = FXCollections.unmodifiableObservableList(runs);

    public HazardViewModel(WorkspaceViewModel workspace, IncidentStore store, TaskExecutor executor,
            MessageCenter messages) {
        this.workspace = workspace;
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        workspace.incidentProperty().addListener((o, a, i) -> update(i));
        selected.addListener((o, a, b) -> update(workspace.incident()));
        update(workspace.incident());
        if (!hazards.isEmpty()) {
            selected.set(0);
        }
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /** Adds a draft hazard and selects it. */
    public void addHazard() {
        int n = workspace.incident().hazards().size() + 1;
        String id;
        do {
            id = String.format("HAZ-%03d", n++);
        } while (exists(id));
        Hazard fresh = new Hazard(id, "New hazard", null, List.of(), null, null, null, List.of(), null, List.of(),
                null, null, null, null, HazardStatus.DRAFT, null, List.of());
        workspace.edit("Add hazard", i -> i.toBuilder().addHazard(fresh).build());
        selected.set(workspace.incident().hazards().size() - 1);
    }

    /** Renames the selected hazard. */
    public Optional<String> setName(String value) {
        return change("Rename hazard", d -> d.name = value);
    }

    /** Sets the description. */
    public Optional<String> setDescription(String value) {
        return change("Edit hazard description", d -> d.description = blankToNull(value));
    }

    /** Sets the causes, one per line. */
    public Optional<String> setCauses(String lines) {
        return change("Edit causes", d -> d.causes = lines == null ? List.of()
                : Arrays.stream(lines.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    /** Sets the effect. */
    public Optional<String> setEffect(String value) {
        return change("Edit effect", d -> d.effect = blankToNull(value));
    }

    /** Sets the hazardous situation. */
    public Optional<String> setHazardText(String value) {
        return change("Edit hazard", d -> d.hazard = blankToNull(value));
    }

    /** Sets the harm. */
    public Optional<String> setHarm(String value) {
        return change("Edit harm", d -> d.harm = blankToNull(value));
    }

    /** Sets the status. */
    public Optional<String> setStatus(HazardStatus value) {
        return change("Change hazard status", d -> d.status = value);
    }

    /** Sets the initial severity and likelihood (a click on the matrix). */
    public Optional<String> setInitialRisk(int severity, int likelihood) {
        return change("Score initial risk", d -> {
            d.severity = severity;
            d.likelihood = likelihood;
        });
    }

    /** Sets the residual severity and likelihood after controls. */
    public Optional<String> setResidualRisk(int severity, int likelihood) {
        return change("Score residual risk", d -> {
            d.residualSeverity = severity;
            d.residualLikelihood = likelihood;
        });
    }

    /** Adds a control of {@code type}. */
    public Optional<String> addControl(ControlType type, String text, boolean implemented) {
        return change("Add control", d -> d.controls.add(new HazardControl(type, text, implemented, null)));
    }

    /** Removes control {@code index} of the selected hazard. */
    public Optional<String> removeControl(int index) {
        return change("Remove control", d -> d.controls.remove(index));
    }

    /** Cites a kept simulation run as the evidence of control {@code index}. */
    public Optional<String> linkRun(int index, AttachedRun run) {
        return change("Link simulation run", d -> {
            HazardControl c = d.controls.get(index);
            d.controls.set(index, new HazardControl(c.type(), c.text(), c.implemented(),
                    new Evidence(EvidenceKind.SIMULATION, run.id(), run.title())));
        });
    }

    /** Loads the simulation runs kept with the incident. */
    public void refreshRuns() {
        String id = workspace.incident().id();
        BackgroundTask.of("Loading simulation runs", () -> store.runs(id))
                .onSuccess(runs::setAll)
                .onFailure(e -> messages.error("Loading simulation runs", e))
                .executeWith(executor);
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The incident's hazards. */
    public ObservableList<Hazard> hazards() {
        return hazardsView;
    }

    /** Index of the hazard being edited (−1 for none). */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The hazard being edited, or null. */
    public ReadOnlyObjectProperty<Hazard> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Simulation runs kept with the incident. */
    public ObservableList<AttachedRun> runs() {
        return runsView;
    }

    // ---- Internals --------------------------------------------------------------------------------

    private Optional<String> change(String what, Consumer<HazardDraft> edit) {
        int index = selected.get();
        if (index < 0 || index >= workspace.incident().hazards().size()) {
            return Optional.of("no hazard is selected");
        }
        return workspace.edit(what, i -> {
            HazardDraft draft = new HazardDraft(i.hazards().get(index));
            edit.accept(draft);
            List<Hazard> list = new ArrayList<>(i.hazards());
            list.set(index, draft.build());
            return i.toBuilder().hazards(list).build();
        });
    }

    private void update(Incident i) {
        hazards.setAll(i.hazards());
        int index = selected.get();
        current.set(index >= 0 && index < hazards.size() ? hazards.get(index) : null);
    }

    private boolean exists(String id) {
        return workspace.incident().hazards().stream().anyMatch(h -> h.id().equals(id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
