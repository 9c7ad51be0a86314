package dev.lifeguard.desktop.whatif;

import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The scenario's load phases as table rows, as typed. An edited cell keeps its text; when every row then makes a
 * valid load it replaces the scenario's load (the load that runs and that "Save" writes). When a row does not,
 * the scenario keeps its load and the cell's reason stays under its key ({@code phases[2].rate}) until the cell is
 * fixed or reverted, and the lab does not run meanwhile. Adding, removing and moving phases wait until then.
 */
public final class PhaseTableModel {

    private static final Pattern CELL = Pattern.compile("phases\\[(\\d+)]\\.(\\w+)");

    private final ObjectProperty<Scenario> scenario;
    private final ObservableList<PhaseRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PhaseRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableMap<String, String> errorsView = FXCollections.unmodifiableObservableMap(errors);
    /** What a refused cell showed before its first refused edit, by cell key: what Esc brings back. */
    private final Map<String, String> before = new HashMap<>();
    /** The load the rows were last made from or made: a scenario change with another load replaces the rows. */
    private LoadModel shown;

    PhaseTableModel(ObjectProperty<Scenario> scenario) {
        this.scenario = scenario;
        scenario.addListener((o, a, s) -> show(s));
        show(scenario.get());
    }

    /**
     * Sets {@code field} of phase {@code index} to {@code text} ({@code type} changes the phase's type). The
     * cell keeps the text even when the load it makes is refused.
     *
     * @return the reason when the value is refused, naming phase and field
     */
    public Optional<String> edit(int index, String field, String text) {
        String key = key(index, field);
        if (index < 0 || index >= rows.size()) {
            return Optional.of("there is no phase " + (index + 1));
        }
        PhaseRow row = rows.get(index);
        PhaseRow edited;
        try {
            edited = row.with(field, text);
        } catch (IllegalArgumentException e) {
            // not a row at all (a replay cannot change type): nothing changes on screen, so nothing stays marked
            return Optional.of("Phase " + (index + 1) + ": " + e.getMessage());
        }
        if (!errors.containsKey(key) && !before.containsKey(key)) {
            before.put(key, row.cell(field));
        }
        rows.set(index, edited);
        return apply(key);
    }

    /** Puts back what cell {@code field} of phase {@code index} showed before its refused edits (Esc). */
    public Optional<String> revert(int index, String field) {
        if (index < 0 || index >= rows.size()) {
            return Optional.empty();
        }
        String original = before.get(key(index, field));
        List<LoadPhase> running = scenario.get().load().phases();
        if (original == null && index < running.size()) {
            // a cell refused without being edited here: what the running phase has there
            original = PhaseRow.of(running.get(index)).cell(field);
        }
        if (original == null) {
            return Optional.empty();
        }
        rows.set(index, rows.get(index).with(field, original));
        before.remove(key(index, field));
        return apply(key(index, field));
    }

    /** Puts back every refused cell (Esc on the table). */
    public void revertAll() {
        for (String key : List.copyOf(new TreeSet<>(errors.keySet()))) {
            Matcher m = CELL.matcher(key);
            if (m.matches()) {
                revert(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
    }

    /** Adds a phase of {@code type} after phase {@code after} (at the end when −1), with plain starting values. */
    public Optional<String> add(String type, int after) {
        int at = after < 0 || after >= rows.size() ? rows.size() : after + 1;
        return change(list -> {
            list.add(at, PhaseRow.blank(type));
            return list;
        });
    }

    /** Removes phase {@code index}; the last phase cannot go (a scenario needs load). */
    public Optional<String> remove(int index) {
        return change(list -> {
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
        return change(list -> {
            list.add(target, list.remove(index));
            return list;
        });
    }

    /** The rows, one per phase, in the scenario's order, as typed. */
    public ObservableList<PhaseRow> rows() {
        return rowsView;
    }

    /** The refused cells by key ({@code phases[1].duration}) with the reason; empty when the rows are the load. */
    public ObservableMap<String, String> errors() {
        return errorsView;
    }

    /** A change of the table's shape: refused while a cell is refused, applied only when the load stays valid. */
    private Optional<String> change(UnaryOperator<List<PhaseRow>> edit) {
        if (!errors.isEmpty()) {
            return Optional.of("Fix or revert (Esc) the marked cell first: "
                    + errors.values().iterator().next());
        }
        List<PhaseRow> edited;
        List<LoadPhase> phases = new ArrayList<>();
        try {
            edited = edit.apply(new ArrayList<>(rows));
            for (PhaseRow row : edited) {
                phases.add(row.toPhase());
            }
            shown = new LoadModel(phases);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        rows.setAll(edited);
        scenario.set(scenario.get().withLoad(shown));
        return Optional.empty();
    }

    /**
     * Makes the load from every row. Each row that is refused is marked on the field its message names; when all
     * rows are phases but the load is refused, the cell edited last carries the reason.
     *
     * @return the reason for {@code edited} (the cell just changed), when it is among the refused
     */
    private Optional<String> apply(String edited) {
        Map<String, String> refused = new HashMap<>();
        List<LoadPhase> phases = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                phases.add(rows.get(i).toPhase());
            } catch (IllegalArgumentException e) {
                refused.put(key(i, PhaseRow.column(e.getMessage())), "Phase " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (refused.isEmpty()) {
            try {
                LoadModel load = new LoadModel(phases);
                shown = load;
                errors.clear();
                before.clear();
                scenario.set(scenario.get().withLoad(load));
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                refused.put(edited, e.getMessage());
            }
        }
        errors.keySet().retainAll(refused.keySet());
        errors.putAll(refused);
        return refused.containsKey(edited)
                ? Optional.of(refused.get(edited))
                : Optional.of(refused.values().iterator().next());
    }

    private static String key(int index, String field) {
        return "phases[" + index + "]." + field;
    }

    private void show(Scenario s) {
        if (s.load().equals(shown)) {
            // the same load (another setting changed): the rows, refused cells included, stay as typed
            return;
        }
        shown = s.load();
        errors.clear();
        before.clear();
        rows.setAll(s.load().phases().stream().map(PhaseRow::of).toList());
    }
}
