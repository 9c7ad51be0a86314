package dev.lifeguard.incident.demo;

import static dev.lifeguard.incident.demo.DemoTimes.at;
import static dev.lifeguard.incident.demo.DemoTimes.entry;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Fleet;
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

/** Demo: an autoscaler adds pods past PostgreSQL's max_connections; new pools cannot fill. Spans midnight. */
final class FleetIncident {

    private FleetIncident() {}

    static Incident build() {
        var series = SeriesSketch.draw(
                "HikariPool-payments-pod-11",
                at("2026-09-30T23:38:00Z").toInstant(),
                Duration.ofMinutes(192),
                Duration.ofSeconds(15),
                12,
                12,
                30_000,
                930,
                new SeriesSketch.Story() {
                    @Override
                    public double demand(double minute) {
                        return rate(minute) * holdMs(minute) / 1000.0;
                    }

                    @Override
                    public double rate(double minute) {
                        return minute < 102 ? 60 : 50;
                    }

                    @Override
                    public double holdMs(double minute) {
                        return 76;
                    }

                    @Override
                    public int available(double minute) {
                        // This pod started at 23:38, when the database had only 3 slots left for it, until 01:20.
                        return minute < 102 ? 3 : Integer.MAX_VALUE;
                    }
                });
        return Incident.builder(
                        "INC-20260930-FLEET", "Payments: scale-out exceeded PostgreSQL max_connections", Severity.SEV2)
                .status(IncidentStatus.RESOLVED)
                .reviewStatus(ReviewStatus.REVIEWED)
                .services(List.of("payments-api", "payments-db"))
                .tags(List.of("fleet", "max_connections", "autoscaling", "hikaricp"))
                .startedAt(at("2026-09-30T23:38:00Z"))
                .detectedAt(at("2026-09-30T23:58:00Z"))
                .acknowledgedAt(at("2026-10-01T00:05:00Z"))
                .mitigatedAt(at("2026-10-01T01:20:00Z"))
                .resolvedAt(at("2026-10-01T02:40:00Z"))
                .impact(
                        new Impact(
                                35.0,
                                126_000L,
                                "Month-end batch payments slowed; about a third of the API calls landing on the new pods failed."))
                .summary("The month-end batch pushed the autoscaler from 8 to 14 payments-api pods. Each pod's HikariCP"
                        + " pool wants 12 connections, so the fleet asked for 168 while PostgreSQL allows 100 with 3"
                        + " reserved. New pods got 'FATAL: sorry, too many clients already', ran with 3 connections"
                        + " instead of 12 where their share of the traffic kept about 5 busy, and queued requests until"
                        + " they timed out.")
                .rootCause("Pool size and autoscaler limits were set independently: 14 instances × maximumPoolSize 12"
                        + " = 168 connections against 97 usable on the database.")
                .trigger("Horizontal pod autoscaler scaled payments-api from 8 to 14 pods at 23:36 UTC.")
                .resolution("Capped the autoscaler at 8 pods and lowered maximumPoolSize to 10 (8 × 10 = 80 ≤ 97);"
                        + " then put PgBouncer in front of the database.")
                .lessons(new Lessons(
                        List.of("The database itself stayed healthy throughout."),
                        List.of(
                                "Nobody owned the sum of all pools against max_connections.",
                                "Connection refusals were logged at DEBUG on the new pods."),
                        List.of("Only the batch traffic hit new pods; interactive traffic stayed on the old ones.")))
                .timeline(List.of(
                        entry(
                                "2026-09-30T23:36:00Z",
                                TimelineKind.TRIGGER,
                                "hpa",
                                "Autoscaler: payments-api 8 → 14 replicas."),
                        entry(
                                "2026-09-30T23:38:00Z",
                                TimelineKind.START,
                                null,
                                "New pods log FATAL: sorry, too many clients already."),
                        entry(
                                "2026-09-30T23:58:00Z",
                                TimelineKind.DETECTION,
                                "alertmanager",
                                "payments-api error rate 9% for 5 min."),
                        entry("2026-10-01T00:05:00Z", TimelineKind.ALERT, "lee", "On-call acknowledged."),
                        entry(
                                "2026-10-01T00:15:00Z",
                                TimelineKind.MISLEADING_LEAD,
                                "lee",
                                "Suspected a network policy change blocking new pods."),
                        entry("2026-10-01T00:40:00Z", TimelineKind.ESCALATION, "lee", "Paged the database on-call."),
                        entry(
                                "2026-10-01T01:05:00Z",
                                TimelineKind.ROOT_CAUSE,
                                "ana",
                                "payments-db at 97/97 usable connections; 14 pods × 12 = 168 wanted."),
                        entry(
                                "2026-10-01T01:20:00Z",
                                TimelineKind.MITIGATION,
                                "lee",
                                "HPA max set to 8, maximumPoolSize lowered to 10, pods restarted."),
                        entry(
                                "2026-10-01T02:40:00Z",
                                TimelineKind.RESOLUTION,
                                "ana",
                                "Batch complete, no refusals for an hour; resolved.")))
                .actionItems(List.of(
                        new ActionItem(
                                "AI-1",
                                "Cap per-instance pools so instances × maximumPoolSize ≤ usable max_connections",
                                "lee",
                                LocalDate.parse("2026-10-08"),
                                Priority.P0,
                                ActionType.PREVENT,
                                ActionStatus.DONE,
                                "PAY-77",
                                new Evidence(
                                        EvidenceKind.RULE,
                                        "fleet-check",
                                        "14 × 12 = 168 connections wanted, 97 usable (100 − 3 reserved)")),
                        new ActionItem(
                                "AI-2",
                                "Put PgBouncer (transaction pooling) in front of payments-db",
                                "ana",
                                LocalDate.parse("2026-10-30"),
                                Priority.P1,
                                ActionType.PREVENT,
                                ActionStatus.IN_PROGRESS,
                                "DB-402",
                                null),
                        new ActionItem(
                                "AI-3",
                                "Log connection refusals at WARN and alert on them",
                                "lee",
                                LocalDate.parse("2026-10-15"),
                                Priority.P2,
                                ActionType.DETECT,
                                ActionStatus.OPEN,
                                null,
                                null)))
                .metrics(List.of(series))
                .pool(HikariPoolConfig.defaults(12))
                .fleet(new Fleet(14, 100, 3))
                .demo(true)
                .build();
    }
}
