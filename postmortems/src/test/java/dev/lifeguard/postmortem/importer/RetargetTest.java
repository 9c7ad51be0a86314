package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person's retargeting of a line (the import preview's choice) is applied by the importer: the result is derived
 * again with the line placed where it was sent, nothing is lost, and the other lines stay as read.
 */
class RetargetTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private static final Path REGISTER = Path.of("src/test/resources/retarget/register-with-follow-up.md");
    private static final Path PLAIN = Path.of("src/test/resources/retarget/plain-postmortem.md");

    @Test
    void registerRowRetargetedToAction_rowIsNoIncident_itsActionJoinsTheIncidentAbove() throws Exception {
        ImportResult asRead = importer.importFile(REGISTER);
        assertThat(asRead.incidents())
                .extracting(Incident::id)
                .containsExactly("DP-301", "DP-302", "DP-302a", "DP-303");

        ImportResult r = importer.importFile(REGISTER, Map.of(7, Retarget.ACTION));

        assertThat(r.incidents()).extracting(Incident::id).containsExactly("DP-301", "DP-302", "DP-303");
        Incident batch = r.incidents().get(1);
        assertThat(batch.actionItems()).hasSize(2);
        ActionItem split = batch.actionItems().get(0);
        assertThat(split.status()).isEqualTo(ActionStatus.DONE);
        assertThat(split.ticket()).isEqualTo("BATCH-88");
        ActionItem alert = batch.actionItems().get(1);
        assertThat(alert.title()).isEqualTo("Add a pool-wait alert for ledger-api");
        assertThat(alert.owner()).isEqualTo("lena");
        assertThat(alert.due()).isEqualTo(LocalDate.parse("2025-08-01"));
        assertThat(r.placements())
                .filteredOn(p -> p.line() == 7)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.destination()).isEqualTo(Placement.ACTION);
                    assertThat(p.kind()).isEqualTo(Placement.Kind.ACTION);
                    assertThat(p.incident()).isEqualTo(1);
                });
        assertThat(r.explain()).anyMatch(l -> l.contains("DP-302 action item") && l.contains("pool-wait alert"));
        assertThat(r.report().recognised()).anyMatch(l -> l.contains("line 7 retargeted to action item"));
        assertConserved(REGISTER, r);
    }

    @Test
    void proseLineRetargetedToStart_startTimeFromThatLine_statusFromTheEnd() throws Exception {
        ImportResult asRead = importer.importFile(PLAIN);
        assertThat(asRead.incidents().get(0).startedAt()).isNull();

        ImportResult r = importer.importFile(PLAIN, Map.of(5, Retarget.STARTED, 11, Retarget.RESOLVED));

        Incident i = r.incidents().get(0);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2025-09-14T18:05Z"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-09-14T19:10Z"));
        assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(i.timeline()).extracting(TimelineEntry::text).noneMatch(t -> t.contains("back to normal"));
        assertThat(r.placements())
                .filteredOn(p -> p.line() == 5)
                .extracting(Placement::destination)
                .containsExactly("started");
        assertThat(r.placements())
                .filteredOn(p -> p.line() == 11)
                .extracting(Placement::kind)
                .containsExactly(Placement.Kind.KEY_TIME);
        assertConserved(PLAIN, r);
    }

    @Test
    void lineRetargetedToTimelineAndNotes_entryInLineOrder_actionLeftInNotes() throws Exception {
        ImportResult r = importer.importFile(PLAIN, Map.of(5, Retarget.TIMELINE, 15, Retarget.NOTES));

        Incident i = r.incidents().get(0);
        assertThat(i.timeline())
                .extracting(TimelineEntry::at)
                .first()
                .isEqualTo(OffsetDateTime.parse("2025-09-14T18:05Z"));
        assertThat(i.actionItems()).isEmpty();
        assertThat(i.notes()).contains("Cap worker lifetime (owner: tess)");
        assertConserved(PLAIN, r);
    }

    @Test
    void timeRetargetWithoutATime_keptInNotesWithAWarningNamingTheLine() throws Exception {
        ImportResult r = importer.importFile(PLAIN, Map.of(3, Retarget.STARTED, 15, Retarget.TIMELINE));

        Incident i = r.incidents().get(0);
        assertThat(i.startedAt()).isNull();
        assertThat(i.notes()).anyMatch(n -> n.startsWith("Checkout requests waited"));
        assertThat(r.report().warnings())
                .anyMatch(w -> w.contains("line 3") && w.contains("start time"))
                .anyMatch(w -> w.contains("line 15"));
        assertConserved(PLAIN, r);
    }

    @Test
    void secondLineRetargetedToStart_theFirstGivesWayToNotes() throws Exception {
        String doc = "Started: 2025-03-02 10:00 UTC\nSeverity: SEV2\n\nThe real start was 2025-03-02 09:40 UTC.\n";
        ImportResult r = importer.importBytes(
                doc.getBytes(StandardCharsets.UTF_8), "two-starts.md", Map.of(4, Retarget.STARTED));

        Incident i = r.incidents().get(0);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2025-03-02T09:40Z"));
        assertThat(i.notes()).anyMatch(n -> n.contains("10:00"));
        assertThat(r.placements())
                .filteredOn(p -> p.line() == 1)
                .extracting(Placement::destination)
                .containsExactly(Placement.NOTES);
    }

    private static void assertConserved(Path file, ImportResult r) throws Exception {
        String[] lines =
                TextRepair.decode(Files.readAllBytes(file), new ArrayList<>()).split("\n", -1);
        List<Integer> expected = new ArrayList<>();
        for (int n = 1; n <= lines.length; n++) {
            if (!lines[n - 1].isBlank()) {
                expected.add(n);
            }
        }
        assertThat(r.placements()).extracting(Placement::line).containsExactlyElementsOf(expected);
    }
}
