package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Numbers no pool can have (beyond an int, beyond what a double counts exactly, infinite) in every parser
 * family: each becomes one skipped line naming the field and the value, counted in the summary, and the rest
 * of the file is read.
 */
class HostileNumbersTest {

    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");

    private static IngestResult read(String text, IngestFormat format) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Ingester.read(
                new ByteArrayInputStream(bytes),
                "hostile",
                bytes.length,
                format,
                IngestOptions.defaults().withScrapeTime(T0));
    }

    private static PoolMetricSeries pool(IngestResult result, String name) {
        return result.series().stream()
                .filter(s -> s.pool().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void prometheus_gaugeBeyondAnInt_isSkippedNamingMetricAndValue_otherLinesKept() throws Exception {
        IngestResult result = read("""
                hikaricp_connections_active{pool="p"} 3e9
                hikaricp_connections_idle{pool="p"} 4
                hikaricp_connections_max{pool="p"} 10
                """, IngestFormat.PROMETHEUS);

        assertThat(result.summary().malformed()).isEqualTo(1);
        assertThat(result.summary().malformedExamples())
                .singleElement()
                .asString()
                .startsWith("line 1:")
                .contains("hikaricp_connections_active")
                .contains("3e9")
                .contains("2147483647");
        MetricSample sample = pool(result, "p").samples().get(0);
        assertThat(sample.active()).isZero();
        assertThat(sample.idle()).isEqualTo(4);
        assertThat(sample.max()).isEqualTo(10);
    }

    @Test
    void prometheus_counterJumpTo1e308_isSkipped_noInfiniteRate() throws Exception {
        IngestResult result = read("""
                hikaricp_connections_acquire_seconds_count{pool="p"} 100 1773478800000
                hikaricp_connections_active{pool="p"} 1 1773478800000
                hikaricp_connections_acquire_seconds_count{pool="p"} 1e308 1773478815000
                hikaricp_connections_active{pool="p"} 2 1773478815000
                hikaricp_connections_acquire_seconds_count{pool="p"} 400 1773478830000
                hikaricp_connections_active{pool="p"} 3 1773478830000
                """, IngestFormat.PROMETHEUS);

        assertThat(result.summary().malformed()).isEqualTo(1);
        assertThat(result.summary().malformedExamples())
                .singleElement()
                .asString()
                .startsWith("line 3:")
                .contains("hikaricp_connections_acquire_seconds_count")
                .contains("1e308");
        // the rate comes from the two sound readings: 300 acquisitions in 30 s
        assertThat(pool(result, "p").samples())
                .extracting(MetricSample::requestRate)
                .containsExactly(null, null, 10.0);
    }

    @Test
    void prometheus_infiniteGaugeAndAbsurdTimestamp_areSkippedAndNamed() throws Exception {
        IngestResult result = read("""
                hikaricp_connections_pending{pool="p"} +Inf
                hikaricp_connections_active{pool="p"} 5 1e300
                hikaricp_connections_active{pool="p"} 6
                """, IngestFormat.PROMETHEUS);

        assertThat(result.summary().malformed()).isEqualTo(2);
        assertThat(result.summary().malformedExamples())
                .satisfiesExactly(
                        first -> assertThat(first)
                                .startsWith("line 1:")
                                .contains("hikaricp_connections_pending")
                                .contains("+Inf"),
                        second -> assertThat(second)
                                .startsWith("line 2:")
                                .contains("timestamp")
                                .contains("1e300"));
        assertThat(pool(result, "p").samples()).extracting(MetricSample::active).containsExactly(6);
    }

    @Test
    void queryRange_valueBeyondAnInt_andInfinity_areSkippedAndCounted_NaNIsAbsence() throws Exception {
        IngestResult result = read("""
                {"status":"success","data":{"resultType":"matrix","result":[
                  {"metric":{"__name__":"hikaricp_connections_active","pool":"p"},
                   "values":[[1773478800,"3e9"],[1773478860,"7"],[1773478920,"+Inf"],[1773478980,"NaN"]]},
                  {"metric":{"__name__":"hikaricp_connections_acquire_seconds_count","pool":"p"},
                   "values":[[1773478800,"1e308"],[1e300,"5"]]}
                ]}}
                """, IngestFormat.QUERY_RANGE);

        assertThat(result.summary().malformed()).isEqualTo(4);
        assertThat(result.summary().malformedExamples())
                .anySatisfy(e -> assertThat(e)
                        .contains("data.result[0].values[0]")
                        .contains("3e9")
                        .contains("hikaricp_connections_active"))
                .anySatisfy(e -> assertThat(e)
                        .contains("data.result[0].values[2]")
                        .contains("+Inf")
                        .contains("not a finite number"))
                .anySatisfy(
                        e -> assertThat(e).contains("data.result[1].values[0]").contains("1e308"))
                .anySatisfy(e -> assertThat(e)
                        .contains("data.result[1].values[1]")
                        .contains("1.0E300")
                        .contains("time"));
        assertThat(pool(result, "p").samples()).extracting(MetricSample::active).containsExactly(7);
    }

    @Test
    void csv_cellBeyondAnInt_isSkippedNamingColumnAndValue() throws Exception {
        IngestResult result = read("""
                time,pool,active,idle,requests
                2026-03-14T10:00:00Z,p,3000000000,1,10
                2026-03-14T10:00:10Z,p,2,1,20
                2026-03-14T10:00:20Z,p,3,1,1e308
                2026-03-14T10:00:30Z,p,2000000000,2000000000,40
                """, IngestFormat.CSV);

        assertThat(result.summary().malformed()).isEqualTo(2);
        assertThat(result.summary().malformedExamples())
                .satisfiesExactly(
                        first -> assertThat(first)
                                .startsWith("line 2:")
                                .contains("'active'")
                                .contains("3000000000"),
                        second -> assertThat(second)
                                .startsWith("line 4:")
                                .contains("'requests'")
                                .contains("1e308"));
        PoolMetricSeries p = pool(result, "p");
        assertThat(p.samples()).extracting(MetricSample::active).containsExactly(2, 2_000_000_000);
        // active + idle does not fit an int: the total is capped, never wrapped negative
        assertThat(p.samples().get(1).total()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void hikariLog_statsBeyondAnInt_isSkippedNamingFieldAndValue_otherLinesKept() throws Exception {
        IngestResult result = read("""
                2026-03-14 10:00:30.001 DEBUG 1 --- [housekeeper] c.z.h.pool.HikariPool : \
                HikariPool-1 - Pool stats (total=2147483648, active=3, idle=7, waiting=0)
                2026-03-14 10:00:31.001 DEBUG 1 --- [housekeeper] c.z.h.pool.HikariPool : \
                HikariPool-1 - Pool stats (total=10, active=99999999999999999999, idle=7, waiting=0)
                2026-03-14 10:01:00.004 DEBUG 1 --- [housekeeper] c.z.h.pool.HikariPool : \
                HikariPool-1 - Pool stats (total=10, active=4, idle=6, waiting=0)
                2026-03-14 10:01:12.346 ERROR 1 --- [exec-7] o.h.SqlExceptionHelper : \
                HikariPool-1 - Connection is not available, \
                request timed out after 30001ms (total=10, active=10, idle=0, waiting=4294967296)
                """, IngestFormat.LOG);

        assertThat(result.summary().malformed()).isEqualTo(3);
        assertThat(result.summary().malformedExamples())
                .satisfiesExactly(
                        first -> assertThat(first)
                                .startsWith("line 1:")
                                .contains("'total'")
                                .contains("2147483648"),
                        second -> assertThat(second)
                                .startsWith("line 2:")
                                .contains("'active'")
                                .contains("99999999999999999999"),
                        third -> assertThat(third)
                                .startsWith("line 4:")
                                .contains("'waiting'")
                                .contains("4294967296"));
        assertThat(pool(result, "HikariPool-1").samples())
                .extracting(MetricSample::active)
                .containsExactly(4);
    }
}
