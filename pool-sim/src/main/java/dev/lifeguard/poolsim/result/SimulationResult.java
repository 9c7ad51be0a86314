package dev.lifeguard.poolsim.result;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Checks;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.EffectivePool;
import dev.lifeguard.incident.pool.MappingNote;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one run, {@code "format": "lifeguard.result/1"}; both engines return it.
 *
 * @param engine           {@code real} or {@code virtual}
 * @param scenario         the scenario as run (an echo, so the result stands alone)
 * @param speed            the time compression used (1 = real time; the virtual engine reports 0)
 * @param requests         requests started
 * @param served           requests that got every connection they asked for
 * @param timeouts         requests whose acquire timed out
 * @param errors           other failures by kind, e.g. {@code statement} (broken connection), {@code unfinished}
 * @param leaked           requests that never returned their connections
 * @param acquireMs        acquire latency from the intended start (timed-out attempts included)
 * @param usageMs          borrow → return time of served requests
 * @param utilization      active ÷ maximum connections over the samples
 * @param throughputPerSec served requests per simulated second
 * @param firstTimeoutAtMs simulated time of the first timeout ({@code null} when none)
 * @param timeoutMessages  distinct timeout messages, worded as the modelled library words them
 * @param leakMessages     distinct leak-detection messages, as the library words them
 * @param sloMet           true when every SLO clause held
 * @param sloFailures      the clauses that did not, and by how much
 * @param series           the pool's samples every simulated second (summed over instances)
 * @param instanceSeries   one series per pool when there is more than one instance (else empty)
 * @param distortions      how compression or the harness bent the scenario (empty for none)
 * @param mappingNotes     how the pool settings mapped to HikariCP (empty when they were HikariCP's)
 * @param effectivePool    the pool settings that actually ran, after the library's own validation and
 *                         defaults, with each value it changed (default: the scenario pool's own completion)
 * @param database         what the database model saw ({@link DatabaseStats#NONE} when not modelled)
 * @param simulatedMs      simulated time covered by the run
 * @param wallMs           wall-clock time the run took
 */
public record SimulationResult(
        String engine,
        Scenario scenario,
        double speed,
        long requests,
        long served,
        long timeouts,
        Map<String, Long> errors,
        long leaked,
        Percentiles acquireMs,
        Percentiles usageMs,
        Utilization utilization,
        double throughputPerSec,
        @Nullable Double firstTimeoutAtMs,
        List<String> timeoutMessages,
        List<String> leakMessages,
        boolean sloMet,
        List<SloFailure> sloFailures,
        PoolMetricSeries series,
        List<PoolMetricSeries> instanceSeries,
        List<Distortion> distortions,
        List<MappingNote> mappingNotes,
        EffectivePool effectivePool,
        DatabaseStats database,
        double simulatedMs,
        long wallMs) {

    public SimulationResult {
        Checks.notBlank(engine, "result 'engine'");
        requireNonNull(scenario, "result 'scenario' is required");
        requireNonNull(acquireMs, "result 'acquireMs' is required");
        requireNonNull(usageMs, "result 'usageMs' is required");
        requireNonNull(utilization, "result 'utilization' is required");
        requireNonNull(series, "result 'series' is required");
        nonNegative(requests, "requests");
        nonNegative(served, "served");
        nonNegative(timeouts, "timeouts");
        nonNegative(leaked, "leaked");
        nonNegative(wallMs, "wallMs");
        if (served + timeouts > requests) {
            throw new IllegalArgumentException("result 'served' (" + served + ") + 'timeouts' (" + timeouts
                    + ") exceed 'requests' (" + requests + ")");
        }
        if (!(throughputPerSec >= 0) || !(simulatedMs >= 0) || !(speed >= 0)) {
            throw new IllegalArgumentException("result 'throughputPerSec', 'simulatedMs' and 'speed' must be ≥ 0");
        }
        errors = errors == null ? Map.of() : Map.copyOf(new TreeMap<>(errors));
        timeoutMessages = Checks.copy(timeoutMessages);
        leakMessages = Checks.copy(leakMessages);
        sloFailures = Checks.copy(sloFailures);
        instanceSeries = Checks.copy(instanceSeries);
        distortions = Checks.copy(distortions);
        mappingNotes = Checks.copy(mappingNotes);
        effectivePool = effectivePool == null ? scenario.pool().effective() : effectivePool;
        database = database == null ? DatabaseStats.NONE : database;
        if (sloMet != sloFailures.isEmpty()) {
            throw new IllegalArgumentException(
                    "result 'sloMet' is " + sloMet + " but " + sloFailures.size() + " SLO clause(s) failed");
        }
    }

    /** Failures that were neither timeouts nor successes, summed over kinds. */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Timeouts ÷ requests (0 when there were none). */
    public double timeoutRate() {
        return requests == 0 ? 0 : (double) timeouts / requests;
    }

    private static void nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException("result '" + field + "' must not be negative, was " + value);
        }
    }
}
