package dev.lifeguard.desktop.bench;

import dev.lifeguard.desktop.workbench.regress.RegressionReport;
import dev.lifeguard.desktop.workbench.regress.RegressionSuite;
import dev.lifeguard.desktop.workbench.regress.ReplayOutcome;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.poolsim.demo.SimulatedDemo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code regress} over the demo library against issue 14's 5 s budget, beside its baseline measured in the same run:
 * the sum of the single runs (each incident replayed alone on one worker). Prints, per round, the whole library on
 * all cores, the sum of the single runs and their ratio, then the medians; fails when the parallel outcomes differ
 * from the single ones. Run: {@code java -cp TEST_CLASSPATH dev.lifeguard.desktop.bench.RegressBenchmark [ROUNDS]
 * [maximumPoolSize]}.
 */
public final class RegressBenchmark {

    private RegressBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        PoolConfig pool = HikariPoolConfig.defaults(args.length > 1 ? Integer.parseInt(args[1]) : 40);
        List<Incident> demo = SimulatedDemo.incidents();
        RegressionSuite suite = new RegressionSuite();
        int cores = Runtime.getRuntime().availableProcessors();
        // One warm-up of each, so neither figure carries the JIT's first compilation.
        suite.run(demo, pool, null, cores, ProgressListener.NONE, () -> false);
        long[] whole = new long[rounds];
        long[] singles = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            RegressionReport together = suite.run(demo, pool, null, cores, ProgressListener.NONE, () -> false);
            whole[round] = (System.nanoTime() - start) / 1_000_000;
            List<ReplayOutcome> alone = new ArrayList<>();
            long sum = 0;
            for (Incident incident : demo) {
                long one = System.nanoTime();
                alone.addAll(suite.run(List.of(incident), pool, null, 1, ProgressListener.NONE, () -> false)
                        .replays());
                sum += System.nanoTime() - one;
            }
            singles[round] = sum / 1_000_000;
            if (!together.replays().equals(alone)) {
                throw new AssertionError("the parallel replays differ from the single ones");
            }
            System.out.printf(
                    "round %d: library on %d cores %d ms, sum of %d single runs %d ms, ratio %.2f%n",
                    round + 1,
                    cores,
                    whole[round],
                    demo.size(),
                    singles[round],
                    (double) whole[round] / singles[round]);
        }
        Arrays.sort(whole);
        Arrays.sort(singles);
        long medianWhole = whole[rounds / 2];
        long medianSingles = singles[rounds / 2];
        System.out.printf(
                "regress over the demo library (%d incidents, %s): median %d ms (%.2f of the 5000 ms budget);"
                        + " sum of the single runs %d ms; ratio %.2f%n",
                demo.size(),
                pool,
                medianWhole,
                medianWhole / 5000.0,
                medianSingles,
                (double) medianWhole / medianSingles);
    }
}
