package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.poolsim.TimerSnapshot;
import org.junit.jupiter.api.Test;

class WindowedTimerTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    @Test
    void quantiles_comeFromTheLastTwoMinutes_countAndSumFromTheWholeRun() {
        WindowedTimer timer = new WindowedTimer();
        // First minute: slow acquisitions (2 s each); from minute 3 on: fast ones (10 ms).
        for (int i = 0; i < 60; i++) {
            timer.record(2 * S, i * S);
        }
        for (int i = 0; i < 100; i++) {
            timer.record(10 * MS, 180 * S + i * 100 * MS);
        }

        TimerSnapshot mixed = timer.snapshot(100 * S);
        assertThat(mixed.p99Seconds()).isCloseTo(2.0, within(0.01));
        assertThat(mixed.maxSeconds()).isCloseTo(2.0, within(0.01));

        TimerSnapshot now = timer.snapshot(195 * S);
        assertThat(now.count()).isEqualTo(160);
        assertThat(now.sumSeconds()).isCloseTo(60 * 2.0 + 100 * 0.010, within(1e-9));
        assertThat(now.p50Seconds()).isCloseTo(0.010, within(0.0001));
        assertThat(now.p99Seconds()).as("the slow minute has left the window").isCloseTo(0.010, within(0.0001));
        assertThat(now.maxSeconds()).isCloseTo(0.010, within(0.0001));
    }

    @Test
    void emptyWindow_reportsNaN_notZero() {
        WindowedTimer timer = new WindowedTimer();
        assertThat(timer.snapshot(0)).isEqualTo(TimerSnapshot.EMPTY);

        timer.record(5 * MS, 0);
        TimerSnapshot later = timer.snapshot(10 * 60 * S);
        assertThat(later.count()).isEqualTo(1);
        assertThat(later.p99Seconds()).isNaN();
        assertThat(later.maxSeconds()).isNaN();
    }
}
