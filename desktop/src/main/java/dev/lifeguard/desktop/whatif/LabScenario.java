package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.workbench.counterfactual.Counterfactual;
import dev.lifeguard.desktop.workbench.counterfactual.Inference;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The What-if lab's scenario and where it came from: the counterfactual replay of the incident (with what it
 * inferred and when the recording first timed out), a bundled scenario or a file; the typed fields that edit it;
 * and the pool shown in HikariCP or SQLAlchemy terms.
 */
final class LabScenario {

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Double> recordedTimeoutMs = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Inference> inferences = FXCollections.observableArrayList();
    private final ObservableList<Inference> inferencesView = FXCollections.unmodifiableObservableList(inferences);
    /** Typed fields the model refused: they stay on screen, marked, and keep the lab from running. */
    private final FieldEdits fields = new FieldEdits(scenario, inferences, this::set, this::setInferred);

    /** The replay of {@code incident}'s recorded load, or the bundled exhaustion test when it recorded none. */
    LabScenario(Incident incident) {
        Optional<Counterfactual> replay = replayOf(incident);
        scenario.set(replay.map(Counterfactual::scenario).orElseGet(() -> Scenarios.bundled("exhaustion-test")));
        replay.ifPresent(this::remember);
    }

    /** Sets one setting by key; returns the model's reason when the value is rejected. */
    Optional<String> set(String key, double value) {
        try {
            scenario.set(ScenarioSettings.with(scenario.get(), key, value));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(ScenarioSettings.reason(e));
        }
    }

    /** Sets what an inference put into the scenario (0 removes it); returns the reason when it is rejected. */
    Optional<String> setInferred(Inference inference, double value) {
        try {
            scenario.set(inference.apply(scenario.get(), value));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(ScenarioSettings.reason(e));
        }
    }

    /** Restarts from the counterfactual replay of {@code incident}; false when it recorded no load. */
    boolean useCounterfactual(Incident incident) {
        Optional<Counterfactual> found = replayOf(incident);
        found.ifPresent(c -> {
            fields.clear();
            scenario.set(c.scenario());
            remember(c);
        });
        return found.isPresent();
    }

    /** The replay of {@code incident}, or empty when it recorded no load or its load cannot be modelled. */
    private static Optional<Counterfactual> replayOf(Incident incident) {
        try {
            return Counterfactual.fromIncident(incident);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Another scenario than the replay (bundled or read from a file): no inferences, nothing recorded. */
    void use(Scenario other) {
        fields.clear();
        inferences.clear();
        recordedTimeoutMs.set(null);
        scenario.set(other);
    }

    /** Shows the pool in HikariCP terms (exact where the mapping is exact; notes say where not). */
    void toHikariTerms() {
        scenario.set(scenario.get().withPool(scenario.get().hikariMapping().hikari()));
        fields.keepFieldsOf(scenario.get());
    }

    /** Shows the pool in SQLAlchemy terms: pool_size = maximumPoolSize, no overflow, the same timeout. */
    void toSqlAlchemyTerms() {
        if (scenario.get().pool() instanceof HikariPoolConfig h) {
            scenario.set(scenario.get()
                    .withPool(SqlAlchemyPoolConfig.of(h.maximumPoolSize(), 0, h.connectionTimeout() / 1000.0)));
            fields.keepFieldsOf(scenario.get());
        }
    }

    /** The scenario, writable within the lab (the phase table edits it). */
    ReadOnlyObjectWrapper<Scenario> property() {
        return scenario;
    }

    FieldEdits fields() {
        return fields;
    }

    ObservableList<Inference> inferences() {
        return inferencesView;
    }

    ReadOnlyObjectProperty<Double> recordedTimeoutMsProperty() {
        return recordedTimeoutMs.getReadOnlyProperty();
    }

    private void remember(Counterfactual c) {
        inferences.setAll(c.inferences());
        recordedTimeoutMs.set(c.recordedTimeoutMs());
    }
}
