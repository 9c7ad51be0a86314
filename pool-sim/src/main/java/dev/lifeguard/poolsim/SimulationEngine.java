package dev.lifeguard.poolsim;

import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;

/**
 * Runs a scenario and reports what happened. Implementations: the real engine (a live HikariCP pool)
 * and the virtual engine (discrete events in simulated time). Both use the shared load model, so the
 * same scenario and seed ask both for the same requests.
 */
public interface SimulationEngine {

    /** The engine's name as the command line spells it: {@code real} or {@code virtual}. */
    String name();

    /**
     * Runs {@code scenario} to completion, reporting progress and samples through {@code control}.
     *
     * @throws java.util.concurrent.CancellationException when {@code control} was cancelled
     * @throws SimulationException when the run fails or exceeds its wall-time bound
     */
    SimulationResult run(Scenario scenario, RunControl control);
}
