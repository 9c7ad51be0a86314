package dev.lifeguard.desktop.workbench.sizing;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An incident whose pool was too small for its load: the undersized-pool rule fires and simulation can verify it. */
public final class UndersizedIncident {

    private UndersizedIncident() {}

    /** 200 requests/s holding a connection 60 ms (p99 120 ms): about 12 busy against a pool of 10. */
    public static Incident build() {
        List<MetricSample> samples = new ArrayList<>();
        Instant t0 = Instant.parse("2025-05-01T12:00:00Z");
        for (int i = 0; i < 40; i++) {
            samples.add(new MetricSample(
                    t0.plusSeconds(30L * i), 10, 10, 0, 5, 10, 10, i * 3L, 900.0, 1000.0, 60.0, 120.0, 200.0));
        }
        return Incident.builder("INC-SIZE-1", "Undersized pool", Severity.SEV2)
                .metrics(List.of(new PoolMetricSeries("api", "test", samples)))
                .pool(HikariPoolConfig.defaults(10).withConnectionTimeout(1000))
                .build();
    }
}
