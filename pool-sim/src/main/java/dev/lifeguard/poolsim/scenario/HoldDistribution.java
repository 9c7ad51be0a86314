package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How long a request holds its connection, JSON {@code "dist"}: {@code constant} ({@code value}),
 * {@code exponential} ({@code mean}), {@code lognormal} ({@code p50}, {@code p99}) or {@code empirical}
 * ({@code samples}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "dist")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ConstantHold.class, name = "constant"),
    @JsonSubTypes.Type(value = ExponentialHold.class, name = "exponential"),
    @JsonSubTypes.Type(value = LognormalHold.class, name = "lognormal"),
    @JsonSubTypes.Type(value = EmpiricalHold.class, name = "empirical")
})
public sealed interface HoldDistribution permits ConstantHold, ExponentialHold, LognormalHold, EmpiricalHold {

    /** The mean hold time in nanoseconds (for Little's law: busy connections = rate × mean). */
    double meanNanos();

    /** The median hold time in nanoseconds. */
    double medianNanos();
}
