package dev.lifeguard.poolsim.bench;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.real.RealBenchAccess;
import dev.lifeguard.poolsim.real.RealEngine;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The real engine's performance targets, measured in one run:
 * <ol>
 *   <li>harness overhead: the engine's request path (borrow, the real statement, return, recording)
 *       against bare HikariCP doing the same borrow/statement/return, target ≤ 1.10×;</li>
 *   <li>the bundled 10-minute, 100 requests/s stress scenario at the default speed: target ≤ 60 s wall
 *       and no distortion;</li>
 *   <li>how long a cancelled run takes to stop (target ≤ 1 s).</li>
 * </ol>
 * Run with {@code mvn -B -q -pl pool-sim -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.lifeguard.poolsim.bench.RealEngineBench} (see docs/benchmarks.md).
 */
public final class RealEngineBench {

    private RealEngineBench() {}

    /** Runs the benchmark; {@code args[0]} is the number of measured overhead rounds (default 7). */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        overhead(rounds);
        stress();
        cancellation();
    }

    private static void overhead(int rounds) throws Exception {
        int n = 100_000;
        Scenario scenario = Scenarios.bundled("stress-test");
        try (RealBenchAccess access = new RealBenchAccess(scenario)) {
            access.engine(n);
            access.bare(n);
            access.bareBorrowOnly(n);
            long[] engine = new long[rounds];
            long[] bare = new long[rounds];
            long[] borrowOnly = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                // Alternate so machine noise falls on both sides alike.
                engine[i] = access.engine(n);
                bare[i] = access.bare(n);
                borrowOnly[i] = access.bareBorrowOnly(n);
            }
            double e = median(engine) / (double) n;
            double b = median(bare) / (double) n;
            System.out.printf(
                    Locale.ROOT,
                    "overhead: engine request path %.2f µs, bare HikariCP"
                            + " borrow+statement+return %.2f µs, bare getConnection()/close() %.3f µs"
                            + " (medians of %d rounds"
                            + " of %,d)%n",
                    e / 1e3,
                    b / 1e3,
                    median(borrowOnly) / (double) n / 1e3,
                    rounds,
                    n);
            System.out.printf(
                    Locale.ROOT,
                    "overhead ratio engine / bare: %.3fx (target <= 1.10x); harness adds"
                            + " %.2f µs"
                            + " per request%n",
                    e / b,
                    (e - b) / 1e3);
        }
    }

    private static void stress() {
        Scenario scenario = Scenarios.bundled("stress-test");
        SimulationResult r = new RealEngine().run(scenario, RunControl.defaults());
        System.out.printf(
                Locale.ROOT,
                "stress: %s at speed %s: %.1f s wall (target <= 60 s), %,d requests,"
                        + " %d timeouts,"
                        + " utilization mean %.0f %% max %.0f %%, distortions %d%s%n",
                scenario.duration(),
                r.speed(),
                r.wallMs() / 1000.0,
                r.requests(),
                r.timeouts(),
                r.utilization().mean() * 100,
                r.utilization().max() * 100,
                r.distortions().size(),
                r.distortions().isEmpty() ? "" : " " + r.distortions());
    }

    private static void cancellation() throws InterruptedException {
        Scenario scenario = Scenarios.bundled("stress-test");
        RunControl control = RunControl.defaults().speed(1.0);
        long[] stoppedAt = new long[1];
        Thread runner = new Thread(
                () -> {
                    try {
                        new RealEngine().run(scenario, control);
                    } catch (CancellationException e) {
                        stoppedAt[0] = System.nanoTime();
                    }
                },
                "bench-cancel");
        runner.start();
        Thread.sleep(3_000);
        long cancelledAt = System.nanoTime();
        control.cancel();
        runner.join();
        System.out.printf(
                Locale.ROOT,
                "cancellation: run stopped and cleaned up %.0f ms after cancel()" + " (target <= 1000 ms)%n",
                (stoppedAt[0] - cancelledAt) / 1e6);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
