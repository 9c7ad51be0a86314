package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The service-level objective a run is checked against. The latency, timeout and utilization clauses are
 * optional; {@code maxErrorRate} always applies (default 0), because a request the database refused, whose
 * connection broke or that leaked its connection has failed whatever the objective says about latency.
 *
 * @param acquireP99     the 99th percentile acquire latency must not exceed this ({@code null}: no clause)
 * @param maxTimeoutRate timeouts ÷ requests must not exceed this, 0..1 ({@code null}: no clause)
 * @param maxUtilization active ÷ maximum connections must stay at or below this, 0..1 ({@code null}: no clause)
 * @param maxErrorRate   failed requests (every error kind: refused or failed connects, broken connections,
 *                       requests cut off unfinished) plus leaked requests, ÷ requests, must not exceed this,
 *                       0..1 (default 0; 1 switches the clause off)
 */
public record Slo(
        @Nullable SimDuration acquireP99,
        @Nullable Double maxTimeoutRate,
        @Nullable Double maxUtilization,
        double maxErrorRate) {

    /** No objective written: no latency, timeout or utilization clause; a failed request still fails the run. */
    public static final Slo NONE = new Slo(null, null, null);

    public Slo {
        if (maxTimeoutRate != null) {
            Phases.probability(maxTimeoutRate, "slo 'maxTimeoutRate'");
        }
        if (maxUtilization != null) {
            Phases.probability(maxUtilization, "slo 'maxUtilization'");
        }
        Phases.probability(maxErrorRate, "slo 'maxErrorRate'");
    }

    /** An objective with the default {@code maxErrorRate} of 0. */
    public Slo(@Nullable SimDuration acquireP99, @Nullable Double maxTimeoutRate, @Nullable Double maxUtilization) {
        this(acquireP99, maxTimeoutRate, maxUtilization, 0);
    }

    @JsonCreator
    static Slo fromJson(
            @JsonProperty("acquireP99") @Nullable SimDuration acquireP99,
            @JsonProperty("maxTimeoutRate") @Nullable Double maxTimeoutRate,
            @JsonProperty("maxUtilization") @Nullable Double maxUtilization,
            @JsonProperty("maxErrorRate") @Nullable Double maxErrorRate) {
        return new Slo(acquireP99, maxTimeoutRate, maxUtilization, maxErrorRate == null ? 0 : maxErrorRate);
    }

    /** True when the objective has a latency, timeout or utilization clause (beyond the error clause). */
    public boolean hasPerformanceClause() {
        return acquireP99 != null || maxTimeoutRate != null || maxUtilization != null;
    }
}
