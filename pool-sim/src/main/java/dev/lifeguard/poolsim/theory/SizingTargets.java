package dev.lifeguard.poolsim.theory;

import org.jspecify.annotations.Nullable;

/**
 * What a pool must achieve; a {@code null} target is not checked.
 *
 * @param acquireP99Seconds the 99th percentile time in {@code getConnection} must not exceed this
 * @param maxTimeoutRate    the share of requests that time out must not exceed this (0..1)
 * @param maxUtilization    mean busy connections over pool size must not exceed this (0..1]
 */
public record SizingTargets(
        @Nullable Double acquireP99Seconds,
        @Nullable Double maxTimeoutRate,
        @Nullable Double maxUtilization) {

    /**
     * A timeout probability below this counts as "no timeouts" when the target is 0: the closed form
     * is never exactly 0, and 10⁻⁹ is one timeout in a billion requests.
     */
    public static final double NEGLIGIBLE = 1e-9;

    public SizingTargets {
        if (acquireP99Seconds != null) {
            Args.nonNegativeFinite(acquireP99Seconds, "acquireP99Seconds");
        }
        if (maxTimeoutRate != null) {
            Args.probability(maxTimeoutRate, "maxTimeoutRate");
        }
        if (maxUtilization != null && !(maxUtilization > 0 && maxUtilization <= 1)) {
            throw new IllegalArgumentException("maxUtilization must be in (0, 1], was " + maxUtilization);
        }
    }

    /** The timeout-rate bound the closed form is held to. */
    double timeoutBound() {
        return maxTimeoutRate == null ? 1 : Math.max(maxTimeoutRate, NEGLIGIBLE);
    }
}
