package dev.lifeguard.poolsim.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.bounds.RunEstimate;
import dev.lifeguard.poolsim.bounds.RunRefusedException;
import dev.lifeguard.poolsim.load.LoadGenerator;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.result.Utilization;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The virtual engine's memory does not grow with simulated time: the series is capped, utilization streams. */
class BoundedMemoryTest {

    static Scenario scenario(String duration, String phases, String hold) throws Exception {
        return Scenarios.read("""
                {"format": "lifeguard.scenario/1", "name": "long", "seed": 5, "duration": "%s",
                 "pool": {"kind": "hikari", "maximumPoolSize": 4, "minimumIdle": 4, "maxLifetime": 0},
                 "load": {"phases": [%s]},
                 "request": {"hold": %s}}
                """.formatted(duration, phases, hold), "long.json");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void tenThousandHours_keepsAtMostTheCappedSeries_evenlySpaced_coveringTheWholeRun() throws Exception {
        Scenario s = scenario(
                "10000h",
                "{\"type\": \"constant\", \"rate\": 0.002, \"duration\": \"10000h\"}",
                "{\"dist\": \"constant\", \"value\": \"2s\"}");

        SimulationResult r = new VirtualEngine().run(s, RunControl.defaults());

        List<MetricSample> samples = r.series().samples();
        assertThat(samples.size()).isBetween(RunEstimate.MAX_SERIES_POINTS - 3_700, RunEstimate.MAX_SERIES_POINTS);
        // 10 001 h in 100 000 points: one every 361 simulated seconds, the last at the run's end
        long stride = VirtualRecorder.strideFor(Duration.ofHours(10_001).toNanos(), RunEstimate.MAX_SERIES_POINTS);
        assertThat(stride).isEqualTo(361);
        assertThat(Duration.between(samples.get(0).at(), samples.get(1).at())).isEqualTo(Duration.ofSeconds(361));
        assertThat(samples.get(samples.size() - 1).at()).isAfterOrEqualTo(Instant.EPOCH.plus(Duration.ofHours(10_000)));
        // every request was counted, and the points' rates add back up to the requests (each covers its stride)
        assertThat(r.requests()).isBetween(70_000L, 74_000L);
        double fromRates = 0;
        for (int i = 1; i < samples.size(); i++) {
            double seconds =
                    Duration.between(samples.get(i - 1).at(), samples.get(i).at())
                                    .toNanos()
                            / 1e9;
            fromRates += samples.get(i).requestRate() * seconds;
        }
        fromRates += samples.get(0).requestRate() * 361;
        assertThat(fromRates).isCloseTo(r.requests(), Offset.offset(1.0));
        // one request in 500 s holding one connection of four for 2 s
        assertThat(r.utilization().mean()).isCloseTo(0.002 * 2 / 4, Offset.offset(1e-4));
    }

    @Test
    void shortRun_keepsOnePointPerSecond_asBefore() throws Exception {
        Scenario s = scenario(
                "90s",
                "{\"type\": \"constant\", \"rate\": 50, \"duration\": \"90s\"}",
                "{\"dist\": \"exponential\", \"mean\": \"20ms\"}");

        SimulationResult r = new VirtualEngine().run(s, RunControl.defaults());

        // a point per second up to the last request's end (a second of drain at most here)
        List<MetricSample> samples = r.series().samples();
        assertThat(samples.size()).isBetween(90, 91);
        for (int i = 0; i < samples.size(); i++) {
            assertThat(samples.get(i).at()).isEqualTo(Instant.EPOCH.plusSeconds(i + 1));
        }
    }

    @Test
    void stride_recordsOnePointPerStride_withItsFiguresCoveringTheWholeStride() {
        VirtualRecorder recorder = new VirtualRecorder(Instant.EPOCH, 10);
        long second = 1_000_000_000L;
        for (int s = 1; s <= 95; s++) {
            recorder.arrival();
            recorder.arrival();
            recorder.acquired(s * 1_000_000L); // waits of s ms
            recorder.sample(s * second, 4, 1, 3, 0, 4, 4, s == 95);
        }

        assertThat(recorder.samples)
                .extracting(MetricSample::at)
                .containsExactly(
                        Instant.EPOCH.plusSeconds(10),
                        Instant.EPOCH.plusSeconds(20),
                        Instant.EPOCH.plusSeconds(30),
                        Instant.EPOCH.plusSeconds(40),
                        Instant.EPOCH.plusSeconds(50),
                        Instant.EPOCH.plusSeconds(60),
                        Instant.EPOCH.plusSeconds(70),
                        Instant.EPOCH.plusSeconds(80),
                        Instant.EPOCH.plusSeconds(90),
                        Instant.EPOCH.plusSeconds(95));
        assertThat(recorder.samples).allSatisfy(p -> assertThat(p.requestRate()).isEqualTo(2.0));
        // the second point covers seconds 11..20: its p50 wait is about 15 ms, not the last second's 20 ms
        assertThat(recorder.samples.get(1).acquireP50Ms()).isCloseTo(15.0, Offset.offset(1.0));
    }

    @Test
    void secondShares_equalUtilizationOverTheWholeArray_toTheLastBit() {
        SplittableRandom random = new SplittableRandom(16);
        for (int n : new int[] {0, 1, 5, 9, 10, 11, 37, 1_000}) {
            double[] shares = new double[n];
            SecondShares streamed = new SecondShares();
            for (int i = 0; i < n; i++) {
                shares[i] = random.nextDouble() < 0.1 ? 1.0 : random.nextDouble();
                streamed.add(shares[i]);
            }
            Utilization expected = Utilization.ofSeconds(shares);
            assertThat(streamed.utilization()).as("n=%d", n).isEqualTo(expected);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aLoopThatStopsTime_unforeseenByTheChecks_endsAsBadInput() throws Exception {
        // the checks before a run refuse this scenario; driven directly, the simulator's own guard stops it
        Scenario s = scenario(
                "1m",
                "{\"type\": \"closed\", \"users\": 3, \"thinkTime\": \"0ms\", \"duration\": \"1m\"}",
                "{\"dist\": \"constant\", \"value\": \"0ms\"}");
        LoadGenerator load = new LoadGenerator(s);
        VirtualSimulator sim = new VirtualSimulator(
                HikariPoolConfig.defaults(4),
                1,
                VirtualSimulatorTest.db(0),
                new LoadStream(load),
                load.closedUsers(),
                s.duration().nanos(),
                1,
                5,
                Instant.EPOCH);
        sim.stallLimit(100_000);

        assertThatThrownBy(() -> sim.run(() -> false, p -> {}))
                .isInstanceOf(RunRefusedException.class)
                .hasMessageContaining("simulated time stopped advancing at 0 ms")
                .hasMessageContaining("100001 events happened at that instant");
    }
}
