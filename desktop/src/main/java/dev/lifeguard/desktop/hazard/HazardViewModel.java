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
import java.util.Locale;
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

    public HazardViewModel(
            WorkspaceViewModel workspace, IncidentStore store, TaskExecutor executor, MessageCenter messages) {
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
        Hazard fresh = new Hazard(
                id,
                "New hazard",
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                HazardStatus.DRAFT,
                null,
                List.of());
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
        return change("Edit causes", d -> d.causes = lines(lines));
    }

    /** Sets the hazard types (classification labels), one per line. */
    public Optional<String> setHazardTypes(String lines) {
        return change("Edit hazard types", d -> d.hazardTypes = lines(lines));
    }

    /** Sets the controls that were in place before the analysis, in words. */
    public Optional<String> setExistingControls(String value) {
        return change("Edit existing controls", d -> d.existingControls = blankToNull(value));
    }

    /** Sets who owns the hazard. */
    public Optional<String> setAssignment(String value) {
        return change("Edit assignment", d -> d.assignment = blankToNull(value));
    }

    /** Sets the code associated with the hazard, one reference per line. */
    public Optional<String> setCodeReferences(String lines) {
        return change("Edit code references", d -> d.codeReferences = lines(lines));
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

    /** Marks control {@code index} in place, or planned again. */
    public Optional<String> toggleImplemented(int index) {
        return change("Mark control in place", d -> {
            HazardControl c = d.controls.get(index);
            d.controls.set(index, new HazardControl(c.type(), c.text(), !c.implemented(), c.evidence()));
        });
    }

    /** Removes the selected hazard from the log. */
    public void removeHazard() {
        int index = selected.get();
        if (index >= 0 && index < workspace.incident().hazards().size()) {
            workspace.edit("Remove hazard", i -> {
                List<Hazard> list = new ArrayList<>(i.hazards());
                list.remove(index);
                return i.toBuilder().hazards(list).build();
            });
            selected.set(Math.min(index, workspace.incident().hazards().size() - 1));
        }
    }

    /** Removes control {@code index} of the selected hazard. */
    public Optional<String> removeControl(int index) {
        return change("Remove control", d -> d.controls.remove(index));
    }

    /**
     * Cites a kept simulation run as the evidence of testing control {@code index}; DCB0129 tests a control by
     * testing it, so only testing controls cite runs.
     */
    public Optional<String> linkRun(int index, AttachedRun run) {
        Hazard h = current.get();
        if (h != null
                && index >= 0
                && index < h.controls().size()
                && h.controls().get(index).type() != ControlType.TESTING) {
            return Optional.of("control " + (index + 1) + " is a "
                    + h.controls().get(index).type().label().toLowerCase(Locale.ROOT)
                    + " control: only testing controls cite simulation runs");
        }
        return change("Link simulation run", d -> {
            HazardControl c = d.controls.get(index);
            d.controls.set(
                    index,
                    new HazardControl(
                            c.type(),
                            c.text(),
                            c.implemented(),
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

    /** The kept run a control's evidence cites, if its reference is the id of one. */
    public Optional<AttachedRun> linkedRun(HazardControl control) {
        if (control.evidence() == null || control.evidence().reference() == null) {
            return Optional.empty();
        }
        return runs.stream()
                .filter(r -> r.id().equals(control.evidence().reference()))
                .findFirst();
    }

    /** The position in the selected hazard's controls of the {@code k}th control of {@code type}, or −1. */
    public int controlIndex(ControlType type, int k) {
        Hazard h = current.get();
        int seen = 0;
        for (int i = 0; h != null && i < h.controls().size(); i++) {
            if (h.controls().get(i).type() == type && seen++ == k) {
                return i;
            }
        }
        return -1;
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

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
