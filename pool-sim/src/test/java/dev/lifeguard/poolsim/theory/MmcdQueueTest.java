package dev.lifeguard.poolsim.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MmcdQueueTest {

    /** Barrer (1957), M/M/1+D: P(timeout) = (1 − ρ)ρE/(1 − ρ²E) with E = e^{−(μ−λ)τ}. */
    private static double barrerTimeout(double lambda, double mu, double tau) {
        double rho = lambda / mu;
        double e = Math.exp(-(mu - lambda) * tau);
        return (1 - rho) * rho * e / (1 - rho * rho * e);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1, 2", "0.9, 1, 5", "1.2, 1, 3", "2.0, 1, 0.5", "1.0001, 1, 10"})
    void singleServer_matchesBarrersClosedForm(double lambda, double mu, double tau) {
        MmcdQueue q = new MmcdQueue(lambda, 1 / mu, 1, tau);
        assertThat(q.probabilityOfTimeout()).isCloseTo(barrerTimeout(lambda, mu, tau), within(1e-12));
    }

    @Test
    void singleServer_atExactlyCriticalLoad_isTheLimitOfNeighbours() {
        // ρ = 1: Barrer's form is 0/0; the limit is 1/(2 + μτ)
        MmcdQueue q = new MmcdQueue(1, 1, 1, 3);
        assertThat(q.probabilityOfTimeout()).isCloseTo(1 / 5.0, within(1e-12));
    }

    @Test
    void zeroTimeout_isErlangB() {
        MmcdQueue q = new MmcdQueue(100, 0.2, 25, 0);
        assertThat(q.probabilityOfTimeout()).isCloseTo(ErlangB.blocking(20, 25), within(1e-14));
        assertThat(q.probabilityOfWait()).isCloseTo(q.probabilityOfTimeout(), within(1e-14));
    }

    @Test
    void longTimeoutBelowSaturation_isErlangC() {
        MmcdQueue q = new MmcdQueue(90, 0.1, 10, 1_000);
        ErlangC c = new ErlangC(90, 0.1, 10);
        assertThat(q.probabilityOfWait()).isCloseTo(c.probabilityOfWait(), within(1e-12));
        assertThat(q.meanTimeInGetConnection()).isCloseTo(c.meanWait(), within(1e-12));
        assertThat(q.probabilityWaitExceeds(0.2)).isCloseTo(c.probabilityWaitExceeds(0.2), within(1e-12));
        assertThat(q.probabilityOfTimeout()).isLessThan(1e-30);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "10", "100", "500", "1000", "2000"})
    void anyPoolSize_fromLightLoadToTwentyPercentOverload_givesFiniteOrderedProbabilities(int c) {
        for (double rho : new double[] {0.1, 0.5, 0.9, 0.99, 1.0, 1.01, 1.1, 1.2, 1.5}) {
            double meanHold = 0.02;
            MmcdQueue q = new MmcdQueue(rho * c / meanHold, meanHold, c, 30);
            assertThat(q.probabilityOfWait()).as("c=%d ρ=%s", c, rho).isBetween(0.0, 1.0);
            assertThat(q.probabilityOfTimeout()).as("c=%d ρ=%s", c, rho).isBetween(0.0, q.probabilityOfWait());
            assertThat(q.meanTimeInGetConnection()).as("c=%d ρ=%s", c, rho).isBetween(0.0, 30.0);
            if (rho > 1) {
                // past saturation with a long timeout the pool serves cμ and the excess times out: 1 − 1/ρ
                assertThat(q.probabilityOfTimeout()).as("c=%d ρ=%s", c, rho).isCloseTo(1 - 1 / rho, within(1e-6));
                // and nearly everyone waits close to τ: the virtual wait drifts up at x = λ − cμ per second
                double x = (rho - 1) * c / meanHold;
                assertThat(q.meanTimeInGetConnection()).as("c=%d ρ=%s", c, rho).isCloseTo(30.0, within(3 / x));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "0.99e-4, 0.00019952005786132871, 4.9916430950648826763",
        "1.01e-4, 0.00019951805932471163, 4.9916263648134624659",
        "-0.99e-4, 0.00019971797903323148, 4.9932993900125127813",
        "-1.01e-4, 0.00019971997890412732, 4.9933161202639542839"
    })
    void nearCriticalLoad_eitherSideOfTheSeriesSwitch_matchesHighPrecisionValues(
            double delta, double timeout, double meanTime) {
        // |δτ| = 1e-3 is where the series takes over; references from the same formulas in 60-digit arithmetic
        MmcdQueue q = new MmcdQueue(500 - delta, 0.1, 50, 10);
        assertThat(q.probabilityOfTimeout()).isCloseTo(timeout, within(timeout * 1e-10));
        assertThat(q.meanTimeInGetConnection()).isCloseTo(meanTime, within(meanTime * 1e-10));
    }

    @Test
    void tailAtZero_isProbabilityOfWait_andAtTimeoutIsZero() {
        MmcdQueue q = new MmcdQueue(480, 0.02, 10, 1);
        assertThat(q.probabilityWaitExceeds(0)).isCloseTo(q.probabilityOfWait(), within(1e-14));
        assertThat(q.probabilityWaitExceeds(1)).isZero();
        assertThat(q.probabilityWaitExceeds(0.999_999_999)).isCloseTo(q.probabilityOfTimeout(), within(1e-8));
    }

    @Test
    void meanTime_isTheIntegralOfTheTail() {
        MmcdQueue q = new MmcdQueue(520, 0.02, 10, 0.5);
        int n = 200_000;
        double h = 0.5 / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += q.probabilityWaitExceeds((i + 0.5) * h) * h;
        }
        assertThat(q.meanTimeInGetConnection()).isCloseTo(sum, within(1e-8));
    }

    @Test
    void acquireQuantile_invertsTheTail() {
        MmcdQueue q = new MmcdQueue(470, 0.02, 10, 5);
        double p99 = q.acquireQuantile(0.99);
        assertThat(p99).isStrictlyBetween(0.0, 5.0);
        assertThat(q.probabilityWaitExceeds(p99)).isCloseTo(0.01, within(1e-9));
        assertThat(new MmcdQueue(10, 0.02, 10, 5).acquireQuantile(0.99)).isZero();
        assertThat(new MmcdQueue(1000, 0.02, 10, 5).acquireQuantile(0.99)).isEqualTo(5.0);
    }
}
