package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The service-level objective a run is checked against; every clause is optional.
 *
 * @param acquireP99     the 99th percentile acquire latency must not exceed this ({@code null}: no clause)
 * @param maxTimeoutRate timeouts ÷ requests must not exceed this, 0..1 ({@code null}: no clause)
 * @param maxUtilization active ÷ maximum connections must stay at or below this, 0..1 ({@code null}: no clause)
 */
public record Slo(SimDuration acquireP99, Double maxTimeoutRate, Double maxUtilization) {

    /** No clauses: every run meets it. */
    public static final Slo NONE = new Slo(null, null, null);

    public Slo {
        if (maxTimeoutRate != null) {
            Phases.probability(maxTimeoutRate, "slo 'maxTimeoutRate'");
        }
        if (maxUtilization != null) {
            Phases.probability(maxUtilization, "slo 'maxUtilization'");
        }
    }

    @JsonCreator
    static Slo fromJson(@JsonProperty("acquireP99") SimDuration acquireP99,
            @JsonProperty("maxTimeoutRate") Double maxTimeoutRate,
            @JsonProperty("maxUtilization") Double maxUtilization) {
        return new Slo(acquireP99, maxTimeoutRate, maxUtilization);
    }
}
