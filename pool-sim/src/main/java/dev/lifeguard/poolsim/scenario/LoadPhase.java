package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One phase of a scenario's load, JSON {@code "type"}: {@code constant}, {@code ramp}, {@code burst},
 * {@code closed} or {@code replay}. Phases with a duration run one after another from time 0; a
 * {@code burst} is placed at its own {@code at} time from the start of the scenario and overlays them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ConstantPhase.class, name = "constant"),
    @JsonSubTypes.Type(value = RampPhase.class, name = "ramp"),
    @JsonSubTypes.Type(value = BurstPhase.class, name = "burst"),
    @JsonSubTypes.Type(value = ClosedPhase.class, name = "closed"),
    @JsonSubTypes.Type(value = ReplayPhase.class, name = "replay")
})
public sealed interface LoadPhase permits ConstantPhase, RampPhase, BurstPhase, ClosedPhase, ReplayPhase {

    /** How long the phase occupies the sequential timeline ({@link SimDuration#ZERO} for a burst). */
    SimDuration duration();
}
