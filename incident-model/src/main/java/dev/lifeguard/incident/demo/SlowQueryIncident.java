package dev.lifeguard.incident.demo;

import static dev.lifeguard.incident.demo.DemoTimes.at;
import static dev.lifeguard.incident.demo.DemoTimes.entry;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Impact;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Lessons;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Demo: an unindexed report query holds HikariCP connections for seconds and starves the pool. */
final class SlowQueryIncident {

    private SlowQueryIncident() {}

    static Incident build() {
        var series = SeriesSketch.draw(
                "HikariPool-orders",
                at("2026-06-04T13:45:00Z").toInstant(),
                Duration.ofMinutes(90),
                Duration.ofSeconds(5),
                20,
                20,
                30_000,
                604,
                new SeriesSketch.Story() {
                    @Override
                    public double demand(double minute) {
                        return rate(minute) * holdMs(minute) / 1000.0;
                    }

                    @Override
                    public double rate(double minute) {
                        return 150 + 20 * Math.sin(minute / 9);
                    }

                    @Override
                    public double holdMs(double minute) {
                        if (minute < 17 || minute >= 53) {
                            return 24;
                        }
                        // The report query's share grows as more users open the new dashboard.
                        return 24 + Math.min(190, (minute - 17) * 22);
                    }
                });
        return Incident.builder(
                        "INC-20260604-SLOW",
                        "Orders API timeouts: unindexed report query held connections",
                        Severity.SEV1)
                .status(IncidentStatus.RESOLVED)
                .reviewStatus(ReviewStatus.DRAFT)
                .services(List.of("orders-api", "reporting"))
                .tags(List.of("slow-query", "hikaricp", "postgresql"))
                .startedAt(at("2026-06-04T14:04:00Z"))
                .detectedAt(at("2026-06-04T14:09:00Z"))
                .acknowledgedAt(at("2026-06-04T14:12:00Z"))
                .mitigatedAt(at("2026-06-04T14:38:00Z"))
                .resolvedAt(at("2026-06-04T14:55:00Z"))
                .impact(new Impact(
                        100.0,
                        60_000L,
                        "Every orders-api endpoint slowed; about 60,000 requests failed"
                                + " after the 30 s connectionTimeout."))
                .summary("The new revenue dashboard ran a report query that scanned the whole orders table. Each call"
                        + " held a HikariCP connection for 2–9 s instead of 25 ms, so twenty connections were no longer"
                        + " enough for 150 requests per second and the pool queued every other request behind them.")
                .rootCause("A missing index on orders(created_at, merchant_id) turned the dashboard query into a"
                        + " sequential scan; its connections stayed borrowed for the whole scan.")
                .trigger("Feature flag 'revenue-dashboard' enabled for all merchants at 14:02 UTC.")
                .resolution("Disabled the flag, then created the index concurrently and re-enabled the dashboard.")
                .lessons(new Lessons(
                        List.of("The pending-threads alert fired within five minutes."),
                        List.of("Scaling out the pods made it worse: more pools queued on the same slow query."),
                        List.of("The flag could be turned off without a deploy.")))
                .timeline(List.of(
                        entry(
                                "2026-06-04T14:02:00Z",
                                TimelineKind.TRIGGER,
                                "flags",
                                "Feature flag revenue-dashboard enabled for all merchants."),
                        entry(
                                "2026-06-04T14:04:00Z",
                                TimelineKind.START,
                                null,
                                "Usage p99 above 2 s; HikariPool-orders pending > 0."),
                        entry(
                                "2026-06-04T14:09:00Z",
                                TimelineKind.DETECTION,
                                "alertmanager",
                                "HikariPool-orders: threads waiting for a connection for 1 min."),
                        entry("2026-06-04T14:12:00Z", TimelineKind.ALERT, "sam", "On-call acknowledged."),
                        entry(
                                "2026-06-04T14:20:00Z",
                                TimelineKind.MISLEADING_LEAD,
                                "sam",
                                "Scaled orders-api from 6 to 10 pods; timeouts went up, not down."),
                        entry(
                                "2026-06-04T14:31:00Z",
                                TimelineKind.ROOT_CAUSE,
                                "priya",
                                "pg_stat_statements: report query mean 4.1 s, seq scan on orders."),
                        entry(
                                "2026-06-04T14:38:00Z",
                                TimelineKind.MITIGATION,
                                "sam",
                                "Flag revenue-dashboard disabled; pending back to 0 within a minute."),
                        entry(
                                "2026-06-04T14:55:00Z",
                                TimelineKind.RESOLUTION,
                                "priya",
                                "Index created concurrently; dashboard re-enabled with a 5 s statement timeout.")))
                .actionItems(List.of(
                        new ActionItem(
                                "AI-1",
                                "Index orders(created_at, merchant_id) and review the report's plan",
                                "priya",
                                LocalDate.parse("2026-06-05"),
                                Priority.P0,
                                ActionType.PREVENT,
                                ActionStatus.DONE,
                                "DB-311",
                                new Evidence(
                                        EvidenceKind.METRICS,
                                        "HikariPool-orders",
                                        "usage p99 rose from 150 ms to 9 s after 14:02")),
                        new ActionItem(
                                "AI-2",
                                "Set statement_timeout = 5s for the reporting role",
                                "priya",
                                LocalDate.parse("2026-06-11"),
                                Priority.P1,
                                ActionType.MITIGATE,
                                ActionStatus.OPEN,
                                "DB-312",
                                null),
                        new ActionItem(
                                "AI-3",
                                "Route reporting queries to a read replica with its own pool",
                                "sam",
                                LocalDate.parse("2026-07-01"),
                                Priority.P2,
                                ActionType.PREVENT,
                                ActionStatus.OPEN,
                                null,
                                null)))
                .hazards(List.of(SlowQueryHazard.build()))
                .metrics(List.of(series))
                .pool(HikariPoolConfig.defaults(20))
                .demo(true)
                .build();
    }
}
