package dev.lifeguard.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.LatencySource;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.ingest.IngestFormat;
import dev.lifeguard.ingest.IngestOptions;
import dev.lifeguard.ingest.IngestResult;
import dev.lifeguard.ingest.Ingester;
import dev.lifeguard.scrape.HistogramQuantile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Scrapes a real Spring Boot 3.5 app served (postmortems/boot-capture): its pool of 5 exhausted by two bursts of 35
 * callers. The same scrapes go through import and through live watch, and must give the same samples; the stock
 * app yields mean and max acquire times, the one with histograms on a p99 equal to histogram_quantile over the
 * buckets' increase.
 */
class SpringBootFixturesTest {

    private static final Instant T0 = Instant.parse("2026-12-05T04:00:00Z");
    private static final Duration EVERY = Duration.ofSeconds(1);
    private static final int SCRAPES = 16;

    @Test
    void stockBoot_givesMeanFromSumOverCount_andMax_noPercentile() throws Exception {
        List<String> scrapes = scrapes("stock");
        PoolMetricSeries series = watched(scrapes);
        assertThat(series.latencySource()).isEqualTo(LatencySource.MEAN);
        assertThat(series.samples()).allMatch(s -> s.acquireP99Ms() == null);
        int checked = 0;
        for (int i = 1; i < scrapes.size(); i++) {
            double count = value(scrapes.get(i), "hikaricp_connections_acquire_seconds_count");
            double before = value(scrapes.get(i - 1), "hikaricp_connections_acquire_seconds_count");
            if (Double.isNaN(before) || !(count > before)) {
                continue;
            }
            double mean = (value(scrapes.get(i), "hikaricp_connections_acquire_seconds_sum")
                            - value(scrapes.get(i - 1), "hikaricp_connections_acquire_seconds_sum"))
                    * 1000
                    / (count - before);
            MetricSample s = at(series, i);
            assertThat(s.acquireMeanMs()).isCloseTo(mean, Offset.offset(1e-6));
            assertThat(s.acquireMaxMs())
                    .isCloseTo(
                            value(scrapes.get(i), "hikaricp_connections_acquire_seconds_max") * 1000,
                            Offset.offset(1e-6));
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
        assertThat(series.samples()).anyMatch(s -> s.acquireMaxMs() != null && s.acquireMaxMs() > 1000);
    }

    @Test
    void histogramBoot_givesP99AsHistogramQuantileOfTheIncrease_inWatchAndImport() throws Exception {
        List<String> scrapes = scrapes("histogram");
        PoolMetricSeries series = watched(scrapes);
        assertThat(series.latencySource()).isEqualTo(LatencySource.HISTOGRAM);
        int checked = 0;
        for (int i = 1; i < scrapes.size(); i++) {
            Map<Double, Double> now = buckets(scrapes.get(i));
            Map<Double, Double> before = buckets(scrapes.get(i - 1));
            if (now.isEmpty() || before.isEmpty()) {
                continue;
            }
            Map<Double, Double> increase = new TreeMap<>();
            now.forEach((le, c) -> increase.put(le, c - before.getOrDefault(le, 0.0)));
            double p99 = HistogramQuantile.of(0.99, increase) * 1000;
            MetricSample s = at(series, i);
            if (Double.isNaN(p99)) {
                assertThat(s.acquireP99Ms()).isNull();
            } else {
                assertThat(s.acquireP99Ms()).isCloseTo(p99, Offset.offset(1e-6));
                assertThat(s.latencySource()).isEqualTo(LatencySource.HISTOGRAM);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3);
        // the bursts' callers waited up to the 2 s timeout: p99 lands in a bucket near it
        assertThat(series.samples()).anyMatch(s -> s.acquireP99Ms() != null && s.acquireP99Ms() > 1000);
    }

    @Test
    void importAndWatch_ofTheSameScrapes_giveTheSameSamples() throws Exception {
        for (String app : List.of("stock", "histogram")) {
            // the pool's metrics appear from its first borrow on; scrapes before that carry none to place
            List<String> scrapes = scrapes(app).stream()
                    .filter(t -> t.contains("hikaricp_connections_active"))
                    .toList();
            IngestResult imported = Ingester.read(
                    new ByteArrayInputStream(String.join("\n", scrapes).getBytes(StandardCharsets.UTF_8)),
                    app + ".prom",
                    -1,
                    IngestFormat.PROMETHEUS,
                    IngestOptions.defaults().withScrapeTime(T0).withInterval(EVERY));
            assertThat(imported.series()).hasSize(1);
            assertThat(imported.timeline()).as(app).isNotEmpty().isEqualTo(watchedTimeline(scrapes));
            assertThat(imported.series().get(0).samples())
                    .as(app)
                    .isEqualTo(watched(scrapes).samples());
        }
    }

    private static PoolMetricSeries watched(List<String> scrapes) {
        MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
        try (WatchSession watch = new WatchSession(
                URI.create("http://127.0.0.1:1/actuator/prometheus"),
                WatchSettings.defaults().withInterval(EVERY),
                AlertRule.defaults(),
                clock)) {
            for (String scrape : scrapes) {
                watch.accept(scrape);
                clock.advance(EVERY);
            }
            List<PoolMetricSeries> series = watch.snapshot().series();
            assertThat(series).hasSize(1);
            return series.get(0);
        }
    }

    /** The alert entries of a watch over the scrapes, via a declared incident. */
    private static List<TimelineEntry> watchedTimeline(List<String> scrapes) {
        MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
        try (WatchSession watch = new WatchSession(
                URI.create("http://127.0.0.1:1/actuator/prometheus"),
                WatchSettings.defaults().withInterval(EVERY),
                AlertRule.defaults(),
                clock)) {
            for (String scrape : scrapes) {
                watch.accept(scrape);
                clock.advance(EVERY);
            }
            watch.declareIncident("INC-20261205-BOOT", "boot", Severity.SEV2);
            return watch.incident().orElseThrow().timeline().stream()
                    .filter(e -> e.kind() == TimelineKind.ALERT)
                    .toList();
        }
    }

    private static MetricSample at(PoolMetricSeries series, int scrape) {
        Instant t = T0.plus(EVERY.multipliedBy(scrape));
        return series.samples().stream()
                .filter(s -> s.at().equals(t))
                .findFirst()
                .orElseThrow();
    }

    private static double value(String scrape, String name) {
        return scrape.lines()
                .filter(l -> l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(Double.NaN);
    }

    private static Map<Double, Double> buckets(String scrape) {
        Map<Double, Double> out = new TreeMap<>();
        scrape.lines()
                .filter(l -> l.startsWith("hikaricp_connections_acquire_seconds_bucket{"))
                .forEach(l -> {
                    String le = l.substring(l.indexOf("le=\"") + 4, l.indexOf('"', l.indexOf("le=\"") + 4));
                    out.put(
                            le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le),
                            Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)));
                });
        return out;
    }

    private static List<String> scrapes(String app) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SCRAPES; i++) {
            String name = String.format("/ingest/boot/%s/scrape-%02d.prom", app, i);
            try (InputStream in = SpringBootFixturesTest.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
