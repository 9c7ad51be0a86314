package dev.lifeguard.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.postmortem.SampleIncidents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakClimbTest {

    @Test
    void in_activeClimbingUnderFlatTraffic_hasTheClimbsNumbers() {
        // the sample's active climbs 4 → 30 over 20 minutes (1.3 a minute) at 120 requests/s
        LeakClimb climb =
                LeakClimb.in(SampleIncidents.checkoutLeak().metrics().get(0)).orElseThrow();
        assertThat(climb.activeFrom()).isCloseTo(4, within(0.5));
        assertThat(climb.activeTo()).isCloseTo(30, within(0.5));
        assertThat(climb.max()).isEqualTo(30);
        assertThat(climb.meanRate()).isCloseTo(120, within(0.5));
        assertThat(climb.perMinute()).isCloseTo(1.3, within(0.15));
        assertThat(climb.text()).startsWith("pool ").contains("active climbed 4 → 30 (max 30)");
    }

    @Test
    void in_activeFollowingTheTraffic_isNoLeak() {
        // active rises with the request rate (Little's law), so it is load, not a leak
        List<MetricSample> samples = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double rate = 100 + i * 5;
            int active = (int) Math.round(rate * 0.05);
            samples.add(new MetricSample(
                    SampleIncidents.T0.toInstant().plusSeconds(30L * i),
                    40,
                    active,
                    40 - active,
                    0,
                    40,
                    0,
                    0,
                    null,
                    null,
                    50.0,
                    200.0,
                    rate));
        }
        assertThat(LeakClimb.in(new PoolMetricSeries("app", "test", samples))).isEmpty();
    }
}
