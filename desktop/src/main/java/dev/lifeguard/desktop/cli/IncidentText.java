package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.store.StoredIncident;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** An incident as readable terminal text, for {@code show}; every text from the incident printed escaped. */
final class IncidentText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private IncidentText() {}

    static String render(StoredIncident stored) {
        Incident i = stored.incident();
        StringBuilder out = new StringBuilder();
        out.append(i.id())
                .append("  ")
                .append(TerminalText.line(i.title()))
                .append(i.demo() ? "  [demo]" : "")
                .append('\n');
        out.append(i.severity().wire())
                .append(" · ")
                .append(i.status().label())
                .append(" · postmortem ")
                .append(i.reviewStatus().label())
                .append(" · revision ")
                .append(stored.revision())
                .append('\n');
        if (!i.services().isEmpty()) {
            out.append("services: ")
                    .append(TerminalText.line(String.join(", ", i.services())))
                    .append('\n');
        }
        out.append('\n');
        time(out, "started", i.startedAt());
        time(out, "detected", i.detectedAt());
        time(out, "acknowledged", i.acknowledgedAt());
        time(out, "mitigated", i.mitigatedAt());
        time(out, "resolved", i.resolvedAt());
        duration(out, "duration", i.duration());
        duration(out, "undetected for", i.timeUndetected());
        duration(out, "time to mitigate", i.timeToMitigate());
        if (i.impact().usersAffectedPercent() != null || i.impact().description() != null) {
            out.append("\nimpact: ");
            if (i.impact().usersAffectedPercent() != null) {
                out.append(i.impact().usersAffectedPercent()).append("% of users. ");
            }
            out.append(
                            i.impact().description() == null
                                    ? ""
                                    : TerminalText.block(i.impact().description()))
                    .append('\n');
        }
        section(out, "summary", i.summary());
        section(out, "root cause", i.rootCause());
        section(out, "resolution", i.resolution());
        if (!i.timeline().isEmpty()) {
            out.append("\ntimeline:\n");
            for (TimelineEntry e : i.timeline()) {
                out.append("  ")
                        .append(WHEN.format(e.at()))
                        .append("  ")
                        .append(String.format("%-16s", e.kind().wire()))
                        .append(TerminalText.line(e.text()))
                        .append('\n');
            }
        }
        if (!i.actionItems().isEmpty()) {
            out.append("\naction items:\n");
            for (ActionItem a : i.actionItems()) {
                out.append("  ")
                        .append(a.id())
                        .append(" [")
                        .append(a.status().label())
                        .append("] ")
                        .append(a.type().wire())
                        .append(": ")
                        .append(TerminalText.line(a.title()))
                        .append(a.owner() == null ? "" : " (" + TerminalText.line(a.owner()) + ")")
                        .append('\n');
                if (a.evidence() != null) {
                    out.append("      evidence: ")
                            .append(TerminalText.line(a.evidence().summary()))
                            .append('\n');
                }
            }
        }
        if (!i.metrics().isEmpty()) {
            out.append("\nmetrics: ");
            i.metrics()
                    .forEach(m -> out.append(TerminalText.line(m.pool()))
                            .append(" (")
                            .append(m.samples().size())
                            .append(" samples) "));
            out.append('\n');
        }
        if (!i.notes().isEmpty()) {
            out.append("\nnotes:\n");
            i.notes().forEach(n -> out.append("  ").append(TerminalText.line(n)).append('\n'));
        }
        return out.toString();
    }

    private static void time(StringBuilder out, String label, OffsetDateTime at) {
        if (at != null) {
            out.append(String.format("%-17s%s%n", label + ":", WHEN.format(at)));
        }
    }

    private static void duration(StringBuilder out, String label, Optional<Duration> d) {
        d.ifPresent(value -> out.append(String.format("%-17s%s%n", label + ":", human(value))));
    }

    static String human(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return d.toSeconds() + " s";
        }
        long hours = minutes / 60;
        return hours == 0 ? minutes + " min" : hours + " h " + (minutes % 60) + " min";
    }

    private static void section(StringBuilder out, String label, String text) {
        if (text != null) {
            out.append('\n')
                    .append(label)
                    .append(":\n  ")
                    .append(TerminalText.block(text).replace("\n", "\n  "))
                    .append('\n');
        }
    }
}
