package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A scenario's load: phases that run one after another from time 0, with bursts overlaid at their own
 * times (see {@link LoadPhase}).
 *
 * @param phases at least one phase
 */
public record LoadModel(List<LoadPhase> phases) {

    public LoadModel {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("load 'phases' must list at least one phase");
        }
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i) == null) {
                throw new IllegalArgumentException("load 'phases[" + i + "]' must be a phase");
            }
        }
        phases = List.copyOf(phases);
    }

    @JsonCreator
    static LoadModel fromJson(@JsonProperty("phases") List<LoadPhase> phases) {
        return new LoadModel(phases);
    }

    /** Where the sequential phases end (the latest burst counts too). */
    public SimDuration naturalLength() {
        long sequential = 0;
        long latest = 0;
        for (LoadPhase phase : phases) {
            sequential += phase.duration().nanos();
            if (phase instanceof BurstPhase burst) {
                latest = Math.max(latest, burst.at().nanos());
            }
        }
        return new SimDuration(Math.max(sequential, latest));
    }

    /** The start time of each phase on the scenario's timeline, in nanoseconds (a burst's own {@code at}). */
    public long[] phaseStarts() {
        long[] starts = new long[phases.size()];
        long cursor = 0;
        for (int i = 0; i < phases.size(); i++) {
            LoadPhase phase = phases.get(i);
            if (phase instanceof BurstPhase burst) {
                starts[i] = burst.at().nanos();
            } else {
                starts[i] = cursor;
                cursor += phase.duration().nanos();
            }
        }
        return starts;
    }
}
