package dev.lifeguard.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.json.LifeguardJson;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of {@code lifeguard.trends/1} over the demo library plus the imported fixtures, against values worked
 * out by hand below. The six incidents, earliest first (times UTC; d/m/r = minutes start→detected/mitigated/resolved):
 *
 * <pre>
 * BILL    2026-01-30 08:00 SEV3 [invoice-api]                  no tag → rules: no evidence → other   d30 m45  r120
 * SEARCH  2026-02-17 13:00 SEV2 [search-api, invoice-api]      no tag → other                         —   m50  r70
 * LEAK    2026-03-12 11:06 SEV2 [checkout-api, orders-db]      tag leak                               d14 m72  r99
 * SLOW    2026-06-04 14:04 SEV1 [orders-api, reporting]        tag slow-query                         d5  m34  r51
 * FLEET   2026-09-30 23:38 SEV2 [payments-api, payments-db]    tag fleet                              d20 m102 r182
 * GATEWAY 2026-10-31 23:30 SEV4 [edge-gateway, Invoice-API]    tag "Connection leak"                  d40 m70  r150
 * </pre>
 *
 * (GATEWAY is written 2026-11-01 01:30+02:00: its UTC month is October. BILL's importer mitigation is the first
 * "mitigation" line, 08:45; SEARCH has no line the importer reads as detection.)
 */
class TrendsCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-01");

    private static List<Incident> incidents;
    private static String bill;
    private static String search;
    private static final String LEAK = "INC-20260312-LEAK";
    private static final String SLOW = "INC-20260604-SLOW";
    private static final String FLEET = "INC-20260930-FLEET";
    private static final String GATEWAY = "INC-20261031-GATEWAY";

    @BeforeAll
    static void importFixtures() throws Exception {
        // Imported ids are random: the ids are read from the very incidents the trends are computed over.
        List<Incident> imported = InsightsFixtures.imported();
        incidents = new ArrayList<>(DemoLibrary.incidents());
        incidents.addAll(imported);
        bill = imported.get(0).id();
        search = imported.get(1).id();
        assertThat(imported.get(2).id()).isEqualTo(GATEWAY);
    }

    private static Trends trends(TrendFilter filter) {
        return new TrendsCalculator().compute(incidents, filter);
    }

    private static JsonNode json(TrendFilter filter) throws Exception {
        String text = LifeguardJson.mapper().writeValueAsString(TrendsDocument.of(trends(filter)));
        return LifeguardJson.mapper().readTree(text);
    }

    @Test
    void countsBySeverityServiceKindAndMonth() throws Exception {
        JsonNode doc = json(TrendFilter.all(AS_OF));
        assertThat(doc.get("format").asText()).isEqualTo("lifeguard.trends/1");
        // No date bounds given: the earliest and latest UTC start days, BILL's and GATEWAY's.
        assertThat(doc.get("from").asText()).isEqualTo("2026-01-30");
        assertThat(doc.get("to").asText()).isEqualTo("2026-10-31");
        assertThat(doc.get("incidents").asInt()).isEqualTo(6);
        // SEV1: SLOW. SEV2: SEARCH, LEAK, FLEET. SEV3: BILL. SEV4: GATEWAY.
        assertThat(ints(doc.get("bySeverity")))
                .containsExactly(
                        entry("SEV1", 1), entry("SEV2", 3), entry("SEV3", 1), entry("SEV4", 1), entry("SEV5", 0));
        // invoice-api: BILL, SEARCH, and GATEWAY's "Invoice-API" (case folded) = 3; every other service once.
        assertThat(ints(doc.get("byService")))
                .containsExactly(
                        entry("checkout-api", 1),
                        entry("edge-gateway", 1),
                        entry("invoice-api", 3),
                        entry("orders-api", 1),
                        entry("orders-db", 1),
                        entry("payments-api", 1),
                        entry("payments-db", 1),
                        entry("reporting", 1),
                        entry("search-api", 1));
        // leak: LEAK (tag), GATEWAY ("Connection leak" → connection-leak). other: BILL, SEARCH (no tag, no metrics).
        assertThat(ints(doc.get("byKind")))
                .containsExactly(
                        entry("leak", 2),
                        entry("slow-queries", 1),
                        entry("undersized", 0),
                        entry("fleet-overcommit", 1),
                        entry("other", 2));
        // One incident in each of Jan, Feb, Mar, Jun, Sep, Oct; the empty months between are listed as 0.
        assertThat(ints(doc.get("byMonth")))
                .containsExactly(
                        entry("2026-01", 1),
                        entry("2026-02", 1),
                        entry("2026-03", 1),
                        entry("2026-04", 0),
                        entry("2026-05", 0),
                        entry("2026-06", 1),
                        entry("2026-07", 0),
                        entry("2026-08", 0),
                        entry("2026-09", 1),
                        entry("2026-10", 1));
    }

    @Test
    void timeToDetectMitigateAndResolve() throws Exception {
        JsonNode doc = json(TrendFilter.all(AS_OF));
        // Percentile at position (n−1)·p of the sorted values, interpolated.
        // detect over the 5 with both times, sorted 5 14 20 30 40: median pos 2 → 20; p90 pos 3.6 → 30 + 0.6·10 = 36.
        assertThat(doc.get("mttd").get("median").asDouble()).isEqualTo(20.0);
        assertThat(doc.get("mttd").get("p90").asDouble()).isEqualTo(36.0);
        // mitigate, sorted 34 45 50 70 72 102: median pos 2.5 → (50+70)/2 = 60; p90 pos 4.5 → 72 + 0.5·30 = 87.
        assertThat(doc.get("mttm").get("median").asDouble()).isEqualTo(60.0);
        assertThat(doc.get("mttm").get("p90").asDouble()).isEqualTo(87.0);
        // resolve, sorted 51 70 99 120 150 182: median (99+120)/2 = 109.5; p90 150 + 0.5·32 = 166.
        assertThat(doc.get("mttr").get("median").asDouble()).isEqualTo(109.5);
        assertThat(doc.get("mttr").get("p90").asDouble()).isEqualTo(166.0);
    }

    @Test
    void timeToDetectPerMonthAndKind() {
        Trends t = trends(TrendFilter.all(AS_OF));
        // February holds SEARCH only, which has no detection: no detect figure, mitigate 50.
        assertThat(t.mttxByMonth().get("2026-02").detect()).isEqualTo(Spread.EMPTY);
        assertThat(t.mttxByMonth().get("2026-02").mitigate().median()).isEqualTo(50.0);
        assertThat(t.mttxByMonth().get("2026-04").incidents()).isZero();
        // leak = LEAK and GATEWAY: detect 14 and 40 → median 27, p90 14 + 0.9·26 = 37.4.
        assertThat(t.mttxByKind().get("leak").detect()).isEqualTo(new Spread(27.0, 37.4, 2));
        // other = BILL and SEARCH: resolve 120 and 70 → median 95, p90 70 + 0.9·50 = 115.
        assertThat(t.mttxByKind().get("other").resolve()).isEqualTo(new Spread(95.0, 115.0, 2));
        assertThat(t.mttxByKind()).doesNotContainKey("undersized");
    }

    @Test
    void actionItems() throws Exception {
        JsonNode items = json(TrendFilter.all(AS_OF)).get("actionItems");
        // open (open or in progress): BILL 2, SEARCH 2, LEAK 2 (AI-2, AI-3), SLOW 2, FLEET 2, GATEWAY 2 (AI-4, AI-5) =
        // 12.
        assertThat(items.get("open").asInt()).isEqualTo(12);
        // done: LEAK AI-1, SLOW AI-1, FLEET AI-1, GATEWAY AI-1 and AI-2 = 5 (GATEWAY AI-3 is won't do: neither).
        assertThat(items.get("done").asInt()).isEqualTo(5);
        // overdue on 2026-12-01: LEAK AI-2 (due 03-26); SLOW AI-2 (06-11), AI-3 (07-01); FLEET AI-2 (10-30),
        // AI-3 (10-15); GATEWAY AI-4 (11-20) = 6. GATEWAY AI-5 is due 12-15; imported items have no due day.
        assertThat(items.get("overdue").asInt()).isEqualTo(6);
        // Only GATEWAY's done items record a closing day: from 2026-10-31, 11-04 is 4 days, 11-12 is 12: median 8.
        assertThat(items.get("medianDaysToClose").asDouble()).isEqualTo(8.0);
        assertThat(trends(TrendFilter.all(AS_OF)).actionItems().wontDo()).isEqualTo(1);
    }

    @Test
    void recurringFactorsAndFixes() throws Exception {
        JsonNode recurring = json(TrendFilter.all(AS_OF)).get("recurring");
        assertThat(recurring).hasSize(4);
        // "No alert(ing) on pool utilisation/utilization": BILL {alert pool utilization http latency}, SEARCH
        // {alert pool utilization} (3/5 = 0.6 of BILL's), LEAK {alert pool utilization http 5xx}, GATEWAY
        // {pool utilization alert}: one cluster in four incidents.
        assertThat(recurring.get(0).get("type").asText()).isEqualTo("contributing-factor");
        assertThat(strings(recurring.get(0).get("incidents"))).containsExactly(bill, search, LEAK, GATEWAY);
        assertThat(recurring.get(0).get("text").asText())
                .isEqualTo("No alerting on pool utilisation, only on HTTP latency.");
        // BILL AI-1 {alert pool utilization stay above 80 five minute} and SEARCH AI-1 {alert pool utilization above
        // 80 percent 5 minute}: 6 shared of 10 = 0.6. LEAK AI-2 shares 4 of 14 with BILL's: not the same.
        assertThat(recurring.get(1).get("type").asText()).isEqualTo("action-item");
        assertThat(recurring.get(1).get("text").asText())
                .isEqualTo("Alert when pool utilization stays above 80% for five minutes.");
        assertThat(strings(recurring.get(1).get("incidents"))).containsExactly(bill, search);
        // LEAK AI-1 {close export job session finally block scoped} (done) and GATEWAY AI-1 {close export session
        // finally block}: 5 of 7. Done in LEAK, then proposed again.
        assertThat(recurring.get(2).get("text").asText())
                .isEqualTo("Close export-job sessions in a finally block (scoped_session)");
        assertThat(strings(recurring.get(2).get("incidents"))).containsExactly(LEAK, GATEWAY);
        assertThat(strings(recurring.get(2).get("doneIn"))).containsExactly(LEAK);
        // The same words in SEARCH (open) and GATEWAY (in progress): never done.
        assertThat(strings(recurring.get(3).get("incidents"))).containsExactly(search, GATEWAY);
        assertThat(recurring.get(3).get("doneIn")).isEmpty();
    }

    @Test
    void misleadingLeads() {
        List<MisleadingLead> leads = trends(TrendFilter.all(AS_OF)).misleadingLeads();
        // SEARCH has no detection time, so it has no lead. BILL: detected 08:30, "connection pool" at 09:30 → 60.
        // LEAK: 11:20 → "pool active dropped" 12:18 → 58. SLOW: the detection line names HikariPool-orders → 0.
        // FLEET: 23:58 → "maximumPoolSize lowered" 01:20 → 82. GATEWAY: 02:10 → "HikariPool-gateway" 02:35 → 25
        // ("Spooled request bodies" at 02:32 does not name a pool).
        assertThat(leads)
                .extracting(MisleadingLead::incidentId, MisleadingLead::minutes)
                .containsExactly(
                        Tuple.tuple(bill, 60.0),
                        Tuple.tuple(LEAK, 58.0),
                        Tuple.tuple(SLOW, 0.0),
                        Tuple.tuple(FLEET, 82.0),
                        Tuple.tuple(GATEWAY, 25.0));
    }

    @Test
    void misleadingLeadsInTheDocument() throws Exception {
        JsonNode leads = json(TrendFilter.all(AS_OF)).get("misleadingLeads");
        // The five leads above, sorted 0 25 58 60 82: median at position 2 → 58 (SEARCH, without detection, is not
        // listed and not counted).
        assertThat(leads.get("median").asDouble()).isEqualTo(58.0);
        // Per incident, earliest first: id, the detection time and the time of the first entry naming the pool, as
        // each was recorded (BILL's "08:30 UTC" / "09:30 UTC" lines on 2026-01-30; GATEWAY keeps its +02:00), and the
        // minutes between them.
        JsonNode rows = leads.get("incidents");
        assertThat(rows).hasSize(5);
        assertThat(lead(rows.get(0))).containsExactly(bill, "2026-01-30T08:30Z", "2026-01-30T09:30Z", 60.0);
        assertThat(lead(rows.get(1))).containsExactly(LEAK, "2026-03-12T11:20Z", "2026-03-12T12:18Z", 58.0);
        assertThat(lead(rows.get(2))).containsExactly(SLOW, "2026-06-04T14:09Z", "2026-06-04T14:09Z", 0.0);
        assertThat(lead(rows.get(3))).containsExactly(FLEET, "2026-09-30T23:58Z", "2026-10-01T01:20Z", 82.0);
        assertThat(lead(rows.get(4)))
                .containsExactly(GATEWAY, "2026-11-01T02:10+02:00", "2026-11-01T02:35+02:00", 25.0);
        // Without detection in scope (SEARCH alone, no detection time): no rows, the median is null, not missing.
        JsonNode none =
                json(new TrendFilter(null, null, "search-api", null, AS_OF)).get("misleadingLeads");
        assertThat(none.get("incidents")).isEmpty();
        assertThat(none.get("median").isNull()).isTrue();
    }

    /** id, detected and first pool mention (as instants' ISO text, offsets kept), minutes. */
    private static List<Object> lead(JsonNode row) {
        return List.of(
                row.get("id").asText(),
                OffsetDateTime.parse(row.get("detected").asText()).toString(),
                OffsetDateTime.parse(row.get("firstPoolMention").asText()).toString(),
                row.get("minutes").asDouble());
    }

    @Test
    void filtersByServiceDatesAndSeverity() throws Exception {
        // invoice-api (any case) from February: SEARCH and GATEWAY.
        TrendFilter invoices = new TrendFilter(LocalDate.parse("2026-02-01"), null, "INVOICE-api", null, AS_OF);
        JsonNode doc = json(invoices);
        assertThat(doc.get("incidents").asInt()).isEqualTo(2);
        assertThat(doc.get("from").asText()).isEqualTo("2026-02-01");
        assertThat(doc.get("to").asText()).isEqualTo("2026-10-31");
        // mitigate 50 and 70: median 60, p90 50 + 0.9·20 = 68. Detect: GATEWAY's 40 alone.
        assertThat(doc.get("mttm").get("median").asDouble()).isEqualTo(60.0);
        assertThat(doc.get("mttm").get("p90").asDouble()).isEqualTo(68.0);
        assertThat(doc.get("mttd").get("median").asDouble()).isEqualTo(40.0);
        // The never-done leak-detection fix recurs within these two.
        assertThat(doc.get("recurring")).hasSize(2);
        // SEV2 up to 2026-06-30: SEARCH, LEAK.
        Trends sev2 = trends(new TrendFilter(null, LocalDate.parse("2026-06-30"), null, Severity.SEV2, AS_OF));
        assertThat(sev2.kinds()).containsOnlyKeys(search, LEAK);
        // A window with no incident: every count 0, every figure null, and still every key.
        JsonNode empty =
                json(new TrendFilter(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), null, null, AS_OF));
        assertThat(empty.get("incidents").asInt()).isZero();
        assertThat(empty.get("mttd").get("median").isNull()).isTrue();
        assertThat(empty.get("actionItems").get("medianDaysToClose").isNull()).isTrue();
        assertThat(empty.get("byMonth")).isEmpty();
    }

    private static Map<String, Integer> ints(JsonNode object) {
        Map<String, Integer> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asInt()));
        return map;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
