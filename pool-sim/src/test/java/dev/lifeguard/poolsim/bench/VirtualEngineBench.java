package dev.lifeguard.poolsim.bench;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.load.LoadGenerator;
import dev.lifeguard.poolsim.load.RequestSpec;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.BenchAccess;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.util.Arrays;
import java.util.Locale;

/**
 * 1 h at 1 000 requests/s (3.6 M requests) through the virtual HikariCP model, against the minimal
 * M/M/c+D loop on the same requests. Prints wall times and the throughput ratio. Run with
 * {@code sh pool-sim/src/test/bench/run-benchmarks.sh} (see docs/benchmarks.md), which also runs SimPy.
 */
public final class VirtualEngineBench {

    private static final String SCENARIO = """
            {"format": "lifeguard.scenario/1", "name": "bench: 1 h at 1000 rps", "seed": 7, "duration": "1h",
             "pool": {"kind": "hikari", "maximumPoolSize": 30, "minimumIdle": 30, "connectionTimeout": 1000,
                      "maxLifetime": 0, "validationTimeout": 500},
             "load": {"phases": [{"type": "constant", "rate": 1000, "duration": "1h", "arrivals": "poisson"}]},
             "request": {"hold": {"dist": "exponential", "mean": "27ms"}}}
            """;

    private VirtualEngineBench() {}

    /** Runs the benchmark; {@code args[0]} is the number of measured rounds (default 5). */
    public static void main(String[] args) throws DocumentException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Scenario scenario = Scenarios.read(SCENARIO, "bench.json");
        LoadGenerator load = new LoadGenerator(scenario);
        int n = 0;
        long[] arrivals = new long[4_000_000];
        long[] holds = new long[4_000_000];
        for (RequestSpec r = load.nextOpen(); r != null; r = load.nextOpen()) {
            arrivals[n] = r.intendedStartNanos();
            holds[n++] = r.holdNanos();
        }
        arrivals = Arrays.copyOf(arrivals, n);
        holds = Arrays.copyOf(holds, n);
        VirtualEngine engine = new VirtualEngine();
        long bestEngine = Long.MAX_VALUE;
        long bestCore = Long.MAX_VALUE;
        long bestBaseline = Long.MAX_VALUE;
        HikariPoolConfig pool = (HikariPoolConfig) scenario.pool();
        long[] core = null;
        SimulationResult result = null;
        long[] baseline = null;
        for (int i = 0; i <= rounds; i++) { // round 0 warms the JIT up and is not counted
            long t0 = System.nanoTime();
            result = engine.run(scenario, RunControl.defaults());
            long t1 = System.nanoTime();
            baseline = MmcdBaseline.run(arrivals, holds, 30, 1_000_000_000L);
            long t2 = System.nanoTime();
            core = BenchAccess.runHikari(arrivals, holds, pool);
            long t3 = System.nanoTime();
            if (i > 0) {
                bestEngine = Math.min(bestEngine, t1 - t0);
                bestBaseline = Math.min(bestBaseline, t2 - t1);
                bestCore = Math.min(bestCore, t3 - t2);
            }
        }
        System.out.printf(Locale.ROOT, "requests            %,d (engine) / %,d (baseline)%n", result.requests(), n);
        System.out.printf(
                Locale.ROOT,
                "timeouts            %d (engine) / %d (core) / %d (baseline)%n",
                result.timeouts(),
                core[2],
                baseline[1]);
        System.out.printf(
                Locale.ROOT,
                "engine, whole run   %.3f s wall for 1 h simulated, load model and result"
                        + " included (target <= 1 s)%n",
                bestEngine / 1e9);
        System.out.printf(
                Locale.ROOT, "engine event loop   %.3f s wall on the same pre-made requests%n", bestCore / 1e9);
        System.out.printf(
                Locale.ROOT, "baseline M/M/c+D    %.3f s wall on the same pre-made requests%n", bestBaseline / 1e9);
        System.out.printf(
                Locale.ROOT,
                "throughput          %.2f M req/s (loop) vs %.2f M req/s (baseline)%n",
                n / (bestCore / 1e3),
                n / (bestBaseline / 1e3));
        System.out.printf(
                Locale.ROOT,
                "ratio engine loop / baseline throughput: %.2fx (target >= 0.5x)%n",
                (double) bestBaseline / bestCore);
        // the whole engine run (load model, pool model, histograms, result) for the SimPy comparison
        System.out.printf(Locale.ROOT, "ENGINE_REQ_PER_SEC=%.1f%n", result.requests() / (bestEngine / 1e9));
    }
}
