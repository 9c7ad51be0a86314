package dev.lifeguard.desktop.workbench.regress;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.workbench.counterfactual.Counterfactual;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.AttachedRun;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an incident's recorded load comes from: its own metric series with a request rate (the {@link
 * Counterfactual} built from them), else a stored counterfactual, a run kept with the incident whose scenario replays
 * recorded rates. A kept run of any other load (a bundled or hand-made scenario) is evidence for a fix, not the
 * incident's load, and is not replayed.
 *
 * @param replay    the scenario replayed (its pool is replaced by the proposal) and the recorded first timeout
 * @param source    where the load came from, in words: {@code recorded request rate} or {@code stored run R-2}
 */
public record RecordedLoad(Counterfactual replay, String source) {

    /** The {@link #source()} of a load from the incident's own metric series. */
    public static final String FROM_SERIES = "recorded request rate";

    public RecordedLoad {
        requireNonNull(replay, "replay");
        requireNonNull(source, "source");
    }

    /**
     * The recorded load of {@code c}, or why there is none.
     *
     * @return the load, or empty with the reasons in {@code why} (kept runs that cannot be read are named there too)
     */
    public static Optional<RecordedLoad> of(RegressionCase c, List<String> why) {
        Incident incident = c.incident();
        Optional<Counterfactual> fromSeries;
        try {
            fromSeries = Counterfactual.fromIncident(incident);
        } catch (IllegalArgumentException e) {
            why.add("its recorded load cannot be replayed: " + e.getMessage());
            return Optional.empty();
        }
        if (fromSeries.isPresent()) {
            return Optional.of(new RecordedLoad(fromSeries.get(), FROM_SERIES));
        }
        List<String> problems = new ArrayList<>();
        SimulationResult chosen = null;
        String chosenId = null;
        for (AttachedRun run : c.runs()) {
            SimulationResult result;
            try {
                result = Documents.read(run.document(), "run " + run.id(), Formats.RESULT, SimulationResult.class);
            } catch (DocumentException | RuntimeException e) {
                problems.add("stored run " + run.id() + " cannot be read: " + e.getMessage());
                continue;
            }
            if (result.scenario().load().phases().stream().noneMatch(p -> p instanceof ReplayPhase)) {
                continue;
            }
            // A counterfactual run with the incident's own pool is the recording itself; else the earliest kept.
            boolean ownPool = incident.pool() != null
                    && incident.pool().equals(result.scenario().pool());
            if (chosen == null
                    || ownPool
                            && !Objects.equals(
                                    incident.pool(), chosen.scenario().pool())) {
                chosen = result;
                chosenId = run.id();
            }
        }
        if (chosen == null) {
            why.addAll(problems);
            why.add("no recorded load: no metric series with a request rate and no stored counterfactual"
                    + " (a kept run replaying recorded rates)");
            return Optional.empty();
        }
        // The stored run is the only record of the incident's timeouts: its own first timeout is the recorded one.
        Counterfactual replay = new Counterfactual(chosen.scenario(), List.of(), chosen.firstTimeoutAtMs());
        return Optional.of(new RecordedLoad(replay, "stored run " + chosenId));
    }
}
