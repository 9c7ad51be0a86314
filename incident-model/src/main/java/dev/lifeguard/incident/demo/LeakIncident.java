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
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Demo: a nightly export job leaks SQLAlchemy sessions until the checkout API's pool runs dry. */
final class LeakIncident {

    private LeakIncident() {}

    static Incident build() {
        var series = SeriesSketch.draw(
                "checkout-db",
                at("2026-03-12T09:30:00Z").toInstant(),
                Duration.ofMinutes(210),
                Duration.ofSeconds(10),
                15,
                0,
                30_000,
                312,
                new SeriesSketch.Story() {
                    @Override
                    public double demand(double minute) {
                        double leaked = minute < 10 || minute >= 168 ? 0 : (minute - 10) * 0.125;
                        return rate(minute) * holdMs(minute) / 1000.0 + leaked;
                    }

                    @Override
                    public double rate(double minute) {
                        return 60;
                    }

                    @Override
                    public double holdMs(double minute) {
                        return 62;
                    }
                });
        return Incident.builder(
                        "INC-20260312-LEAK", "Checkout API returned 500s: export job leaked DB sessions", Severity.SEV2)
                .status(IncidentStatus.RESOLVED)
                .reviewStatus(ReviewStatus.IN_REVIEW)
                .services(List.of("checkout-api", "orders-db"))
                .tags(List.of("leak", "sqlalchemy", "flask"))
                .startedAt(at("2026-03-12T11:06:00Z"))
                .detectedAt(at("2026-03-12T11:20:00Z"))
                .acknowledgedAt(at("2026-03-12T11:24:00Z"))
                .mitigatedAt(at("2026-03-12T12:18:00Z"))
                .resolvedAt(at("2026-03-12T12:45:00Z"))
                .impact(new Impact(
                        72.0, 187_000L, "About 72% of checkout requests failed after a 30 s wait, for 72 minutes."))
                .summary("A new stock-export job opened a SQLAlchemy session per batch and never closed it. Each run"
                        + " kept one pooled connection checked out, so the checkout API's pool (pool_size 10,"
                        + " max_overflow 5) shrank by one connection every eight minutes until requests waited the"
                        + " full 30 s pool_timeout and failed with HTTP 500.")
                .rootCause("The export job created sessions with sessionmaker() outside the request scope and returned"
                        + " without session.close(); the connections stayed checked out ('idle in transaction' on the"
                        + " database) and SQLAlchemy never reclaims a connection its owner still references.")
                .trigger("Deploy of checkout-api v2.31 at 09:40 UTC, which scheduled the export job every 8 minutes.")
                .resolution("Rolled back to v2.30 and restarted the workers, returning every leaked connection; the job"
                        + " now uses a scoped session closed in a finally block.")
                .contributingFactors(List.of(
                        "No alert on pool utilization, only on HTTP 5xx.",
                        "Leaked connections look like busy ones: the pool's own metrics never said 'leak'."))
                .lessons(new Lessons(
                        List.of("Rollback was one command and took four minutes."),
                        List.of(
                                "Ninety minutes of shrinking capacity went unnoticed.",
                                "The first hour of investigation looked at database CPU, which was idle."),
                        List.of("The leak started at 09:40, before the lunchtime peak, not during it.")))
                .timeline(List.of(
                        entry(
                                "2026-03-12T09:40:00Z",
                                TimelineKind.TRIGGER,
                                "deploy-bot",
                                "checkout-api v2.31 deployed with the stock-export job."),
                        entry(
                                "2026-03-12T11:06:00Z",
                                TimelineKind.START,
                                null,
                                "First pool timeouts: QueuePool limit of size 10 overflow 5 reached."),
                        entry(
                                "2026-03-12T11:20:00Z",
                                TimelineKind.DETECTION,
                                "pagerduty",
                                "HTTP 5xx rate above 5% on checkout-api."),
                        entry("2026-03-12T11:24:00Z", TimelineKind.ALERT, "maya", "On-call acknowledged the page."),
                        entry(
                                "2026-03-12T11:35:00Z",
                                TimelineKind.MISLEADING_LEAD,
                                "maya",
                                "Suspected database CPU saturation; the primary was at 12% CPU."),
                        entry(
                                "2026-03-12T11:52:00Z",
                                TimelineKind.ESCALATION,
                                "maya",
                                "Escalated to the payments team and the DBA on call."),
                        entry(
                                "2026-03-12T12:10:00Z",
                                TimelineKind.ROOT_CAUSE,
                                "dev",
                                "pg_stat_activity shows 15 sessions 'idle in transaction' from the export job's host."),
                        entry(
                                "2026-03-12T12:18:00Z",
                                TimelineKind.MITIGATION,
                                "maya",
                                "Rolled back to v2.30 and restarted workers; pool active dropped to 4."),
                        entry(
                                "2026-03-12T12:45:00Z",
                                TimelineKind.RESOLUTION,
                                "maya",
                                "Error rate normal for 25 minutes; incident resolved.")))
                .actionItems(List.of(
                        new ActionItem(
                                "AI-1",
                                "Close export-job sessions in a finally block (scoped_session)",
                                "dev",
                                LocalDate.parse("2026-03-19"),
                                Priority.P0,
                                ActionType.PREVENT,
                                ActionStatus.DONE,
                                "CHK-812",
                                new Evidence(
                                        EvidenceKind.METRICS,
                                        "checkout-db",
                                        "active rose 4 → 15 in 63 min while request rate stayed at 60/s")),
                        new ActionItem(
                                "AI-2",
                                "Alert when pool utilization > 80% for 5 min (warning) and > 90% for 2 min (critical)",
                                "sre",
                                LocalDate.parse("2026-03-26"),
                                Priority.P1,
                                ActionType.DETECT,
                                ActionStatus.IN_PROGRESS,
                                "OPS-144",
                                new Evidence(
                                        EvidenceKind.METRICS,
                                        "checkout-db",
                                        "utilization passed 80% at 10:21, 59 minutes before the 5xx alert")),
                        new ActionItem(
                                "AI-3",
                                "Add a leak test to CI that fails when a request leaves a connection checked out",
                                null,
                                null,
                                Priority.P2,
                                ActionType.PREVENT,
                                ActionStatus.OPEN,
                                null,
                                null)))
                .metrics(List.of(series))
                .pool(SqlAlchemyPoolConfig.of(10, 5, 30))
                .demo(true)
                .build();
    }
}
