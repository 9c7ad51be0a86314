package dev.lifeguard.postmortem.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactWindowsTest {

    private static final Instant T = Instant.parse("2025-01-01T10:00:00Z");

    private static PoolMetricSeries series(int[] pending, long[] timeouts) {
        List<MetricSample> samples = new ArrayList<>();
        for (int i = 0; i < pending.length; i++) {
            samples.add(MetricSample.gauges(T.plusSeconds(60L * i), 10, 10, 0, pending[i], 10, 10, timeouts[i]));
        }
        return new PoolMetricSeries("p", null, samples);
    }

    @Test
    void detect_timeoutBeforeWaiters_startsAtFirstTimeoutEndsAtRecovery() {
        var s = series(new int[] {0, 0, 0, 3, 5, 0, 0}, new long[] {0, 0, 2, 4, 9, 9, 9});

        ImpactWindow w = ImpactWindows.detect(s).orElseThrow();

        assertThat(w.start()).isEqualTo(T.plusSeconds(120));
        assertThat(w.cause()).isEqualTo("first timeout");
        assertThat(w.end()).isEqualTo(T.plusSeconds(300));
        assertThat(w.timeouts()).isEqualTo(9);
        assertThat(w.maxPending()).isEqualTo(5);
    }

    @Test
    void detect_stillImpairedAtEnd_noEnd() {
        var w = ImpactWindows.detect(series(new int[] {0, 1, 2}, new long[] {0, 0, 0}))
                .orElseThrow();

        assertThat(w.cause()).isEqualTo("first waiting thread");
        assertThat(w.end()).isNull();
    }

    @Test
    void detect_healthy_empty() {
        assertThat(ImpactWindows.detect(series(new int[] {0, 0}, new long[] {5, 5})))
                .isEmpty();
    }
}
