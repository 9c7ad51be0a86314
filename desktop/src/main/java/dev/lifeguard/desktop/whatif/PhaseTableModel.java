package dev.lifeguard.desktop.whatif;

import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The scenario's load phases as table rows. The rows always show the scenario that runs (and that "Save"
 * writes): an edit that makes a valid load replaces the scenario's load; one that does not is not applied, and
 * its reason is kept under the cell's key ({@code phases[2].rate}) for the view to mark the cell.
 */
public final class PhaseTableModel {

    private final ObjectProperty<Scenario> scenario;
    private final ObservableList<PhaseRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PhaseRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableMap<String, String> errorsView = FXCollections.unmodifiableObservableMap(errors);

    PhaseTableModel(ObjectProperty<Scenario> scenario) {
        this.scenario = scenario;
        scenario.addListener((o, a, s) -> show(s));
        show(scenario.get());
    }

    /**
     * Sets {@code field} of phase {@code index} to {@code text} ({@code type} changes the phase's type).
     *
     * @return the reason when the value is rejected, naming phase and field
     */
    public Optional<String> edit(int index, String field, String text) {
        return change("phases[" + index + "]." + field, list -> {
            list.set(index, list.get(index).with(field, text));
            return list;
        });
    }

    /** Adds a phase of {@code type} after phase {@code after} (at the end when −1), with plain starting values. */
    public Optional<String> add(String type, int after) {
        int at = after < 0 || after >= rows.size() ? rows.size() : after + 1;
        return change("phases[" + at + "].type", list -> {
            list.add(at, PhaseRow.blank(type));
            return list;
        });
    }

    /** Removes phase {@code index}; the last phase cannot go (a scenario needs load). */
    public Optional<String> remove(int index) {
        return change("phases[" + index + "].type", list -> {
            list.remove(index);
            return list;
        });
    }

    /** Moves phase {@code index} by {@code delta} places (−1 up, +1 down); at either end nothing moves. */
    public Optional<String> move(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= rows.size() || target < 0 || target >= rows.size()) {
            return Optional.empty();
        }
        return change("phases[" + target + "].type", list -> {
            list.add(target, list.remove(index));
            return list;
        });
    }

    /** The rows, one per phase, in the scenario's order. */
    public ObservableList<PhaseRow> rows() {
        return rowsView;
    }

    /** The last rejection, by cell key ({@code phases[1].duration}); empty after an accepted change. */
    public ObservableMap<String, String> errors() {
        return errorsView;
    }

    private Optional<String> change(String key, UnaryOperator<List<PhaseRow>> edit) {
        List<LoadPhase> phases = new ArrayList<>();
        List<PhaseRow> edited;
        int index = -1;
        try {
            edited = edit.apply(new ArrayList<>(rows));
            for (index = 0; index < edited.size(); index++) {
                phases.add(edited.get(index).toPhase());
            }
            scenario.set(scenario.get().withLoad(new LoadModel(phases)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            // A phase's own check names its field; the cell is that phase's, else the one edited.
            String cell = index >= 0 && message.startsWith("load phase ")
                    ? "phases[" + index + "]." + PhaseRow.column(message) : key;
            String where = index >= 0 && message.startsWith("load phase ") ? "Phase " + (index + 1) + ": " : "";
            errors.clear();
            errors.put(cell, where + message);
            return Optional.of(where + message);
        }
        errors.clear();
        return Optional.empty();
    }

    private void show(Scenario s) {
        errors.clear();
        rows.setAll(s.load().phases().stream().map(PhaseRow::of).toList());
    }
}
