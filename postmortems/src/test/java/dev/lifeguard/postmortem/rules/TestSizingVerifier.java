package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.pool.PoolConfig;

/**
 * A STAND-IN for the simulator, for these tests only: it applies Little's law to the incident's samples
 * (offered load = rate × median hold) and calls a pool that cannot hold the peak load "timing out". The real
 * verifier, backed by pool-sim's virtual engine, is wired in the desktop module.
 */
final class TestSizingVerifier implements SizingVerifier {

    int calls;

    @Override
    public SizingVerification verify(Incident incident, PoolConfig current, PoolConfig proposed) {
        calls++;
        double peak = 0;
        for (MetricSample m : incident.metrics().get(0).samples()) {
            if (m.requestRate() != null && m.usageP50Ms() != null) {
                peak = Math.max(peak, m.requestRate() * m.usageP50Ms() / 1000.0);
            }
        }
        return new SizingVerification(
                figures(peak, current.maxConnections()), figures(peak, proposed.maxConnections()), "test-verifier");
    }

    private static SizingFigures figures(double load, int size) {
        long timeouts = load >= size ? Math.round((load - size + 1) * 100) : 0;
        return new SizingFigures(timeouts, timeouts > 0 ? 30_000 : 4, Math.min(1.0, load / size));
    }
}
