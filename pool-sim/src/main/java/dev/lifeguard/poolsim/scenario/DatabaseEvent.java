package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something that happens to the database during a run, JSON {@code "type"}: {@code restart} (every open
 * connection breaks and no connection can be made for {@code duration}) or {@code latencySpike}
 * (statements take {@code latency} longer for {@code duration}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RestartEvent.class, name = "restart"),
    @JsonSubTypes.Type(value = LatencySpikeEvent.class, name = "latencySpike")
})
public sealed interface DatabaseEvent permits RestartEvent, LatencySpikeEvent {

    /** When it starts, from the start of the scenario. */
    SimDuration at();

    /** How long it lasts. */
    SimDuration duration();

    /** True while the event is in effect at simulated time {@code nanos}. */
    default boolean activeAt(long nanos) {
        return nanos >= at().nanos() && nanos < at().nanos() + duration().nanos();
    }
}
