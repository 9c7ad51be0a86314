package dev.lifeguard.poolsim.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangTest {

    @Test
    void erlangB_publishedTableValues_match() {
        // reference values computed with 50-digit arithmetic from the factorial definition
        assertThat(ErlangB.blocking(10, 10)).isCloseTo(0.214582343107347, within(1e-13));
        assertThat(ErlangB.blocking(5, 10)).isCloseTo(0.018384570336648, within(1e-13));
        assertThat(ErlangB.blocking(100, 120)).isCloseTo(0.005690054606870, within(1e-13));
    }

    @Test
    void erlangB_largePool_staysFiniteAndAccurate() {
        // the factorial form overflows past 170 servers; the recursion does not
        assertThat(ErlangB.blocking(1000, 1000)).isCloseTo(0.024811917646160, within(1e-12));
        assertThat(ErlangB.blocking(1.0, 2000)).isBetween(0.0, 1e-300);
        assertThat(ErlangB.inverseBlocking(1000, 1000)).isCloseTo(1 / 0.024811917646160, within(1e-9));
    }

    @Test
    void erlangB_zeroServers_blocksEverything() {
        assertThat(ErlangB.blocking(3, 0)).isEqualTo(1.0);
    }

    @Test
    void erlangB_negativeLoad_isRejectedNamingTheArgument() {
        assertThatThrownBy(() -> ErlangB.blocking(-1, 3)).hasMessageContaining("offeredLoad");
    }

    @Test
    void erlangC_publishedValues_match() {
        // a = 10 Erlangs on 11 agents: P(wait) = 0.6821 (the textbook call-centre example)
        ErlangC q = new ErlangC(10, 1, 11);
        assertThat(q.probabilityOfWait()).isCloseTo(0.682118204689332, within(1e-12));
        assertThat(new ErlangC(100, 1, 110).probabilityOfWait()).isCloseTo(0.237007500285053, within(1e-12));
    }

    @Test
    void erlangC_meanWaitAndTail_followFromProbabilityOfWait() {
        ErlangC q = new ErlangC(50, 0.02, 2); // a = 1, ρ = 0.5; M/M/2: C = a²/(2 + a) · ... = 1/3
        assertThat(q.probabilityOfWait()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(q.meanWait()).isCloseTo((1.0 / 3) / (100 - 50), within(1e-12));
        assertThat(q.probabilityWaitExceeds(0.01)).isCloseTo((1.0 / 3) * Math.exp(-0.5), within(1e-12));
        assertThat(q.meanQueueLength()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void erlangC_overload_isRejectedPointingToMmcd() {
        assertThatThrownBy(() -> new ErlangC(100, 0.1, 10)).hasMessageContaining("MmcdQueue");
    }
}
