package dev.lifeguard.poolsim.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11: the virtual engine's QueuePool against real SQLAlchemy (Debian's python3-sqlalchemy, 1.4),
 * on bursts of held connections at scaled-down times: the same served and timed-out counts and the same
 * TimeoutError text for every (pool_size, max_overflow, pool_timeout, burst) case. Times keep wide margins
 * (hold 400 ms; timeouts 0, 100 ms, 125 ms, or 600 ms, which lets exactly one wave of returns through)
 * so thread scheduling on a busy machine cannot move a request across a boundary.
 */
class QueuePoolDifferentialTest {

    private static final double HOLD_SECONDS = 0.4;
    private static final double[] TIMEOUTS = {0, 0.1, 0.125, 0.6};
    private static final int[] SIZES = {-2, 0, 1, 5, 10};
    private static final int[] OVERFLOWS = {-1, 0, 3, 10};
    private static final int[] BURSTS = {1, 3, 10, 35};

    @TempDir
    Path dir;

    @Test
    void virtualQueuePool_servesTimesOutAndWordsItAsRealSqlAlchemy() throws Exception {
        Object found = RealQueuePool.find();
        assumeThat(found).as("real SQLAlchemy to compare with: %s", found).isInstanceOf(RealQueuePool.class);
        RealQueuePool real = (RealQueuePool) found;
        assumeThat(real.version()).as("the modelled release is SQLAlchemy 1.4").startsWith("1.4.");

        List<RealQueuePool.Case> cases = cases();
        List<RealQueuePool.Outcome> outcomes = real.run(cases, HOLD_SECONDS, 8, dir);

        assertThat(outcomes).hasSameSizeAs(cases);
        int timedOutCases = 0;
        for (int i = 0; i < cases.size(); i++) {
            RealQueuePool.Case c = cases.get(i);
            RealQueuePool.Outcome sqlalchemy = outcomes.get(i);
            SimulationResult virtual = new VirtualEngine().run(scenario(c), RunControl.defaults());
            assertThat(sqlalchemy.errors())
                    .as("%s: real SQLAlchemy raised only timeouts", c)
                    .isEmpty();
            assertThat(virtual.served()).as("%s served", c).isEqualTo(sqlalchemy.served());
            assertThat(virtual.timeouts()).as("%s timed out", c).isEqualTo(sqlalchemy.timedOut());
            assertThat(new LinkedHashSet<>(virtual.timeoutMessages()))
                    .as("%s messages", c)
                    .isEqualTo(new LinkedHashSet<>(sqlalchemy.messages()));
            timedOutCases += sqlalchemy.timedOut() > 0 ? 1 : 0;
        }
        // The comparison means something only if both outcomes occur often.
        assertThat(timedOutCases).isBetween(8, cases.size() - 8);
    }

    /** The cases, then a seeded draw from the grid; at least 30 in all. */
    private static List<RealQueuePool.Case> cases() {
        List<RealQueuePool.Case> cases = new ArrayList<>(List.of(
                new RealQueuePool.Case(0, 10, 0.1, 35), // 10 at once, not unlimited
                new RealQueuePool.Case(0, 0, 0.1, 3), // none
                new RealQueuePool.Case(0, 0, 0, 3), // none, at once
                new RealQueuePool.Case(5, -1, 0.1, 35), // no limit
                new RealQueuePool.Case(5, 10, 0, 20), // fails at once, "timeout 0.00"
                new RealQueuePool.Case(5, 10, 0.125, 20), // Python's %0.2f: "0.12"
                new RealQueuePool.Case(5, 10, 0.6, 35), // a second wave served from the returns
                new RealQueuePool.Case(0, 4, 0.6, 10)));
        SplittableRandom random = new SplittableRandom(20261204);
        while (cases.size() < 34) {
            RealQueuePool.Case c = new RealQueuePool.Case(
                    SIZES[random.nextInt(SIZES.length)],
                    OVERFLOWS[random.nextInt(OVERFLOWS.length)],
                    TIMEOUTS[random.nextInt(TIMEOUTS.length)],
                    BURSTS[random.nextInt(BURSTS.length)]);
            if (!cases.contains(c)) {
                cases.add(c);
            }
        }
        return cases;
    }

    private static Scenario scenario(RealQueuePool.Case c) throws Exception {
        return Scenarios.read(
                String.format(
                        Locale.ROOT,
                        """
                {"format": "lifeguard.scenario/1", "name": "burst %s", "duration": "1s",
                 "pool": {"kind": "sqlalchemy", "pool_size": %d, "max_overflow": %d, "pool_timeout": %s},
                 "load": {"phases": [{"type": "burst", "count": %d, "at": "0ms"}]},
                 "request": {"hold": {"dist": "constant", "value": "%dms"}}}
                """,
                        c,
                        c.poolSize(),
                        c.maxOverflow(),
                        c.poolTimeout(),
                        c.burst(),
                        Math.round(HOLD_SECONDS * 1000)),
                "differential case");
    }
}
