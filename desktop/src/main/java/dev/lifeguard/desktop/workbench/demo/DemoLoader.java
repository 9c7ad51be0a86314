package dev.lifeguard.desktop.workbench.demo;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.demo.SimulatedDemo;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The demo library as a use case: loads the bundled demo incidents (their pool metrics simulated by pool-sim) into
 * a store, or removes them again. The model and the simulator only make the incidents; writing them is done here,
 * once, for the {@code demo} command and the console's first start alike.
 */
public final class DemoLoader {

    private final Supplier<SimulationEngine> engine;

    /** A loader that runs the scenarios hazard controls cite on {@code engine} (deterministic: the virtual one). */
    public DemoLoader(Supplier<SimulationEngine> engine) {
        this.engine = requireNonNull(engine, "engine");
    }

    /** Removes every incident marked as demo from {@code store}; returns how many. */
    public int remove(IncidentStore store) {
        return store.deleteDemo();
    }

    /** Loads the demo into {@code store} only when it holds nothing yet (a first start); returns the ids added. */
    public List<String> loadIntoEmpty(IncidentStore store) {
        return store.isEmpty() ? loadInto(store) : List.of();
    }

    /**
     * Adds the simulated demo incidents that are not in {@code store} yet (simulating only those); returns their ids.
     * A hazard control citing a bundled scenario ({@link DemoLibrary#SCENARIO_EVIDENCE}) gets that scenario run,
     * kept with the incident, and cited by its run id with the run's figures.
     */
    public List<String> loadInto(IncidentStore store) {
        List<String> added = new ArrayList<>();
        for (Incident incident : SimulatedDemo.incidents(id -> store.get(id).isEmpty())) {
            StoredIncident stored = store.create(incident);
            Incident cited = citeRuns(store, incident);
            if (!cited.equals(incident)) {
                store.update(cited, stored.revision());
            }
            added.add(incident.id());
        }
        return added;
    }

    /** {@code incident} with each control's scenario reference replaced by a run of it kept in {@code store}. */
    private Incident citeRuns(IncidentStore store, Incident incident) {
        List<Hazard> hazards = new ArrayList<>();
        for (Hazard h : incident.hazards()) {
            List<HazardControl> controls = new ArrayList<>();
            for (HazardControl c : h.controls()) {
                Evidence e = c.evidence();
                if (e == null || e.reference() == null || !e.reference().startsWith(DemoLibrary.SCENARIO_EVIDENCE)) {
                    controls.add(c);
                    continue;
                }
                Scenario scenario =
                        SimulatedDemo.scenario(e.reference().substring(DemoLibrary.SCENARIO_EVIDENCE.length()));
                SimulationResult r = engine.get().run(scenario, RunControl.defaults());
                String runId = store.attachRun(
                        incident.id(), scenario.name() + " (" + r.engine() + ")", Documents.write(r, Formats.RESULT));
                controls.add(new HazardControl(
                        c.type(),
                        c.text(),
                        c.implemented(),
                        new Evidence(EvidenceKind.SIMULATION, runId, e.summary() + ": " + SimulatedDemo.figures(r))));
            }
            hazards.add(new Hazard(
                    h.id(),
                    h.name(),
                    h.description(),
                    h.causes(),
                    h.effect(),
                    h.hazard(),
                    h.harm(),
                    h.hazardTypes(),
                    h.existingControls(),
                    controls,
                    h.severity(),
                    h.likelihood(),
                    h.residualSeverity(),
                    h.residualLikelihood(),
                    h.status(),
                    h.assignment(),
                    h.codeReferences()));
        }
        return incident.toBuilder().hazards(hazards).build();
    }
}
