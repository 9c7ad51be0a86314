package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.RunListener;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs leave no threads, pools or files behind, whether they finish or are cancelled. */
class LeaveNothingBehindTest {

    static final String SMALL = """
            {"format": "lifeguard.scenario/1", "name": "small", "seed": 9, "duration": "60ms",
             "pool": {"kind": "hikari", "maximumPoolSize": 10, "minimumIdle": 2, "connectionTimeout": 300,
                      "validationTimeout": 250},
             "load": {"phases": [{"type": "burst", "count": 6}, {"type": "constant", "rate": 200, "duration": "60ms"}]},
             "request": {"hold": {"dist": "constant", "value": "5ms"}, "leakProbability": 0.05}}
            """;

    static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }

    static List<Path> ourTempFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith(RealEngine.TEMP_PREFIX))
                    .toList();
        }
    }

    static class Pools implements RunListener {
        final List<PoolGauges> opened = new ArrayList<>();
        final List<String> closed = new ArrayList<>();

        @Override
        public synchronized void poolOpened(PoolGauges gauges) {
            opened.add(gauges);
        }

        @Override
        public synchronized void poolClosed(String poolName) {
            closed.add(poolName);
        }
    }

    @Test
    void run_200TimesInOneJvm_threadsPoolsAndFilesBackToBaseline() throws Exception {
        Scenario scenario = Scenarios.read(SMALL, "small.json");
        new RealEngine().run(scenario, RunControl.defaults().speed(1.0));
        Thread.sleep(100);
        Set<String> baseline = threadNames();
        List<Path> tempBefore = ourTempFolders();
        Pools pools = new Pools();

        long served = 0;
        long leaked = 0;
        for (int i = 0; i < 200; i++) {
            RunControl control = RunControl.defaults().speed(1.0).listener(pools);
            SimulationResult r = new RealEngine().run(scenario.withSeed(i), control);
            served += r.served();
            leaked += r.leaked();
        }

        assertThat(served).isGreaterThan(200 * 10);
        assertThat(leaked)
                .as("runs that leaked connections, which teardown must still close")
                .isPositive();
        assertThat(pools.opened).hasSize(200);
        assertThat(pools.closed).hasSize(200);
        assertThat(pools.opened)
                .allSatisfy(p ->
                        assertThat(((PoolInstance) p).dataSource().isClosed()).isTrue());
        assertThat(ourTempFolders()).isEqualTo(tempBefore);
        Set<String> after = threadNames();
        assertThat(after).noneMatch(n -> n.startsWith("lifeguard-sim-") || n.startsWith("HikariPool"));
        after.removeAll(baseline);
        assertThat(after).as("threads started by the runs").isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void cancel_duringLongRun_throwsAndCleansUp() throws Exception {
        Scenario scenario = Scenarios.bundled("stress-test");
        // A first run loads SQLite's native library (which starts a JDK "process reaper") before the baseline.
        new RealEngine()
                .run(Scenarios.read(SMALL, "small.json"), RunControl.defaults().speed(1.0));
        Thread.sleep(100);
        Set<String> baseline = threadNames();
        List<Path> tempBefore = ourTempFolders();
        RunControl control = RunControl.defaults().speed(1.0);
        List<Double> fractions = new ArrayList<>();
        control.progress((fraction, message) -> {
            synchronized (fractions) {
                fractions.add(fraction);
            }
            if (fraction > 0.001) {
                control.cancel();
            }
        });

        assertThatThrownBy(() -> new RealEngine().run(scenario, control))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("cancelled at t=");

        assertThat(fractions).isNotEmpty().allSatisfy(f -> assertThat(f).isLessThan(0.05));
        assertThat(ourTempFolders()).isEqualTo(tempBefore);
        assertThat(threadNames()).noneMatch(n -> n.startsWith("lifeguard-sim-") || n.startsWith("HikariPool"));
        Set<String> after = threadNames();
        after.removeAll(baseline);
        assertThat(after).as("threads started by the run").isEmpty();
    }
}
