package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.hazard.ControlType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The samples users brought (shared/samples beside the repository). They are not copied into the project, so
 * these tests run where the samples are and are skipped elsewhere.
 */
class SamplesImportTest {

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

    @Test
    void sessionLeakText_amPmSlipWarnedAndEverythingPlaced() throws Exception {
        ImportResult r = importer.importFile(sample("postmortem-session-leak.txt"));
        Incident i = r.incidents().get(0);
        assertThat(i.timeline()).hasSize(6);
        assertThat(i.timeline()).extracting(TimelineEntry::text).allMatch(t -> !t.isBlank());
        assertThat(r.report().warnings()).anyMatch(w -> w.contains("12:35 AM") && w.contains("AM/PM slip"));
        assertThat(i.startedAt().toLocalTime().toString()).isEqualTo("10:34");
        assertThat(i.resolvedAt().toLocalTime().toString()).isEqualTo("13:48");
        assertThat(i.startedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(i.impact().usersAffectedPercent()).isEqualTo(70.0);
        assertThat(i.rootCause()).startsWith("Improper session management");
        assertThat(i.resolution()).startsWith("The issue was addressed");
        assertThat(i.actionItems()).hasSize(7);
        assertThat(i.actionItems().get(1).title()).endsWith("performance bottlenecks.");
        assertThat(i.notes()).isEmpty();
    }

    @Test
    void slowQueriesMarkdown_boldLabelsAndUtcBullets_placed() throws Exception {
        ImportResult r = importer.importFile(sample("postmortem-slow-queries.md"));
        Incident i = r.incidents().get(0);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2024-05-10T08:00Z"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2024-05-10T12:00Z"));
        assertThat(i.duration()).hasValueSatisfying(d -> assertThat(d.toHours()).isEqualTo(4));
        assertThat(i.timeline()).hasSize(7);
        assertThat(i.impact().usersAffectedPercent()).isEqualTo(100.0);
        assertThat(i.actionItems()).hasSize(10);
        assertThat(i.rootCause()).contains("unoptimized");
        assertThat(i.resolution()).startsWith("To resolve the issue");
        assertThat(i.notes()).hasSize(2);
    }

    @Test
    void hazardSample_controlsTypesAndTbcScores() throws Exception {
        ImportResult r = importer.importFile(sample("hazard-pool-exhaustion.md"));
        var h = r.incidents().get(0).hazards().get(0);
        assertThat(h.name()).isEqualTo("Database connection pool exhaustion");
        assertThat(h.causes()).hasSize(4);
        assertThat(h.controlsOf(ControlType.DESIGN)).hasSize(5);
        assertThat(h.controlsOf(ControlType.TESTING)).hasSize(4);
        assertThat(h.controlsOf(ControlType.TRAINING)).hasSize(2);
        assertThat(h.controlsOf(ControlType.BUSINESS_PROCESS)).hasSize(4);
        assertThat(h.hazardTypes()).containsExactly("WrongPatientContext", "SystemUnavailable", "NoAccessToData");
        assertThat(h.severity()).isNull();
        assertThat(h.likelihood()).isNull();
        assertThat(r.incidents().get(0).notes()).anyMatch(n -> n.contains("TBC — awaiting"));
        assertThat(r.report().warnings()).anyMatch(w -> w.contains("SystemUnavailable"));
    }
}
