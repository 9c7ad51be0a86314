package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * An undersized pool: the offered load (request rate × median hold time, Little's law) near or above the pool
 * → a larger {@code maximumPoolSize} or {@code pool_size}/{@code max_overflow}, verified by simulation when a
 * {@link SizingVerifier} is available.
 */
public final class UndersizedPoolRule implements SuggestionRule {

    /** Offered load at or above this share of the pool triggers the rule. */
    static final double NEAR = 0.85;
    /** The proposed pool keeps the 95th percentile offered load at or below this share. */
    static final double TARGET = 0.7;
    /** Proposals tried, each 25 % larger, until the simulation shows no timeout. */
    static final int ATTEMPTS = 3;

    private final SizingVerifier verifier;

    /** A rule that verifies with {@code verifier} ({@code null}: proposals are marked unverified). */
    public UndersizedPoolRule(SizingVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public List<Suggestion> evaluate(Incident incident) {
        for (PoolMetricSeries s : incident.metrics()) {
            List<Double> load = new ArrayList<>();
            int max = 0;
            double peakRate = 0;
            for (MetricSample m : s.samples()) {
                max = Math.max(max, m.max());
                if (m.requestRate() != null && m.usageP50Ms() != null) {
                    load.add(m.requestRate() * m.usageP50Ms() / 1000.0);
                    peakRate = Math.max(peakRate, m.requestRate());
                }
            }
            PoolConfig current = incident.pool();
            int size = current != null ? current.maxConnections() : max;
            double offered = Signals.quantile(load, 0.95);
            if (load.size() < 3 || size <= 0 || offered < NEAR * size) {
                continue;
            }
            String because = "pool " + s.pool() + ": offered load (rate × median hold) reached "
                    + Signals.num(Math.round(offered * 10) / 10.0) + " connections at p95 (peak rate "
                    + Signals.num(peakRate) + "/s) against a pool of " + size;
            return List.of(propose(incident, current, size, offered, because));
        }
        return List.of();
    }

    private Suggestion propose(Incident incident, PoolConfig current, int size, double offered, String because) {
        int target = Math.max(size + 1, (int) Math.ceil(offered / TARGET));
        PoolConfig proposed = resize(current, target);
        SizingVerification verification = null;
        String notVerified = verifier == null
                ? "no simulation was run"
                : current == null ? "the incident records no pool settings to simulate against" : null;
        if (notVerified == null) {
            try {
                for (int i = 0; i < ATTEMPTS; i++) {
                    verification = verifier.verify(incident, current, proposed);
                    if (verification.fixes()) {
                        break;
                    }
                    target = (int) Math.ceil(target * 1.25);
                    proposed = resize(current, target);
                }
            } catch (IllegalArgumentException e) {
                // The incident's evidence cannot be simulated (e.g. no sample with both a rate and a hold).
                verification = null;
                notVerified = e.getMessage();
            }
        }
        String setting = describe(proposed, target);
        String title = "Resize the pool: " + setting;
        String evidenceText = because;
        EvidenceKind kind = EvidenceKind.METRICS;
        String reference = "rule:undersized-pool";
        if (verification != null) {
            evidenceText += "; simulated before: " + verification.before().describe() + "; after: "
                    + verification.after().describe();
            kind = EvidenceKind.SIMULATION;
            reference = verification.reference() == null ? reference : verification.reference();
        } else {
            evidenceText +=
                    "; not verified by simulation" + (verifier != null && current != null ? ": " + notVerified : "");
        }
        return new Suggestion(
                "undersized-pool",
                title,
                ActionType.MITIGATE,
                Priority.P1,
                evidenceText,
                new Evidence(kind, reference, evidenceText),
                proposed,
                verification,
                notVerified);
    }

    /** The proposed pool in the library's own terms; a Hikari pool when the current one is unknown. */
    static PoolConfig resize(PoolConfig current, int target) {
        if (current instanceof SqlAlchemyPoolConfig sqla) {
            int poolSize = (int) Math.ceil(target * 2 / 3.0);
            return sqla.withSizes(poolSize, target - poolSize);
        }
        if (current instanceof HikariPoolConfig hikari) {
            return hikari.withMaximumPoolSize(target);
        }
        return HikariPoolConfig.defaults(target);
    }

    static String describe(PoolConfig pool, int target) {
        if (pool instanceof SqlAlchemyPoolConfig sqla) {
            return "pool_size=" + sqla.poolSize() + ", max_overflow=" + sqla.maxOverflow() + " (" + target + " in all)";
        }
        return "maximumPoolSize=" + pool.maxConnections();
    }
}
