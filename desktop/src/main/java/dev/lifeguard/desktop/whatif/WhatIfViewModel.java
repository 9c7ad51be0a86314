package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.ProgressSink;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.counterfactual.Counterfactual;
import dev.lifeguard.desktop.workbench.counterfactual.Inference;
import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.MappingNote;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.sweep.Sweep;
import dev.lifeguard.poolsim.sweep.SweepAxis;
import dev.lifeguard.poolsim.sweep.SweepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
    private final EngineChoice engines;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> engine = new SimpleObjectProperty<>();
    private final ObservableList<SimulationResult> runs = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<SimulationResult> runsView = FXCollections.unmodifiableObservableList(runs);

    private final ReadOnlyObjectWrapper<SweepResult> sweep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Double> recordedTimeoutMs = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Inference> inferences = FXCollections.observableArrayList();
    private final ObservableList<Inference> inferencesView = FXCollections.unmodifiableObservableList(inferences);
    private final PhaseTableModel phases;
    /** Typed fields the model refused: they stay on screen, marked, and keep the lab from running. */
    private final FieldEdits fields = new FieldEdits(scenario, inferences, this::set, this::setInferred);

    private final BooleanBinding blocked;
    private final StringBinding blockedReason;
    private final BooleanBinding canRun;
    private final ObservableList<String> sweepKeys = FXCollections.observableArrayList();
    private final ObservableList<String> sweepKeysView = FXCollections.unmodifiableObservableList(sweepKeys);
    private BackgroundTask<?> task;

    /**
     * The lab for {@code workspace}'s incident.
     *
     * @param engines which engine runs a scenario unless the person picks one (from the composition root)
     */
    public WhatIfViewModel(
            WorkspaceViewModel workspace,
            IncidentStore store,
            TaskExecutor executor,
            MessageCenter messages,
            EngineChoice engines) {
        this.workspace = workspace;
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.engines = engines;
        Optional<Counterfactual> replay = Counterfactual.fromIncident(workspace.incident());
        scenario.set(replay.map(Counterfactual::scenario).orElseGet(() -> Scenarios.bundled("exhaustion-test")));
        replay.ifPresent(this::remember);
        engine.set(engines.defaultFor(scenario.get()));
        phases = new PhaseTableModel(scenario);
        blocked = Bindings.createBooleanBinding(
                () -> !fields.rejected().isEmpty() || !phases.errors().isEmpty(), fields.rejected(), phases.errors());
        blockedReason = Bindings.createStringBinding(
                () -> fields.rejected().values().stream()
                        .findFirst()
                        .map(FieldEdits.Rejection::message)
                        .or(() -> phases.errors().values().stream().findFirst())
                        .map(m -> "Run is off until this is fixed or reverted (Esc): " + m)
                        .orElse(""),
                fields.rejected(),
                phases.errors());
        canRun = running.not().and(blocked.not());
        scenario.addListener((o, a, s) -> showSweepKeys(s));
        showSweepKeys(scenario.get());
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /**
     * Sets one setting by key (a key of {@link #settings()}); returns the model's reason when the value is
     * rejected. Nothing is kept on screen: {@link #edit} is what a typed field commits through.
     */
    public Optional<String> set(String key, double value) {
        try {
            scenario.set(ScenarioSettings.with(scenario.get(), key, value));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(ScenarioSettings.reason(e));
        }
    }

    /**
     * Commits the text of field {@code key} (a setting's key or {@link FieldEdits#inferenceKey}). A refused text stays
     * the
     * field's text, marked with the reason, and the lab does not run until it is fixed or reverted.
     *
     * @return the reason when the model refuses it
     */
    public Optional<String> edit(String key, String text) {
        return fields.commit(key, text);
    }

    /** The typed fields: what each shows, and those whose last commit was refused. */
    public FieldEdits fields() {
        return fields;
    }

    /** Restarts from the counterfactual replay of the incident's recorded load (if it recorded any). */
    public boolean useCounterfactual() {
        Optional<Counterfactual> found = Counterfactual.fromIncident(workspace.incident());
        found.ifPresent(c -> {
            fields.clear();
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
            return Optional.of(ScenarioSettings.reason(e));
        }
    }

    /** Uses a bundled scenario, e.g. {@code exhaustion-test}. */
    public void useBundled(String name) {
        fields.clear();
        scenario.set(Scenarios.bundled(name));
        forgetRecording();
    }

    /** Another scenario than the replay: no inferences, and nothing recorded to compare with. */
    private void forgetRecording() {
        fields.clear();
        inferences.clear();
        recordedTimeoutMs.set(null);
    }

    /** Shows the pool in HikariCP terms (exact where the mapping is exact; notes say where not). */
    public void toHikariTerms() {
        scenario.set(scenario.get().withPool(scenario.get().hikariMapping().hikari()));
        fields.keepFieldsOf(scenario.get());
    }

    /** Shows the pool in SQLAlchemy terms: pool_size = maximumPoolSize, no overflow, the same timeout. */
    public void toSqlAlchemyTerms() {
        if (scenario.get().pool() instanceof HikariPoolConfig h) {
            scenario.set(scenario.get()
                    .withPool(SqlAlchemyPoolConfig.of(h.maximumPoolSize(), 0, h.connectionTimeout() / 1000.0)));
            fields.keepFieldsOf(scenario.get());
        }
    }

    /** Reads a scenario file in the background. */
    public void open(Path file) {
        BackgroundTask.of("Opening " + file.getFileName(), () -> Scenarios.read(file))
                .onSuccess(s -> {
                    forgetRecording();
                    scenario.set(s);
                })
                .onFailure(e -> messages.error("Opening " + file.getFileName(), e))
                .executeWith(executor);
    }

    /** Writes the scenario to a file in the background. */
    public void save(Path file) {
        if (blocked.get()) {
            messages.info("Not saved", blockedReason.get());
            return;
        }
        String text = Scenarios.write(scenario.get());
        BackgroundTask.of("Saving " + file.getFileName(), () -> Files.writeString(file, text))
                .onSuccess(p -> messages.info("Saved " + file.getFileName(), file.toString()))
                .onFailure(e -> messages.error("Saving " + file.getFileName(), e))
                .executeWith(executor);
    }

    /** Runs the scenario on the chosen engine; the result joins the comparison. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Scenario s = scenario.get();
        String name = engine.get();
        running.set(true);
        task = BackgroundTask.wrap(
                        "Simulating " + s.name() + " (" + name + ")",
                        sink -> engines.create(name).run(s, control(sink)))
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
    public Optional<String> sweep(String key, double from, double to, double step) {
        return sweep(key, PhaseRow.num(from), PhaseRow.num(to), PhaseRow.num(step));
    }

    /**
     * Sweeps {@code key} (one of {@link #sweepKeys()}) from {@code from} to {@code to} in {@code step}s on the
     * virtual engine, over the scenario on screen.
     *
     * @return why the sweep did not start (a bad number, a key this pool does not have, a value it refuses)
     */
    public Optional<String> sweep(String key, String from, String to, String step) {
        if (!canRun.get()) {
            return Optional.of(running.get() ? "A run or sweep is in progress" : blockedReason.get());
        }
        Scenario s = scenario.get();
        SweepAxis axis;
        try {
            axis = LabSweep.axis(s, key, from, to, step);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        running.set(true);
        task = BackgroundTask.wrap("Sweeping " + key, sink -> {
                    LabSweep.check(s, axis);
                    return Sweep.run(
                            s,
                            List.of(axis),
                            () -> engines.create(engines.defaultFor(s)),
                            Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
                            control(sink));
                })
                .onSuccess(sweep::set)
                // the engine's own checks speak to the command line; the lab says it in its words
                .onFailure(e -> messages.error(
                        "Sweeping " + key,
                        String.valueOf(e.getMessage()).contains("--vary")
                                ? new IllegalArgumentException(ScenarioSettings.reason(e), e)
                                : e))
                .onFinished(() -> running.set(false))
                .executeWith(executor);
        return Optional.empty();
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
        RunEvidence.attach(workspace, store, executor, messages, runs.get(index), itemId);
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

    /** True when a run can start: nothing in progress and no field refused. */
    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** Why the lab does not run, naming the refused field and the model's reason; empty when it can. */
    public StringBinding blockedReasonProperty() {
        return blockedReason;
    }

    /** The keys a sweep of the scenario can vary, its pool's own first. */
    public ObservableList<String> sweepKeys() {
        return sweepKeysView;
    }

    /** The key a sweep starts on: the pool's size, as its library names it. */
    public String defaultSweepKey() {
        return LabSweep.defaultKey(scenario.get());
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

    /** The scenario's editable numbers, grouped as the settings grid shows them. */
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

    private void showSweepKeys(Scenario s) {
        List<String> keys = LabSweep.keys(s);
        if (!keys.equals(sweepKeys)) {
            sweepKeys.setAll(keys);
        }
    }
}
