package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.ProgressSink;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.MappingNote;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.poolsim.Engines;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.sweep.ScenarioEditor;
import dev.lifeguard.poolsim.sweep.Sweep;
import dev.lifeguard.poolsim.sweep.SweepAxis;
import dev.lifeguard.poolsim.sweep.SweepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The What-if lab: one scenario (by default the counterfactual replay of the incident's recorded load),
 * its settings edited by key as the library spells them, runs on the virtual or real engine through the
 * executor (progress, cancel), the last four runs kept for comparison, sweeps, scenario files, and a
 * run attached to an action item as evidence.
 */
public final class WhatIfViewModel {

    /** At most this many runs are compared. */
    public static final int COMPARE = 4;

    private final WorkspaceViewModel workspace;
    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> engine = new SimpleObjectProperty<>("virtual");
    private final ObservableList<SimulationResult> runs = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<SimulationResult> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<SweepResult> sweep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Double> recordedTimeoutMs = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Inference> inferences = FXCollections.observableArrayList();
    private final ObservableList<Inference> inferencesView = FXCollections.unmodifiableObservableList(inferences);
    private final PhaseTableModel phases;
    private BackgroundTask<?> task;

    public WhatIfViewModel(WorkspaceViewModel workspace, IncidentStore store, TaskExecutor executor,
            MessageCenter messages) {
        this.workspace = workspace;
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        Optional<Counterfactual> replay = Counterfactual.fromIncident(workspace.incident());
        scenario.set(replay.map(Counterfactual::scenario).orElseGet(() -> Scenarios.bundled("exhaustion-test")));
        replay.ifPresent(this::remember);
        phases = new PhaseTableModel(scenario);
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /**
     * Sets one setting by key ({@link ScenarioEditor#KEYS}, or {@code connectLatency} in ms); returns the reason
     * when the value is rejected.
     */
    public Optional<String> set(String key, double value) {
        try {
            if (key.equals(ScenarioSettings.CONNECT_LATENCY)) {
                scenario.set(ScenarioSettings.withConnectLatency(scenario.get(), value));
                return Optional.empty();
            }
            scenario.set(ScenarioEditor.with(scenario.get(), key, value));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage().replace("--vary ", ""));
        }
    }

    /** Restarts from the counterfactual replay of the incident's recorded load (if it recorded any). */
    public boolean useCounterfactual() {
        Optional<Counterfactual> found = Counterfactual.fromIncident(workspace.incident());
        found.ifPresent(c -> {
            scenario.set(c.scenario());
            remember(c);
        });
        return found.isPresent();
    }

    private void remember(Counterfactual c) {
        inferences.setAll(c.inferences());
        recordedTimeoutMs.set(c.recordedTimeoutMs());
    }

    /**
     * Sets what an inference put into the scenario (a leak's share in %, a slow spell's extra ms; 0 removes
     * it); returns the reason when the value is rejected.
     */
    public Optional<String> setInferred(Inference inference, double value) {
        try {
            scenario.set(inference.apply(scenario.get(), value));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Uses a bundled scenario, e.g. {@code exhaustion-test}. */
    public void useBundled(String name) {
        scenario.set(Scenarios.bundled(name));
        forgetRecording();
    }

    /** Another scenario than the replay: no inferences, and nothing recorded to compare with. */
    private void forgetRecording() {
        inferences.clear();
        recordedTimeoutMs.set(null);
    }

    /** Shows the pool in HikariCP terms (exact where the mapping is exact; notes say where not). */
    public void toHikariTerms() {
        scenario.set(scenario.get().withPool(scenario.get().hikariMapping().hikari()));
    }

    /** Shows the pool in SQLAlchemy terms: pool_size = maximumPoolSize, no overflow, the same timeout. */
    public void toSqlAlchemyTerms() {
        if (scenario.get().pool() instanceof HikariPoolConfig h) {
            scenario.set(scenario.get().withPool(SqlAlchemyPoolConfig.of(h.maximumPoolSize(), 0,
                    h.connectionTimeout() / 1000.0)));
        }
    }

    /** Reads a scenario file in the background. */
    public void open(Path file) {
        BackgroundTask.of("Opening " + file.getFileName(), () -> Scenarios.read(file))
                .onSuccess(s -> {
                    scenario.set(s);
                    forgetRecording();
                })
                .onFailure(e -> messages.error("Opening " + file.getFileName(), e))
                .executeWith(executor);
    }

    /** Writes the scenario to a file in the background. */
    public void save(Path file) {
        String text = Scenarios.write(scenario.get());
        BackgroundTask.of("Saving " + file.getFileName(), () -> Files.writeString(file, text))
                .onSuccess(p -> messages.info("Saved " + file.getFileName(), file.toString()))
                .onFailure(e -> messages.error("Saving " + file.getFileName(), e))
                .executeWith(executor);
    }

    /** Runs the scenario on the chosen engine; the result joins the comparison. */
    public void run() {
        if (running.get()) {
            return;
        }
        Scenario s = scenario.get();
        String name = engine.get();
        running.set(true);
        task = BackgroundTask.wrap("Simulating " + s.name() + " (" + name + ")", sink ->
                        Engines.create(name).run(s, control(sink)))
                .onSuccess(result -> {
                    runs.add(result);
                    if (runs.size() > COMPARE) {
                        runs.remove(0);
                    }
                })
                .onFailure(e -> messages.error("Simulating " + s.name(), e))
                .onFinished(() -> running.set(false))
                .executeWith(executor);
    }

    /** Sweeps {@code key} from {@code from} to {@code to} in {@code step}s on the virtual engine. */
    public void sweep(String key, double from, double to, double step) {
        if (running.get()) {
            return;
        }
        SweepAxis axis;
        try {
            axis = SweepAxis.parse(key + "=" + plain(from) + ".." + plain(to) + ":" + plain(step));
        } catch (IllegalArgumentException e) {
            messages.error("Sweeping " + key, e);
            return;
        }
        Scenario s = scenario.get();
        running.set(true);
        task = BackgroundTask.wrap("Sweeping " + key, sink -> Sweep.run(s, List.of(axis),
                        () -> Engines.create("virtual"), Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
                        control(sink)))
                .onSuccess(sweep::set)
                .onFailure(e -> messages.error("Sweeping " + key, e))
                .onFinished(() -> running.set(false))
                .executeWith(executor);
    }

    /** Stops the run or sweep in progress. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Forgets the compared runs. */
    public void clearRuns() {
        runs.clear();
    }

    /**
     * Keeps run {@code index} with the incident and cites it as the evidence of action item {@code itemId}.
     */
    public void attachToActionItem(int index, String itemId) {
        SimulationResult result = runs.get(index);
        String incidentId = workspace.incident().id();
        String title = result.scenario().name() + " (" + result.engine() + ")";
        String summary = RunSummary.oneLine(result);
        String document = Documents.write(result, Formats.RESULT);
        BackgroundTask.of("Attaching run to " + itemId, () -> store.attachRun(incidentId, title, document))
                .onSuccess(runId -> {
                    Optional<String> error = workspace.edit("Attach simulation run", i -> {
                        var items = new ArrayList<>(i.actionItems());
                        for (int k = 0; k < items.size(); k++) {
                            if (items.get(k).id().equals(itemId)) {
                                items.set(k, items.get(k).withEvidence(
                                        new Evidence(EvidenceKind.SIMULATION, runId, summary)));
                            }
                        }
                        return i.toBuilder().actionItems(items).build();
                    });
                    error.ifPresentOrElse(m -> messages.info("Could not attach the run", m),
                            () -> messages.info("Run attached to " + itemId, summary));
                })
                .onFailure(e -> messages.error("Attaching run to " + itemId, e))
                .executeWith(executor);
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The scenario. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** {@code virtual} or {@code real}. */
    public ObjectProperty<String> engineProperty() {
        return engine;
    }

    /** The runs compared, oldest first (at most {@link #COMPARE}). */
    public ObservableList<SimulationResult> runs() {
        return runsView;
    }

    /** The last sweep, or null. */
    public ReadOnlyObjectProperty<SweepResult> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** True while a run or sweep is in progress. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The scenario's load phases as editable table rows. */
    public PhaseTableModel phases() {
        return phases;
    }

    /** What the counterfactual inferred from the incident's evidence (empty for other scenarios). */
    public ObservableList<Inference> inferences() {
        return inferencesView;
    }

    /**
     * When the incident's recording had its first timeout, in ms from its start, while the scenario is its
     * replay (null otherwise, or when the recording had none).
     */
    public ReadOnlyObjectProperty<Double> recordedTimeoutMsProperty() {
        return recordedTimeoutMs.getReadOnlyProperty();
    }

    /** The scenario's editable numbers, grouped for the property sheet. */
    public List<PoolSetting> settings() {
        return ScenarioSettings.of(scenario.get());
    }

    /** How the pool maps to HikariCP, one note per setting that does not map exactly. */
    public List<MappingNote> mappingNotes() {
        return scenario.get().hikariMapping().notes();
    }

    // ---- Internals --------------------------------------------------------------------------------

    private static RunControl control(ProgressSink sink) {
        RunControl control = RunControl.defaults();
        control.progress((fraction, message) -> {
            sink.update(fraction, message);
            if (sink.isCancelled()) {
                control.cancel();
            }
        });
        return control;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
