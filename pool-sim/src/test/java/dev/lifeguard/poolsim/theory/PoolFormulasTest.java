package dev.lifeguard.poolsim.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.incident.Fleet;
import org.junit.jupiter.api.Test;

class PoolFormulasTest {

    @Test
    void offeredLoad_isRateTimesHold() {
        assertThat(PoolFormulas.offeredLoad(200, 0.05)).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void leakTimeToExhaustion_isSpareCapacityOverLeakRate() {
        // c = 20, a = 100/s × 0.05 s = 5, leaks 100 × 0.01 = 1/s → 15 s
        assertThat(PoolFormulas.leakTimeToExhaustion(20, 100, 0.05, 0.01)).isCloseTo(15.0, within(1e-12));
        assertThat(PoolFormulas.leakTimeToExhaustion(20, 100, 0.05, 0)).isInfinite();
        assertThat(PoolFormulas.leakTimeToExhaustion(4, 100, 0.05, 0.01)).isZero();
    }

    @Test
    void poolLockingMinimum_matchesTheHikariWikiExample() {
        assertThat(PoolFormulas.poolLockingMinimum(3, 4)).isEqualTo(10);
        assertThat(PoolFormulas.poolLockingMinimum(8, 1)).isEqualTo(1);
        assertThatThrownBy(() -> PoolFormulas.poolLockingMinimum(0, 2)).hasMessageContaining("threads");
    }

    @Test
    void fleetCheck_overSubscribedFleet_reportsExcessAndFittingSize() {
        FleetCheck check = FleetCheck.of(new Fleet(6, 100, 3), 20);
        assertThat(check.fits()).isFalse();
        assertThat(check.demand()).isEqualTo(120);
        assertThat(check.headroom()).isEqualTo(-23);
        assertThat(check.largestFittingPerInstance()).isEqualTo(16);
        assertThat(check.describe()).contains("exceeds by 23").contains("at most 16 per instance");
    }

    @Test
    void fleetCheck_fittingFleet_reportsSpare() {
        FleetCheck check = FleetCheck.of(new Fleet(4, 151, 0), 30);
        assertThat(check.fits()).isTrue();
        assertThat(check.describe()).contains("31 spare");
    }
}
