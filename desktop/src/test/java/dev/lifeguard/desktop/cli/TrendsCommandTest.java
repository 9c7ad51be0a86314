package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeguard.incident.json.LifeguardJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trends} end to end: the demo library and the insights fixtures imported through {@code import} into a real
 * SQLite store, then {@code trends --json}. The figures are the ones worked out by hand in postmortems'
 * TrendsCalculatorTest (same six incidents, read on 2026-12-01).
 */
class TrendsCommandTest {

    private static final Path FIXTURES = Path.of("../postmortems/src/test/resources/insights");

    @TempDir
    Path dir;

    @BeforeEach
    void readOnDecemberFirst() {
        TrendsCommand.clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    }

    @AfterEach
    void realClock() {
        TrendsCommand.clock = Clock.systemUTC();
    }

    private String db() {
        return dir.resolve("t.db").toString();
    }

    private void load() {
        assertThat(CliRun.of("demo", "--db", db()).exitCode()).isZero();
        for (String f :
                new String[] {"2026-01-billing-undersized.md", "2026-02-search-leak.md", "2026-10-gateway-leak.json"}) {
            CliRun imported = CliRun.of("import", FIXTURES.resolve(f).toString(), "--db", db());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
        }
    }

    @Test
    void trendsJson_overTheStore_givesTheHandComputedFigures() throws Exception {
        load();
        CliRun run = CliRun.of("trends", "--json", "--db", db());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = LifeguardJson.mapper().readTree(run.out());
        assertThat(doc.get("format").asText()).isEqualTo("lifeguard.trends/1");
        assertThat(doc.get("incidents").asInt()).isEqualTo(6);
        assertThat(doc.get("bySeverity").get("SEV2").asInt()).isEqualTo(3);
        assertThat(doc.get("byService").get("invoice-api").asInt()).isEqualTo(3);
        assertThat(doc.get("byKind").get("leak").asInt()).isEqualTo(2);
        assertThat(doc.get("byMonth").get("2026-10").asInt()).isEqualTo(1);
        // detect sorted 5 14 20 30 40 → median 20, p90 36; mitigate 34 45 50 70 72 102 → 60, 87;
        // resolve 51 70 99 120 150 182 → median 109.5.
        assertThat(doc.get("mttd").get("median").asDouble()).isEqualTo(20.0);
        assertThat(doc.get("mttd").get("p90").asDouble()).isEqualTo(36.0);
        assertThat(doc.get("mttm").get("p90").asDouble()).isEqualTo(87.0);
        assertThat(doc.get("mttr").get("median").asDouble()).isEqualTo(109.5);
        assertThat(doc.get("actionItems").get("open").asInt()).isEqualTo(12);
        assertThat(doc.get("actionItems").get("done").asInt()).isEqualTo(5);
        assertThat(doc.get("actionItems").get("overdue").asInt()).isEqualTo(6);
        assertThat(doc.get("actionItems").get("medianDaysToClose").asDouble()).isEqualTo(8.0);
        assertThat(doc.get("recurring")).hasSize(4);
        // Misleading leads (TrendsCalculatorTest.misleadingLeads): BILL 60, LEAK 58, SLOW 0, FLEET 82, GATEWAY 25
        // minutes; SEARCH has no detection time. Sorted 0 25 58 60 82 → median 58.
        JsonNode leads = doc.get("misleadingLeads");
        assertThat(leads.get("median").asDouble()).isEqualTo(58.0);
        List<Double> minutes = new ArrayList<>();
        leads.get("incidents").forEach(l -> minutes.add(l.get("minutes").asDouble()));
        assertThat(minutes).containsExactly(60.0, 58.0, 0.0, 82.0, 25.0);
        // FLEET: detected 2026-09-30 23:58 UTC, pool named at 01:20 the next day; GATEWAY's times were written +02:00.
        JsonNode fleet = leads.get("incidents").get(3);
        assertThat(fleet.get("id").asText()).isEqualTo("INC-20260930-FLEET");
        assertThat(instant(fleet.get("detected"))).isEqualTo(Instant.parse("2026-09-30T23:58:00Z"));
        assertThat(instant(fleet.get("firstPoolMention"))).isEqualTo(Instant.parse("2026-10-01T01:20:00Z"));
        JsonNode gateway = leads.get("incidents").get(4);
        assertThat(instant(gateway.get("detected"))).isEqualTo(Instant.parse("2026-11-01T00:10:00Z"));
        assertThat(instant(gateway.get("firstPoolMention"))).isEqualTo(Instant.parse("2026-11-01T00:35:00Z"));
    }

    private static Instant instant(JsonNode time) {
        return OffsetDateTime.parse(time.asText()).toInstant();
    }

    @Test
    void trends_filtersAndTextAndBadInput() {
        load();
        CliRun run = CliRun.of("trends", "--service", "invoice-api", "--from", "2026-02-01", "--db", db());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 incidents, 2026-02-01 to 2026-10-31", "to mitigate");
        CliRun bad = CliRun.of("trends", "--from", "last week", "--db", db());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--from", "last week");
        CliRun backwards = CliRun.of("trends", "--from", "2026-05-01", "--to", "2026-04-01", "--db", db());
        assertThat(backwards.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(backwards.err()).contains("'to'");
    }
}
