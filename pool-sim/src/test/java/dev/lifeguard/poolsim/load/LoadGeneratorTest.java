package dev.lifeguard.poolsim.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.BurstPhase;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantHold;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.RampPhase;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.scenario.SlowMixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    static final RequestShape SHAPE = new RequestShape(
            new LognormalHold(SimDuration.parse("20ms"), SimDuration.parse("200ms")),
            new SlowMixture(0.1, new ConstantHold(SimDuration.parse("5s"))),
            1,
            0.05);

    static Scenario scenario(long seed, String duration, LoadPhase... phases) {
        return new Scenario(
                "t",
                null,
                seed,
                SimDuration.parse(duration),
                HikariPoolConfig.defaults(10),
                null,
                new LoadModel(List.of(phases)),
                SHAPE,
                null);
    }

    @Test
    void nextOpen_sameSeed_sameRequests() {
        Scenario s = scenario(
                7,
                "2m",
                new ConstantPhase(50, SimDuration.parse("1m"), Arrivals.POISSON),
                new RampPhase(10, 100, SimDuration.parse("1m"), Arrivals.POISSON),
                new BurstPhase(20, SimDuration.parse("30s")));

        List<RequestSpec> first = new LoadGenerator(s).drainOpen();
        List<RequestSpec> second = new LoadGenerator(s).drainOpen();

        assertThat(first).hasSizeGreaterThan(1000).isEqualTo(second);
        assertThat(new LoadGenerator(s.withSeed(8)).drainOpen()).isNotEqualTo(first);
    }

    @Test
    void nextOpen_poissonConstant_rateAndExponentialGaps() {
        Scenario s = scenario(1, "10m", new ConstantPhase(100, SimDuration.parse("10m"), Arrivals.POISSON));

        List<RequestSpec> all = new LoadGenerator(s).drainOpen();

        // 60 000 expected; Poisson sd ≈ 245, so ±1 500 is six sigma.
        assertThat(all.size()).isBetween(58_500, 61_500);
        double meanGap =
                (all.get(all.size() - 1).intendedStartNanos() - all.get(0).intendedStartNanos())
                        / (double) (all.size() - 1);
        assertThat(meanGap / 1e6).isCloseTo(10.0, within(0.3));
        long shortGaps = 0;
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).intendedStartNanos())
                    .isGreaterThanOrEqualTo(all.get(i - 1).intendedStartNanos());
            if (all.get(i).intendedStartNanos() - all.get(i - 1).intendedStartNanos() < 10_000_000L * Math.log(2)) {
                shortGaps++;
            }
        }
        // Exponential gaps: half of them are below mean × ln 2 (uniform gaps would give none).
        assertThat(shortGaps / (double) (all.size() - 1)).isCloseTo(0.5, within(0.02));
    }

    @Test
    void nextOpen_uniform_evenlySpacedFromPhaseStart() {
        Scenario s = scenario(1, "1s", new ConstantPhase(4, SimDuration.parse("1s"), Arrivals.UNIFORM));

        assertThat(new LoadGenerator(s).drainOpen())
                .extracting(RequestSpec::intendedStartNanos)
                .containsExactly(0L, 250_000_000L, 500_000_000L, 750_000_000L);
    }

    @Test
    void nextOpen_rampUniform_countIsAreaUnderRate() {
        // 0 → 100 /s over 10 s: 500 requests, denser at the end.
        Scenario s = scenario(1, "10s", new RampPhase(0, 100, SimDuration.parse("10s"), Arrivals.UNIFORM));

        List<RequestSpec> all = new LoadGenerator(s).drainOpen();

        assertThat(all).hasSize(500);
        long firstHalf = all.stream()
                .filter(r -> r.intendedStartNanos() < 5_000_000_000L)
                .count();
        assertThat(firstHalf).isEqualTo(125);
    }

    @Test
    void nextOpen_replay_followsRecordedRates() {
        Scenario s =
                scenario(1, "3s", new ReplayPhase(List.of(10.0, 0.0, 30.0), SimDuration.parse("1s"), Arrivals.UNIFORM));

        List<RequestSpec> all = new LoadGenerator(s).drainOpen();

        assertThat(all.stream()
                        .filter(r -> r.intendedStartNanos() < 1_000_000_000L)
                        .count())
                .isEqualTo(10);
        assertThat(all.stream()
                        .filter(r ->
                                r.intendedStartNanos() >= 1_000_000_000L && r.intendedStartNanos() < 2_000_000_000L)
                        .count())
                .isZero();
        assertThat(all.stream()
                        .filter(r -> r.intendedStartNanos() >= 2_000_000_000L)
                        .count())
                .isEqualTo(30);
    }

    @Test
    void nextOpen_phasesSequentialAndBurstOverlaid_inStartOrder() {
        Scenario s = scenario(
                1,
                "4s",
                new ConstantPhase(1, SimDuration.parse("2s"), Arrivals.UNIFORM),
                new BurstPhase(3, SimDuration.parse("500ms")),
                new ConstantPhase(2, SimDuration.parse("2s"), Arrivals.UNIFORM));

        List<RequestSpec> all = new LoadGenerator(s).drainOpen();

        assertThat(all)
                .extracting(RequestSpec::intendedStartNanos)
                .containsExactly(
                        0L,
                        500_000_000L,
                        500_000_000L,
                        500_000_000L,
                        1_000_000_000L,
                        2_000_000_000L,
                        2_500_000_000L,
                        3_000_000_000L,
                        3_500_000_000L);
        assertThat(all).extracting(RequestSpec::phase).containsExactly(0, 1, 1, 1, 0, 2, 2, 2, 2);
        assertThat(all).extracting(RequestSpec::seq).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void nextOpen_beyondDuration_nothingStarts() {
        Scenario s = scenario(
                1,
                "1s",
                new ConstantPhase(10, SimDuration.parse("5s"), Arrivals.UNIFORM),
                new BurstPhase(5, SimDuration.parse("2s")));

        assertThat(new LoadGenerator(s).drainOpen())
                .hasSize(10)
                .allSatisfy(r -> assertThat(r.intendedStartNanos()).isLessThan(1_000_000_000L));
    }

    @Test
    void shapes_mixtureAndLeaks_matchProbabilities() {
        Scenario s = scenario(3, "10m", new ConstantPhase(100, SimDuration.parse("10m"), Arrivals.POISSON));

        List<RequestSpec> all = new LoadGenerator(s).drainOpen();

        double slow = all.stream().filter(RequestSpec::slow).count() / (double) all.size();
        double leaks = all.stream().filter(RequestSpec::leak).count() / (double) all.size();
        assertThat(slow).isCloseTo(0.10, within(0.01));
        assertThat(leaks).isCloseTo(0.05, within(0.01));
        assertThat(all)
                .filteredOn(RequestSpec::slow)
                .allSatisfy(r -> assertThat(r.holdNanos()).isEqualTo(5_000_000_000L));
        List<Long> fast = new ArrayList<>(
                all.stream().filter(r -> !r.slow()).map(RequestSpec::holdNanos).toList());
        fast.sort(null);
        assertThat(fast.get(fast.size() / 2) / 1e6).isCloseTo(20.0, within(1.0));
        assertThat(fast.get((int) (fast.size() * 0.99)) / 1e6).isCloseTo(200.0, within(20.0));
    }

    @Test
    void closedUsers_feedback_nextStartsAfterCompletionPlusThink() {
        Scenario s = scenario(5, "10s", new ClosedPhase(3, SimDuration.parse("100ms"), SimDuration.parse("10s")));
        LoadGenerator generator = new LoadGenerator(s);

        List<ClosedUser> users = generator.closedUsers();
        assertThat(users).hasSize(3);
        assertThat(generator.nextOpen()).isNull();
        ClosedUser user = users.get(1);
        RequestSpec first = user.first();
        RequestSpec second = user.next(first.intendedStartNanos() + 1_000_000_000L);

        assertThat(first.user()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(1);
        assertThat(second.intendedStartNanos()).isGreaterThanOrEqualTo(first.intendedStartNanos() + 1_000_000_000L);
        assertThat(user.next(10_000_000_000L)).isNull();
    }

    @Test
    void closedUsers_sameSeedSameCompletions_sameRequests() {
        Scenario s = scenario(5, "10s", new ClosedPhase(4, SimDuration.parse("50ms"), SimDuration.parse("10s")));

        assertThat(walk(s)).isEqualTo(walk(s)).hasSizeGreaterThan(50);
    }

    private static List<RequestSpec> walk(Scenario s) {
        List<RequestSpec> seen = new ArrayList<>();
        for (ClosedUser user : new LoadGenerator(s).closedUsers()) {
            for (RequestSpec r = user.first(); r != null; r = user.next(r.intendedStartNanos() + r.holdNanos())) {
                seen.add(r);
            }
        }
        return seen;
    }
}
