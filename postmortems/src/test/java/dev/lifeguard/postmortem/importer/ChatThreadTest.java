package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Pasted chat threads, read from their structure: each message with its time is a timeline entry that keeps its
 * speaker, whichever way the client wrote name and time; a message opening with an action marker is an action item
 * with its owner; key times come from the vocabulary's inline tags after the speaker.
 */
class ChatThreadTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private Incident load(String name) throws ImportException {
        return importer.importFile(Path.of("src/test/resources/corpus", name))
                .incidents()
                .get(0);
    }

    @Test
    void bracketedTimes_speakerKept_actionMessageIsAnActionItem() throws Exception {
        Incident i = load("chat-thread.txt");
        assertThat(i.title()).isEqualTo("#inc-cart-errors");
        assertThat(i.timeline()).extracting(TimelineEntry::text).allMatch(t -> t.matches("(alice|bob): .+"));
        assertThat(i.timeline()).hasSize(4);
        assertThat(i.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Add pool metrics to the deploy dashboard");
            assertThat(a.owner()).isEqualTo("bob");
        });
    }

    @Test
    void slackNameAndTimeLines_eachMessageAnEntryAtItsTime_tagsGiveKeyTimes() throws Exception {
        Incident i = load("chat-slack.md");
        assertThat(i.title()).isEqualTo("#inc-search-latency");
        assertThat(i.timeline())
                .extracting(e -> e.at().toLocalTime() + " "
                        + e.text().substring(0, e.text().indexOf(':')))
                .containsExactly("09:02 priya", "09:02 priya", "09:04 tom", "09:11 tom", "09:25 priya");
        assertThat(i.timeline().get(1).kind()).isEqualTo(TimelineKind.DETECTION);
        assertThat(i.detectedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T09:02Z"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T09:25Z"));
        assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(i.actionItems()).extracting(ActionItem::owner).containsExactly("tom", "priya");
        assertThat(i.actionItems().get(0).title()).isEqualTo("Add a pool-wait panel to the search dashboard");
        assertThat(i.actionItems().get(1).due()).isEqualTo(LocalDate.parse("2025-03-14"));
    }

    @Test
    void nameThenBracketedTime_crossesMidnight_actionMarkersWithDetails() throws Exception {
        Incident i = load("chat-irc.txt");
        assertThat(i.title()).isEqualTo("#inc-payments-db");
        assertThat(i.timeline()).extracting(TimelineEntry::text).allMatch(t -> t.matches("(nina|omar): .+"));
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2025-06-11T23:48Z"));
        assertThat(i.detectedAt()).isEqualTo(OffsetDateTime.parse("2025-06-11T23:50Z"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-06-12T00:20Z"));
        assertThat(i.timeline().get(3).at()).isEqualTo(OffsetDateTime.parse("2025-06-12T00:06Z"));
        ActionItem cap = i.actionItems().get(0);
        assertThat(cap.title()).isEqualTo("Cap the batch job's pool at 20");
        assertThat(cap.owner()).isEqualTo("omar");
        assertThat(cap.due()).isEqualTo(LocalDate.parse("2025-06-18"));
        assertThat(cap.ticket()).isEqualTo("PAY-301");
        assertThat(i.actionItems().get(1).owner()).isEqualTo("nina");
    }

    @Test
    void plainTimeThenName_followUpLabelAfterTheSpeaker_isAnActionWithOwnerAndTicket() throws Exception {
        Incident i = load("chat-plain-times.md");
        assertThat(i.title()).isEqualTo("#inc-queue-lag");
        assertThat(i.timeline()).hasSize(4);
        assertThat(i.timeline()).extracting(TimelineEntry::text).allMatch(t -> t.matches("(bob|dana): .+"));
        assertThat(i.mitigatedAt()).isEqualTo(OffsetDateTime.parse("2025-04-30T14:20Z"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-04-30T14:48Z"));
        assertThat(i.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Split the consumer pool from the API pool");
            assertThat(a.owner()).isEqualTo("bob");
            assertThat(a.ticket()).isEqualTo("Q-55");
        });
    }

    @Test
    void timeInParenthesesAfterTheName_twelveHourClock() throws Exception {
        Incident i = importer.importText("""
                #inc-cache
                Date: 2025-02-02
                lee (10:05 PM) cache hit rate dropped to 20%
                kai (10:20 PM) restarted the cache nodes
                kai (10:41 PM) all clear
                """, "chat.txt").incidents().get(0);
        assertThat(i.timeline())
                .extracting(TimelineEntry::text)
                .containsExactly(
                        "lee: cache hit rate dropped to 20%", "kai: restarted the cache nodes", "kai: all clear");
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-02-02T22:41Z"));
    }
}
