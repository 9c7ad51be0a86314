package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trigger is a change that happened before the impact began, read from time order: a deploy announced once the
 * impact is under way is a mitigation (a fix, a revert) or a plain entry, a question reports nothing, and a message
 * naming an earlier time for a change reports a trigger. Action items taken from chats start with a capital letter.
 */
class ChatTriggersTest {

    private static Incident read(String text) throws ImportException {
        return ConservedImports.read(text, "thread.txt").incidents().get(0);
    }

    private static List<TimelineKind> kinds(Incident i) {
        return i.timeline().stream().map(TimelineEntry::kind).toList();
    }

    @Test
    void deployAnnouncedAfterImpactBegan_isAMitigationOrAnAction_notATrigger() throws Exception {
        Incident i = read("""
                #inc-ledger-slow
                [11:02] yusuf: ledger writes taking 4s, pool saturated
                [11:09] ines: I'm deploying the fix now
                [11:15] ines: deploying 3.8.1 to the canary as planned
                [11:20] yusuf: write latency back to normal
                """);
        assertThat(kinds(i))
                .containsExactly(
                        TimelineKind.ACTION, TimelineKind.MITIGATION, TimelineKind.ACTION, TimelineKind.RESOLUTION);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T11:02Z"));
        assertThat(i.mitigatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T11:09Z"));
    }

    @Test
    void changeAnnouncedBeforeTheFirstSignOfImpact_staysATrigger() throws Exception {
        Incident i = read("""
                08:40 carla: releasing billing 2.14 to all regions
                08:52 omar: invoices failing with connection timeouts
                09:05 carla: rolling back billing 2.14
                """);
        assertThat(kinds(i)).first().isEqualTo(TimelineKind.TRIGGER);
        assertThat(kinds(i)).last().isEqualTo(TimelineKind.MITIGATION);
    }

    @Test
    void messageNamingAnEarlierTimeForAChange_isTheTrigger_questionIsNot() throws Exception {
        Incident i = read("""
                #inc-search
                noor [16:31]: search is timing out for everyone, did anything ship?
                li [16:33]: the analyzer config went live at 16:20
                noor [16:50]: all clear
                """);
        assertThat(kinds(i)).containsExactly(TimelineKind.ACTION, TimelineKind.TRIGGER, TimelineKind.RESOLUTION);
    }

    @Test
    void plainTimeline_deployAfterTheAlert_isNotATrigger() throws Exception {
        Incident i = read("""
                Timeline
                - 02:10 Alert fired: pool wait above 2s on the reports DB
                - 02:25 Patch deployed to cap report queries
                - 02:40 Reports healthy
                """);
        assertThat(kinds(i).get(1)).isEqualTo(TimelineKind.MITIGATION);
    }

    @Test
    void plainTimelineWithLabelledLines_isNotAChat_deployBeforeTheFirstErrorStaysATrigger() throws Exception {
        Incident i = read("""
                Timeline
                - 13:00 Note: traffic at the usual Monday level
                - 13:05 Deployed payments 9.2 with the new pool settings
                - 13:12 Error rate on payments above 5%
                - 13:30 Update: pool settings reverted
                """);
        assertThat(kinds(i).get(1)).isEqualTo(TimelineKind.TRIGGER);
    }

    @Test
    void explicitTriggerKind_isKept_wheneverItIsWritten() throws Exception {
        Incident i = read("""
                Timeline
                - 10:00 Alert fired on the orders pool
                - 10:05 [trigger] deploy of orders 5.1 found to be the cause
                """);
        assertThat(kinds(i).get(1)).isEqualTo(TimelineKind.TRIGGER);
    }

    @Test
    void chatActionItems_startWithACapital_wordsOtherwiseKept() throws Exception {
        Incident i = read("""
                [10:00] ana: checkout errors
                [10:20] ana: TODO document the pgbouncer limits @bo
                [10:21] bo: action: ask DBA team about max_connections (due 2026-12-01)
                """);
        assertThat(i.actionItems())
                .extracting(ActionItem::title)
                .containsExactly("Document the pgbouncer limits", "Ask DBA team about max_connections");
    }
}
