package dev.lifeguard.incident.demo;

import dev.lifeguard.incident.Incident;
import java.util.List;

/**
 * The bundled demo library: one incident for each classic pool failure (a connection leak, slow
 * queries holding connections, a fleet whose pools add up past {@code max_connections}). Every
 * incident is marked {@code demo} so it can be removed in one action. This module only makes them; loading them into
 * a store is the desktop's use case.
 */
public final class DemoLibrary {

    /**
     * Prefix of an evidence reference that names a bundled pool-sim scenario ({@code simulation:virtual
     * demo/NAME}); the simulated demo runs it, keeps the run with the incident and cites the run instead.
     */
    public static final String SCENARIO_EVIDENCE = "simulation:virtual demo/";

    private DemoLibrary() {}

    /** The demo incidents, built fresh (deterministic: the same on every call and machine). */
    public static List<Incident> incidents() {
        return List.of(LeakIncident.build(), SlowQueryIncident.build(), FleetIncident.build());
    }
}
