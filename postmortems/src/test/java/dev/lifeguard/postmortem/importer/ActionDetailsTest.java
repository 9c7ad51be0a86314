package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.LifeguardJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Action details written as a list after the title ({@code , assignee: bo, ETA 2025-04-02, ticket OPS-77} or
 * {@code — owner: kim, due: Apr 2}) are read in any order under the vocabulary's names and taken out of the title,
 * which keeps no stray punctuation.
 */
class ActionDetailsTest {

    /** A title ending in what separated it from details: a comma, a dash, a colon, an empty parenthesis. */
    private static final String STRAY = ".*(?:[\\s,;:—–-]|\\(\\s*\\))$";

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private List<ActionItem> items(String text) throws ImportException {
        return importer.importText(text, "actions.md").incidents().get(0).actionItems();
    }

    @Test
    void detailsAfterTheTitle_anyOrderAndEveryName_readAndRemoved() throws Exception {
        List<ActionItem> items = items("""
                # Ledger pool saturation

                Date: 2025-03-20

                ## Action items

                - Add pool alerts (assignee: bo, ETA 2025-04-02, ticket OPS-77)
                - Raise the ledger pool — owner: kim, due: Apr 2
                - [x] Document the failover, DRI @sam; deadline June 20, 2025; jira LED-9
                - Review timeouts, retries and limits - bug: LED-10, by 2025-05-01, owner: lou
                - Move the batch off peak hours, ticket LED-11, @ana
                """);
        assertThat(items)
                .extracting(ActionItem::title)
                .containsExactly(
                        "Add pool alerts",
                        "Raise the ledger pool",
                        "Document the failover",
                        "Review timeouts, retries and limits",
                        "Move the batch off peak hours");
        assertThat(items).extracting(ActionItem::owner).containsExactly("bo", "kim", "sam", "lou", "ana");
        assertThat(items)
                .extracting(ActionItem::due)
                .containsExactly(
                        LocalDate.parse("2025-04-02"),
                        LocalDate.parse("2025-04-02"),
                        LocalDate.parse("2025-06-20"),
                        LocalDate.parse("2025-05-01"),
                        null);
        assertThat(items).extracting(ActionItem::ticket).containsExactly("OPS-77", null, "LED-9", "LED-10", "LED-11");
        assertThat(items.get(2).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void detailsSeparatedByDashesOrSemicolons_inANumberedList() throws Exception {
        List<ActionItem> items = items("""
                Subject: Reports DB pool saturation

                Incident date: Tuesday, 7 October 2025

                Follow-ups:
                1. Add a reports-db pool dashboard; assignee: mia; ETA: Oct 17
                2. Limit export concurrency to 4 - owner: tom - jira REP-90
                """);
        assertThat(items)
                .extracting(ActionItem::title)
                .containsExactly("Add a reports-db pool dashboard", "Limit export concurrency to 4");
        assertThat(items).extracting(ActionItem::owner).containsExactly("mia", "tom");
        assertThat(items.get(0).due()).isEqualTo(LocalDate.parse("2025-10-17"));
        assertThat(items.get(1).ticket()).isEqualTo("REP-90");
    }

    @Test
    void aCommaOfTheTitlesOwn_staysInTheTitle() throws Exception {
        List<ActionItem> items = items("""
                # Report

                ## Follow-up

                - Shard the writer, by region
                - Cache lookups, then retry, owner team-db
                """);
        assertThat(items.get(0).title()).isEqualTo("Shard the writer, by region");
        assertThat(items.get(0).due()).isNull();
        assertThat(items.get(1).title()).isEqualTo("Cache lookups, then retry");
        assertThat(items.get(1).owner()).isEqualTo("team-db");
    }

    @Test
    void dueWithoutAYear_isInTheIncidentsYear_orTheNextWhenThatFallsBefore() throws Exception {
        List<ActionItem> items = items("""
                # Year-end batch overload

                **Date:** 2025-12-20

                ## Next steps

                - Split the batch, owner: ida, due: Jan 5
                - Add a runbook, owner: ida, due: 22 December
                """);
        assertThat(items)
                .extracting(ActionItem::due)
                .containsExactly(LocalDate.parse("2026-01-05"), LocalDate.parse("2025-12-22"));
    }

    @Test
    void registerFollowUpOfDetailsOnly_isTheRowsOwnAction() throws Exception {
        ImportResult r = importer.importText("""
                | Ref | Opened | Summary | Follow-up |
                |-----|--------|---------|-----------|
                | Q-1 | 2025-07-21 10:00 UTC | Add a pool-wait alert | @lena, due 2025-08-01 |
                """, "register.md");
        ActionItem item = r.incidents().get(0).actionItems().get(0);
        assertThat(item.title()).isEqualTo("Add a pool-wait alert");
        assertThat(item.owner()).isEqualTo("lena");
        assertThat(item.due()).isEqualTo(LocalDate.parse("2025-08-01"));
    }

    @Test
    void registerRowRetargetedToAnAction_titleWithoutTheDetailsOrStrayPunctuation() throws Exception {
        ImportResult r = importer.importFile(
                Path.of("src/test/resources/retarget/register-with-follow-up.md"), Map.of(7, Retarget.ACTION));
        ActionItem alert = r.incidents().get(1).actionItems().get(1);
        assertThat(alert.title()).doesNotMatch(STRAY).doesNotContain("@lena").doesNotContain("due");
        assertThat(alert.owner()).isEqualTo("lena");
    }

    @Test
    void everyGoldenAndFixture_noActionTitleEndsInStrayPunctuation() throws Exception {
        List<String> titles = new ArrayList<>();
        for (String dir : List.of("src/test/resources/corpus")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path golden :
                        files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    JsonNode root = LifeguardJson.mapper().readTree(golden.toFile());
                    root.path("incidents")
                            .forEach(i -> i.path("actionItems")
                                    .forEach(a -> titles.add(golden.getFileName() + ": "
                                            + a.path("title").asText())));
                }
            }
        }
        for (String dir : List.of("heldout", "unseen", "retarget", "fixtures")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", dir))) {
                for (Path doc :
                        files.filter(p -> !p.toString().endsWith(".json")).toList()) {
                    for (Incident i : importer.importFile(doc).incidents()) {
                        i.actionItems().forEach(a -> titles.add(doc.getFileName() + ": " + a.title()));
                    }
                }
            }
        }
        assertThat(titles).hasSizeGreaterThan(50).noneMatch(t -> t.matches(STRAY));
    }
}
