package dev.lifeguard.desktop.whatif;

import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * A pool's settings edited on their own, by exactly the What-if lab's rules: the same fields, parsing and model
 * checks ({@link ScenarioSettings}), and the same {@link FieldEdits}, so a refused text stays marked with its reason.
 * The pool is checked inside a bundled scenario, as the lab checks it inside the incident's.
 */
public final class PoolFields {

    /** The scenario a pool is checked in (read once: a bundled file never changes). */
    private static final Scenario HOST = Scenarios.bundled("exhaustion-test");

    private PoolFields() {}

    /** The pool's own settings, under the library's keys, as the lab shows them. */
    public static List<PoolSetting> of(PoolConfig pool) {
        String database = "Database";
        return ScenarioSettings.of(host(pool)).stream()
                .filter(s -> !s.category().equals(database)
                        && !s.category().equals("Request")
                        && !s.category().equals("Load"))
                .toList();
    }

    /** Typed fields over {@code pool}: each accepted commit replaces the pool, a refused one is kept with why. */
    public static FieldEdits edits(ObjectProperty<PoolConfig> pool) {
        ObservableValue<Scenario> scenario = Bindings.createObjectBinding(() -> host(pool.get()), pool);
        return new FieldEdits(
                scenario,
                List.of(),
                (key, value) -> {
                    try {
                        pool.set(ScenarioSettings.with(host(pool.get()), key, value)
                                .pool());
                        return Optional.empty();
                    } catch (IllegalArgumentException e) {
                        return Optional.of(ScenarioSettings.reason(e));
                    }
                },
                (inference, value) -> Optional.of("a pool has no inferences"));
    }

    private static Scenario host(PoolConfig pool) {
        return HOST.withPool(pool);
    }
}
