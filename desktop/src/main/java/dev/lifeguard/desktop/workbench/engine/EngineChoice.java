package dev.lifeguard.desktop.workbench.engine;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.poolsim.Engines;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.util.Set;

/**
 * The one rule for which engine runs a scenario, for the command line and the console alike: the engine a person
 * names, else the virtual engine. Virtual by default because its runs are deterministic (the same seed gives the
 * same numbers on every machine, so a run in the console and a run in CI agree), take no wall time for simulated
 * time, and model SQLAlchemy's QueuePool by its own rules; the real engine (a live HikariCP pool) is chosen by
 * name when its fidelity is the point. See docs/decisions/0005-use-case-layer.md.
 */
public final class EngineChoice {

    /** The engine every run uses unless another is named. */
    public static final String DEFAULT = VirtualEngine.NAME;

    /** The engine a run of {@code scenario} uses when none is named. */
    public String defaultFor(Scenario scenario) {
        requireNonNull(scenario, "scenario");
        return DEFAULT;
    }

    /** The engine {@code named} ({@code null}: {@link #defaultFor}) for a run of {@code scenario}. */
    public String nameFor(Scenario scenario, String named) {
        return named != null ? named : defaultFor(scenario);
    }

    /**
     * A new engine called {@code name}.
     *
     * @throws IllegalArgumentException naming the available engines when there is none by that name
     */
    public SimulationEngine create(String name) {
        return Engines.create(name);
    }

    /** The names of the engines a person can choose. */
    public Set<String> names() {
        return Engines.names();
    }
}
