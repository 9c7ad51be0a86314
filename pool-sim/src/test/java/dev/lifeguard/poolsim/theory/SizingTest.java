package dev.lifeguard.poolsim.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizingTest {

    @Test
    void smallestPool_meetsTargets_andOneSmallerDoesNot() {
        SizingTargets targets = new SizingTargets(0.1, 0.0, 0.8);
        SizingAdvice advice = Sizing.smallestPool(400, 0.05, 30, targets);
        int c = advice.poolSize();
        assertThat(advice.utilization()).isLessThanOrEqualTo(0.8);
        assertThat(advice.acquireP99()).isLessThanOrEqualTo(0.1);
        assertThat(Sizing.meets(new MmcdQueue(400, 0.05, c - 1, 30), targets)).isFalse();
        assertThat(c).isGreaterThanOrEqualTo(25); // 20 Erlangs at ≤ 80 % needs at least 25
    }

    @Test
    void failures_nameTheTargetAndBothFigures() {
        MmcdQueue q = new MmcdQueue(400, 0.05, 20, 1);
        assertThat(Sizing.failures(q, new SizingTargets(0.1, 0.0, 0.8)))
                .anySatisfy(line -> assertThat(line).startsWith("timeout rate"))
                .anySatisfy(line -> assertThat(line).startsWith("acquire p99"))
                .anySatisfy(line -> assertThat(line).startsWith("utilization"));
    }

    @Test
    void impossibleTargets_areRejectedWithTheInputs() {
        assertThatThrownBy(() -> Sizing.smallestPool(10, 0.05, 1, new SizingTargets(null, null, 1e-9)))
                .hasMessageContaining("no pool up to");
    }
}
