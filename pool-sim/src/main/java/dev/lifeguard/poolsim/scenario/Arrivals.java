package dev.lifeguard.poolsim.scenario;

import dev.lifeguard.incident.WireEnum;

/** How arrivals are spaced within an open load phase. */
public enum Arrivals implements WireEnum {
    /** Exponential gaps: the memoryless arrivals of many independent clients. */
    POISSON,
    /** Equal gaps: a load generator's fixed schedule. */
    UNIFORM
}
