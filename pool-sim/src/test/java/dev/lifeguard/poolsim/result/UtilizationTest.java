package dev.lifeguard.poolsim.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UtilizationTest {

    @Test
    void ofSeconds_oneBusySecondAmongQuietOnes_maxIsTheBusiestTenSecondAverage() {
        double[] seconds = new double[30];
        Arrays.fill(seconds, 0.4);
        seconds[15] = 1.0;

        Utilization u = Utilization.ofSeconds(seconds);

        assertThat(u.max()).isCloseTo(0.46, within(1e-9));
        assertThat(u.mean()).isCloseTo(0.42, within(1e-9));
    }

    @Test
    void ofSeconds_sustainedLoad_maxIsThatLoad() {
        double[] seconds = new double[40];
        for (int i = 10; i < 25; i++) {
            seconds[i] = 0.9;
        }

        assertThat(Utilization.ofSeconds(seconds).max()).isCloseTo(0.9, within(1e-9));
        assertThat(Utilization.ofSeconds(new double[0])).isEqualTo(new Utilization(0, 0));
    }
}
