package dev.lifeguard.poolsim.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.theory.MmcdQueue;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The virtual HikariCP model against the M/M/c+D closed form: a fixed pool (minimumIdle =
 * maximumPoolSize, no maxLifetime), Poisson arrivals, exponential holds, 10⁶ requests per load.
 * Tolerance: 2 % relative, or an absolute floor of 5·10⁻⁴ where the value itself is that small. The hold
 * (1 s) is long against the timeout (0.5 s) so the queue forgets its past quickly: across seeds the
 * estimates then scatter by about 1 % at 10⁶ requests, well inside the tolerance (with a 0.1 s hold the
 * scatter near ρ = 1 was 3–5 %).
 */
class ClosedFormFidelityTest {

    private static final int POOL = 20;
    private static final double HOLD = 1.0;
    private static final long TIMEOUT_MS = 500;
    private static final int REQUESTS = 1_000_000;

    @ParameterizedTest(name = "ρ = {0}")
    @CsvSource({"0.5", "0.8", "0.95", "1.0", "1.1", "1.2"})
    void fixedPool_poissonExponential_matchesMmcd(double rho) {
        double lambda = rho * POOL / HOLD;
        HikariPoolConfig cfg = new HikariPoolConfig(null, POOL, POOL, TIMEOUT_MS, 0, 0, 0, 0, 250);
        VirtualSimulator sim = new VirtualSimulator(
                cfg,
                1,
                VirtualSimulatorTest.db(10_000),
                new PoissonStream(lambda, HOLD, REQUESTS, 1234),
                (long) (REQUESTS / lambda * 1e9),
                1,
                1,
                Instant.EPOCH);
        sim.run(() -> false, p -> {});
        VirtualRecorder r = sim.recorder;
        MmcdQueue q = new MmcdQueue(lambda, HOLD, POOL, TIMEOUT_MS / 1000.0);

        double pWait = (double) r.waited / r.requests;
        double pTimeout = (double) r.timeouts / r.requests;
        double meanWait = r.acquireNs.getMean() / 1e9;
        assertClose("P(wait)", pWait, q.probabilityOfWait());
        assertClose("P(timeout)", pTimeout, q.probabilityOfTimeout());
        assertClose("mean wait (s)", meanWait / HOLD, q.meanTimeInGetConnection() / HOLD);
    }

    private static void assertClose(String what, double simulated, double exact) {
        double tolerance = Math.max(0.02 * exact, 5e-4);
        assertThat(simulated)
                .as("%s: simulated %s vs closed form %s", what, simulated, exact)
                .isCloseTo(exact, within(tolerance));
    }
}
