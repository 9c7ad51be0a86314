package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the importer read from shared/samples before issue #10's rebuild, measured on the importer as it was
 * (commit ab26403): timeline entries (time and kind), impact, duration and action items. The rebuild must read
 * at least this much. Only numbers, times and kinds are kept here, never the samples' text.
 */
class SamplesBaselineTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private static Path sample(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/samples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared/samples/" + name + " is not beside this checkout");
        return null;
    }

    private static List<String> timeline(Incident i) {
        return i.timeline().stream().map(e -> e.at() + " " + e.kind()).toList();
    }

    private static List<String> actions(Incident i) {
        return i.actionItems().stream()
                .map(ActionItem::title)
                .map(t -> String.valueOf(t.length()))
                .toList();
    }

    @Test
    void sessionLeak_baselineHolds() throws Exception {
        Incident i = importer.importFile(sample("postmortem-session-leak.txt"))
                .incidents()
                .get(0);
        assertThat(timeline(i))
                .containsExactly(
                        "2026-11-23T10:34Z DETECTION",
                        "2026-11-23T10:35Z ALERT",
                        "2026-11-23T10:48Z MISLEADING_LEAD",
                        "2026-11-23T11:05Z MISLEADING_LEAD",
                        "2026-11-23T00:35Z ESCALATION",
                        "2026-11-23T13:48Z RESOLUTION");
        assertThat(i.impact().usersAffectedPercent()).isEqualTo(70.0);
        assertThat(i.impact().description()).hasSize(146);
        assertThat(i.duration()).contains(Duration.ofMinutes(3 * 60 + 14));
        assertThat(actions(i)).containsExactly("89", "102", "132", "77", "107", "117", "103");
    }

    @Test
    void slowQueries_baselineHolds() throws Exception {
        Incident i = importer.importFile(sample("postmortem-slow-queries.md"))
                .incidents()
                .get(0);
        assertThat(timeline(i))
                .containsExactly(
                        "2024-05-10T08:00Z DETECTION",
                        "2024-05-10T08:05Z DETECTION",
                        "2024-05-10T08:10Z MISLEADING_LEAD",
                        "2024-05-10T09:00Z MISLEADING_LEAD",
                        "2024-05-10T10:00Z ESCALATION",
                        "2024-05-10T11:00Z ROOT_CAUSE",
                        "2024-05-10T12:00Z RESOLUTION");
        assertThat(i.impact().usersAffectedPercent()).isEqualTo(100.0);
        assertThat(i.impact().description()).hasSize(97);
        assertThat(i.duration()).contains(Duration.ofHours(4));
        assertThat(actions(i)).containsExactly("135", "139", "156", "122", "166", "68", "75", "80", "75", "90");
    }

    @Test
    void hazard_baselineHolds() throws Exception {
        Incident i = importer.importFile(sample("hazard-pool-exhaustion.md"))
                .incidents()
                .get(0);
        assertThat(i.hazards()).hasSize(1);
        assertThat(i.notes()).hasSize(6);
    }
}
