package dev.lifeguard.postmortem.doc;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a template sees: the incident's fields as display text plus everything computed from them
 * (durations, impact window from the metrics, whether dates must be shown). The key names are the template
 * contract documented in {@code templates/README.md}; they only grow.
 */
public final class DocumentModel {

    private DocumentModel() {}

    /**
     * Builds the model of {@code incident}.
     *
     * @param incident the incident
     * @param charts   charts the document shows, in order (empty permitted)
     */
    public static Map<String, Object> of(Incident incident, List<ChartRef> charts) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean multiDay = spansDays(incident);
        m.put("id", incident.id());
        m.put("title", incident.title());
        m.put("severity", incident.severity().wire());
        m.put("status", incident.status().wire());
        m.put("reviewStatus", incident.reviewStatus().wire());
        m.put("services", String.join(", ", incident.services()));
        m.put("tags", String.join(", ", incident.tags()));
        m.put(
                "date",
                incident.impactStart()
                        .or(() -> firstEntry(incident))
                        .map(Texts::date)
                        .orElse(null));
        m.put("multiDay", multiDay);
        m.put("startedAt", fmt(incident.startedAt()));
        m.put("detectedAt", fmt(incident.detectedAt()));
        m.put("acknowledgedAt", fmt(incident.acknowledgedAt()));
        m.put("mitigatedAt", fmt(incident.mitigatedAt()));
        m.put("resolvedAt", fmt(incident.resolvedAt()));
        m.put("duration", dur(incident.duration()));
        m.put("timeUndetected", dur(incident.timeUndetected()));
        m.put("timeToAcknowledge", dur(incident.timeToAcknowledge()));
        m.put("timeToMitigate", dur(incident.timeToMitigate()));
        m.put("timeToResolve", dur(incident.timeToResolve()));
        m.put("keyTimes", keyTimes(incident));
        m.put("impact", impact(incident));
        m.put("summary", incident.summary());
        m.put("rootCause", incident.rootCause());
        m.put("trigger", incident.trigger());
        m.put("resolution", incident.resolution());
        m.put("contributingFactors", incident.contributingFactors());
        m.put("hasContributingFactors", !incident.contributingFactors().isEmpty());
        m.put("wentWell", incident.lessons().wentWell());
        m.put("wentWrong", incident.lessons().wentWrong());
        m.put("gotLucky", incident.lessons().gotLucky());
        m.put("hasLessons", !incident.lessons().isEmpty());
        m.put("timeline", timeline(incident.timeline(), multiDay));
        m.put("hasTimeline", !incident.timeline().isEmpty());
        m.put("actionItems", actionItems(incident.actionItems()));
        m.put(
                "measures",
                actionItems(incident.actionItems().stream()
                        .filter(a -> a.type() != ActionType.PROCESS)
                        .toList()));
        m.put(
                "tasks",
                actionItems(incident.actionItems().stream()
                        .filter(a -> a.type() == ActionType.PROCESS)
                        .toList()));
        m.put("hasTasks", incident.actionItems().stream().anyMatch(a -> a.type() == ActionType.PROCESS));
        m.put(
                "detection",
                timeline(
                        incident.timeline().stream()
                                .filter(e -> e.kind() == TimelineKind.DETECTION || e.kind() == TimelineKind.ALERT)
                                .toList(),
                        multiDay));
        m.put("hasActionItems", !incident.actionItems().isEmpty());
        m.put(
                "charts",
                charts.stream()
                        .map(c -> Map.of("title", c.title(), "file", c.file()))
                        .toList());
        m.put("hasCharts", !charts.isEmpty());
        m.put("hazards", incident.hazards().stream().map(HazardModel::of).toList());
        m.put("notes", incident.notes());
        m.put("hasNotes", !incident.notes().isEmpty());
        return m;
    }

    /** True when the key times and timeline do not all fall on one calendar day (in their own offsets). */
    static boolean spansDays(Incident incident) {
        List<OffsetDateTime> times = new ArrayList<>();
        incident.timeline().forEach(e -> times.add(e.at()));
        for (OffsetDateTime t : new OffsetDateTime[] {
            incident.startedAt(),
            incident.detectedAt(),
            incident.acknowledgedAt(),
            incident.mitigatedAt(),
            incident.resolvedAt()
        }) {
            if (t != null) {
                times.add(t);
            }
        }
        return times.stream().map(t -> t.toLocalDate()).distinct().count() > 1;
    }

    private static Optional<OffsetDateTime> firstEntry(Incident incident) {
        return incident.timeline().stream().map(TimelineEntry::at).min(OffsetDateTime::compareTo);
    }

    private static String fmt(OffsetDateTime t) {
        return t == null ? null : Texts.dateTime(t);
    }

    private static String dur(Optional<Duration> d) {
        return d.map(Texts::duration).orElse(null);
    }

    private static List<Map<String, Object>> keyTimes(Incident i) {
        List<Map<String, Object>> rows = new ArrayList<>();
        addKeyTime(rows, "Started", i.startedAt(), null);
        addKeyTime(rows, "Detected", i.detectedAt(), after(i.timeUndetected(), "start"));
        addKeyTime(rows, "Acknowledged", i.acknowledgedAt(), after(i.timeToAcknowledge(), "detection"));
        addKeyTime(rows, "Mitigated", i.mitigatedAt(), after(i.timeToMitigate(), "start"));
        addKeyTime(rows, "Resolved", i.resolvedAt(), after(i.timeToResolve(), "start"));
        return rows;
    }

    private static String after(Optional<Duration> d, String from) {
        return d.map(x -> Texts.duration(x) + " after " + from).orElse(null);
    }

    private static void addKeyTime(List<Map<String, Object>> rows, String label, OffsetDateTime at, String after) {
        if (at == null) {
            return;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("at", Texts.dateTime(at));
        row.put("after", after == null ? "" : after);
        rows.add(row);
    }

    private static Map<String, Object> impact(Incident incident) {
        Map<String, Object> m = new LinkedHashMap<>();
        var impact = incident.impact();
        m.put(
                "usersAffectedPercent",
                impact.usersAffectedPercent() == null ? null : Texts.number(impact.usersAffectedPercent()) + "%");
        m.put(
                "requestsFailed",
                impact.requestsFailed() == null ? null : impact.requestsFailed().toString());
        m.put("description", impact.description());
        ZoneOffset zone = incident.impactStart().map(OffsetDateTime::getOffset).orElse(ZoneOffset.UTC);
        m.put(
                "declaredWindow",
                incident.impactStart()
                        .map(s -> Texts.dateTime(s) + " to "
                                + (incident.resolvedAt() == null ? "unresolved" : Texts.dateTime(incident.resolvedAt()))
                                + incident.duration()
                                        .map(d -> " (" + Texts.duration(d) + ")")
                                        .orElse(""))
                        .orElse(null));
        m.put(
                "detectedWindow",
                ImpactWindows.detect(incident.metrics())
                        .map(w -> Texts.dateTime(w.start().atOffset(zone))
                                + " to "
                                + (w.end() == null
                                        ? "end of data"
                                        : Texts.dateTime(w.end().atOffset(zone)))
                                + w.duration()
                                        .map(d -> " (" + Texts.duration(d) + ")")
                                        .orElse("") + ", from the " + w.cause()
                                + " in pool " + w.pool() + "; " + w.timeouts() + " timeouts, up to " + w.maxPending()
                                + " waiting")
                        .orElse(null));
        return m;
    }

    private static List<Map<String, Object>> timeline(List<TimelineEntry> entries, boolean multiDay) {
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (TimelineEntry e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("time", multiDay ? Texts.dateTime(e.at()) : Texts.time(e.at()));
            row.put("kind", e.kind().wire());
            row.put("kindLabel", e.kind().label());
            row.put("text", e.text());
            row.put("author", e.author());
            row.put("source", e.source());
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> actionItems(List<ActionItem> items) {
        List<Map<String, Object>> rows = new ArrayList<>(items.size());
        for (ActionItem a : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.id());
            row.put("title", a.title());
            row.put("type", a.type().wire());
            row.put("owner", a.owner() == null ? "" : a.owner());
            row.put("due", a.due() == null ? "" : a.due().toString());
            row.put("priority", a.priority() == null ? "" : a.priority().wire());
            row.put("status", a.status().wire());
            row.put("statusLabel", a.status().label());
            row.put("done", a.status() == ActionStatus.DONE);
            row.put("ticket", a.ticket() == null ? "" : a.ticket());
            row.put("details", details(a));
            row.put(
                    "evidence",
                    a.evidence() == null
                            ? ""
                            : a.evidence().kind().wire() + ": " + a.evidence().summary()
                                    + (a.evidence().reference() == null
                                            ? ""
                                            : " (" + a.evidence().reference() + ")"));
            rows.add(row);
        }
        return rows;
    }

    /**
     * {@code type: prevent; owner: Dana; due: 2024-06-01; ticket: OPS-12}: what a list line carries after the title.
     */
    private static String details(ActionItem a) {
        StringBuilder out = new StringBuilder("type: ").append(a.type().wire());
        if (a.priority() != null) {
            out.append("; priority: ").append(a.priority().wire());
        }
        if (a.owner() != null) {
            out.append("; owner: ").append(a.owner());
        }
        if (a.due() != null) {
            out.append("; due: ").append(a.due());
        }
        if (a.ticket() != null) {
            out.append("; ticket: ").append(a.ticket());
        }
        return out.toString();
    }
}
