package dev.lifeguard.postmortem;

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
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Incidents the tests share: written here, deterministic, in the shape of a real pool-exhaustion postmortem. */
public final class SampleIncidents {

    public static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 14, 9, 0, 0, 0, ZoneOffset.UTC);

    private SampleIncidents() {}

    /** A checkout pool that leaked connections under flat traffic; metrics every 30 s for two hours. */
    public static Incident checkoutLeak() {
        return Incident.builder("INC-20250314-CHK1", "Checkout API exhausted its HikariCP pool", Severity.SEV2)
                .status(IncidentStatus.RESOLVED)
                .services(List.of("checkout-api", "orders-db"))
                .tags(List.of("hikaricp", "leak"))
                .startedAt(T0.plusMinutes(12))
                .detectedAt(T0.plusMinutes(31))
                .acknowledgedAt(T0.plusMinutes(35))
                .mitigatedAt(T0.plusMinutes(58))
                .resolvedAt(T0.plusMinutes(104))
                .impact(new Impact(35.0, 4210L, "Checkout requests failed with 500 after a 30 s wait."))
                .summary("A refund endpoint borrowed a connection and never closed it on the error path.")
                .rootCause("The refund handler returned early on a validation error without closing its connection.")
                .trigger("Release 4.18 added the early return.")
                .resolution("Rolled back to 4.17, then fixed the handler with try-with-resources.")
                .contributingFactors(List.of("leakDetectionThreshold was off", "No alert on pool utilization"))
                .lessons(new Lessons(
                        List.of("Rollback took 4 minutes"),
                        List.of("The alert fired on errors, not on the pool"),
                        List.of("It happened outside the sales peak")))
                .timeline(List.of(
                        TimelineEntry.of(
                                T0.plusMinutes(5), TimelineKind.TRIGGER, "Release 4.18 deployed to checkout-api"),
                        TimelineEntry.of(
                                T0.plusMinutes(12), TimelineKind.START, "First threads waiting for a connection"),
                        TimelineEntry.of(
                                T0.plusMinutes(31), TimelineKind.DETECTION, "Error-rate alert fired for checkout"),
                        TimelineEntry.of(
                                T0.plusMinutes(35), TimelineKind.ESCALATION, "On-call paged the payments team"),
                        TimelineEntry.of(
                                T0.plusMinutes(40), TimelineKind.MISLEADING_LEAD, "Suspected the database was slow"),
                        TimelineEntry.of(T0.plusMinutes(58), TimelineKind.MITIGATION, "Rolled back to release 4.17"),
                        TimelineEntry.of(T0.plusMinutes(104), TimelineKind.RESOLUTION, "Fixed handler deployed")))
                .actionItems(List.of(
                        new ActionItem(
                                "AI-1",
                                "Enable leakDetectionThreshold at 60 s",
                                "dana",
                                LocalDate.of(2025, 3, 21),
                                Priority.P1,
                                ActionType.DETECT,
                                ActionStatus.DONE,
                                "OPS-101",
                                new Evidence(
                                        EvidenceKind.RULE, "rule:leak", "active 4 → 30 while rate stayed at 120/s")),
                        new ActionItem(
                                "AI-2",
                                "Close connections with try-with-resources in refund handler",
                                "li",
                                LocalDate.of(2025, 3, 18),
                                Priority.P0,
                                ActionType.PREVENT,
                                ActionStatus.OPEN,
                                "OPS-102",
                                null),
                        new ActionItem(
                                "AI-3",
                                "Add pool exhaustion to the on-call runbook",
                                null,
                                null,
                                null,
                                ActionType.PROCESS,
                                ActionStatus.IN_PROGRESS,
                                null,
                                null)))
                .metrics(List.of(leakSeries()))
                .pool(HikariPoolConfig.defaults(30))
                .build();
    }

    /** 240 samples every 30 s: active climbs from 4 to 30 while the rate stays flat, then recovers. */
    public static PoolMetricSeries leakSeries() {
        List<MetricSample> samples = new ArrayList<>();
        Instant start = T0.toInstant();
        long timeouts = 0;
        for (int i = 0; i < 240; i++) {
            Instant at = start.plusSeconds(30L * i);
            int active;
            int pending;
            if (i < 20) {
                active = 4;
                pending = 0;
            } else if (i < 116) {
                active = Math.min(30, 4 + (i - 20) * 26 / 40);
                pending = active == 30 ? Math.min(40, (i - 60) / 2 + 1) : 0;
            } else {
                active = 5;
                pending = 0;
            }
            if (pending > 0 && i % 2 == 0) {
                timeouts += pending / 4 + 1;
            }
            int total = Math.max(active, 10);
            samples.add(new MetricSample(
                    at,
                    total,
                    active,
                    total - active,
                    pending,
                    30,
                    10,
                    timeouts,
                    pending > 0 ? 30_000.0 * 0.6 : 0.4,
                    pending > 0 ? 30_000.0 : 1.8,
                    i < 20 || i >= 116 ? 12.0 : 12.0 + i,
                    i < 20 || i >= 116 ? 45.0 : 45.0 + 40.0 * i,
                    120.0));
        }
        return new PoolMetricSeries("checkout", "test:generated", samples);
    }
}
