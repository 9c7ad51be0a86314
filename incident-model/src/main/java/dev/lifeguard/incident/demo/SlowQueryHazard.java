package dev.lifeguard.incident.demo;

import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.hazard.HazardStatus;
import java.util.List;

/**
 * The slow-query demo's hazard-log entry, in the DCB0129 shape: what let a slow report query starve the
 * orders pool, what that does to the people relying on the service, and the controls by type. Its load test
 * cites a bundled scenario ({@link DemoLibrary#SCENARIO_EVIDENCE}) that the simulated demo runs and keeps.
 */
final class SlowQueryHazard {

    /** The bundled scenario the load-test control cites. */
    static final String LOAD_TEST = DemoLibrary.SCENARIO_EVIDENCE + "slow-queries-indexed";

    private SlowQueryHazard() {}

    static Hazard build() {
        return new Hazard(
                "HAZ-001",
                "Orders API unavailable while slow queries hold every pooled connection",
                "A query that runs for seconds instead of milliseconds keeps its HikariCP connection for the whole"
                        + " run. Once enough of them overlap, the 20 connections of HikariPool-orders are all borrowed"
                        + " and every other request waits up to the 30 s connectionTimeout, then fails.",
                List.of(
                        "A reporting query without a supporting index scans the whole orders table (2–9 s per call).",
                        "Reporting and order taking share one pool, so report calls crowd out checkout calls.",
                        "No statement timeout bounds how long one query can keep a connection.",
                        "A feature flag exposed the new dashboard to every merchant at once.",
                        "Scaling out pods adds pools that queue on the same slow query instead of relieving it."),
                "Orders API requests wait for a connection, then fail with SQLTransientConnectionException after"
                        + " 30 s; every endpoint slows, including order placement and payment confirmation.",
                "Merchants cannot take or confirm orders for the length of the outage and fall back to taking them"
                        + " by phone or on paper.",
                "Orders lost or entered twice when customers and staff retry; customers charged without a confirmed"
                        + " order; merchants lose sales and spend hours reconciling.",
                List.of("ServiceUnavailable", "DelayedService"),
                "HikariCP connectionTimeout of 30 s; an alert when threads wait for a connection for one minute.",
                List.of(
                        new HazardControl(
                                ControlType.DESIGN,
                                "Index orders(created_at, merchant_id) so the revenue"
                                        + " report reads a range instead of scanning the table (DB-311).",
                                true,
                                new Evidence(
                                        EvidenceKind.METRICS,
                                        "HikariPool-orders",
                                        "usage p99 back under 100 ms from 14:38, and it stayed there when the dashboard"
                                                + " returned on the index at 14:55")),
                        new HazardControl(
                                ControlType.DESIGN,
                                "statement_timeout = 5 s for the reporting role: no"
                                        + " report holds an orders connection longer than 5 s (DB-312).",
                                false,
                                null),
                        new HazardControl(
                                ControlType.DESIGN,
                                "Reporting queries move to a read replica with their"
                                        + " own pool of 10, leaving the 20 orders connections to order traffic.",
                                false,
                                null),
                        new HazardControl(
                                ControlType.TESTING,
                                "Load test: the orders traffic at 200 requests/s, a"
                                        + " third above the incident's peak, for 20 min against HikariCP 20"
                                        + " with statements"
                                        + " at their indexed speed; pass when no request times out.",
                                true,
                                new Evidence(
                                        EvidenceKind.SIMULATION,
                                        LOAD_TEST,
                                        "virtual-engine run of the indexed orders load at 200 requests/s")),
                        new HazardControl(
                                ControlType.TESTING,
                                "Plan check in CI: EXPLAIN every dashboard query"
                                        + " against a production-sized copy and fail on a sequential scan of orders.",
                                false,
                                null),
                        new HazardControl(
                                ControlType.TRAINING,
                                "Runbook for on-call: when HikariPool-orders has"
                                        + " waiting threads, look at the longest-running statements in"
                                        + " pg_stat_statements"
                                        + " before scaling out.",
                                true,
                                null),
                        new HazardControl(
                                ControlType.BUSINESS_PROCESS,
                                "New dashboards go to 5 % of merchants first;"
                                        + " the pool's waiting-threads alert is watched for 30 min before the"
                                        + " flag widens.",
                                false,
                                null),
                        new HazardControl(
                                ControlType.BUSINESS_PROCESS,
                                "Alert rules: pool utilisation above 80 % for"
                                        + " 5 min warns, above 90 % for 2 min pages, and any acquire timeout pages.",
                                true,
                                null)),
                3,
                4,
                3,
                2,
                HazardStatus.OPEN,
                "Orders platform team (owner: priya)",
                List.of("reporting/revenue_dashboard.sql", "orders-api/src/main/resources/application.yml"));
    }
}
