package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.ProgressSink;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.sweep.Sweep;
import dev.lifeguard.poolsim.sweep.SweepAxis;
import dev.lifeguard.poolsim.sweep.SweepResult;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The What-if lab's runs and sweeps: one at a time, through the executor with progress and cancel, the last
 * {@link WhatIfViewModel#COMPARE} runs kept for comparison and the last sweep shown. The lab decides whether a
 * scenario may run; this class only runs it.
 */
final class LabRuns {

    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final EngineChoice engines;
    private final ObservableList<SimulationResult> runs = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<SimulationResult> runsView = FXCollections.unmodifiableObservableList(runs);

    private final ReadOnlyObjectWrapper<SweepResult> sweep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private BackgroundTask<?> task;

    LabRuns(TaskExecutor executor, MessageCenter messages, EngineChoice engines) {
        this.executor = executor;
        this.messages = messages;
        this.engines = engines;
    }

    /** Runs {@code s} on engine {@code name}; the result joins the comparison, the oldest leaving past four. */
    void run(Scenario s, String name) {
        running.set(true);
        task = BackgroundTask.wrap(
                        "Simulating " + s.name() + " (" + name + ")",
                        sink -> engines.create(name).run(s, control(sink)))
                .onSuccess(result -> {
                    runs.add(result);
                    if (runs.size() > WhatIfViewModel.COMPARE) {
                        runs.remove(0);
                    }
                })
                .onFailure(e -> messages.error("Simulating " + s.name(), e))
                .onFinished(() -> running.set(false))
                .executeWith(executor);
    }

    /**
     * Sweeps {@code key} of {@code s} from {@code from} to {@code to} in {@code step}s on the scenario's default
     * engine.
     *
     * @return why the sweep did not start (a bad number, a key this pool does not have)
     */
    Optional<String> sweep(Scenario s, String key, String from, String to, String step) {
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
    void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Forgets the compared runs. */
    void clear() {
        runs.clear();
    }

    /** The runs compared, oldest first. */
    ObservableList<SimulationResult> runs() {
        return runsView;
    }

    /** Run {@code index} of the comparison. */
    SimulationResult get(int index) {
        return runs.get(index);
    }

    /** The last sweep, or null. */
    ReadOnlyObjectProperty<SweepResult> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** True while a run or sweep is in progress. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

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
}
