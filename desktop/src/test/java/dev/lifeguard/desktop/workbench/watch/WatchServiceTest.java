package dev.lifeguard.desktop.workbench.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.WatchSession;
import dev.lifeguard.watch.WatchSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch use case without a toolkit or a poller: scrapes are handed to a real session with {@code accept}, on
 * a clock that steps one second per reading, and declared incidents go to a real SQLite store.
 */
class WatchServiceTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private WatchService watches;

    @BeforeEach
    void setUp() {
        store = SqliteIncidentStore.open(dir.resolve("watch.db"));
        watches = new WatchService(new SteppingClock());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void warningThenCriticalInOneScrape_declaresSev2_titledAfterTheFirstAlert() {
        WatchSession session =
                session(AlertRule.parse("utilization > 80% warning"), AlertRule.parse("new_timeouts > 0 critical"));
        session.accept(scrape(4, 0));
        session.accept(scrape(10, 3));

        WatchRecording recording = watches.declare(store, session, "INC-20260101-AAAA", null);

        Incident stored = store.get(recording.id()).orElseThrow().incident();
        assertThat(stored.severity()).isEqualTo(Severity.SEV2);
        assertThat(stored.title()).isEqualTo("Pool alert on orders: utilization > 80% warning");
        assertThat(stored.timeline())
                .filteredOn(e -> e.kind() == TimelineKind.ALERT)
                .hasSize(2);
    }

    @Test
    void onlyWarnings_declareSev3_andATypedTitleWins() {
        WatchSession session = session(AlertRule.parse("utilization > 80% warning"));
        session.accept(scrape(10, 0));

        WatchRecording recording = watches.declare(store, session, null, "  orders pool saturated ");

        Incident stored = store.get(recording.id()).orElseThrow().incident();
        assertThat(stored.severity()).isEqualTo(Severity.SEV3);
        assertThat(stored.title()).isEqualTo("orders pool saturated");
        assertThat(stored.id()).matches("INC-\\d{8}-[A-Z0-9]{4}");
    }

    @Test
    void noAlertYet_declaresSev3_namedAfterTheEndpoint() {
        WatchSession session = session(AlertRule.parse("new_timeouts > 0 critical"));
        session.accept(scrape(2, 0));

        Incident stored = store.get(watches.declare(store, session, null, "").id())
                .orElseThrow()
                .incident();

        assertThat(stored.severity()).isEqualTo(Severity.SEV3);
        assertThat(stored.title()).isEqualTo("Live watch of 127.0.0.1:9");
    }

    @Test
    void save_mergesTheWatchIntoEditsMadeElsewhere_andRetriesAfterAConflict() {
        WatchSession session = session(AlertRule.parse("new_timeouts > 0 critical"));
        session.accept(scrape(4, 0));
        WatchRecording recording = watches.declare(store, session, "INC-20260101-BBBB", null);
        StoredIncident opened = store.get(recording.id()).orElseThrow();
        store.update(opened.incident().toBuilder().title("edited elsewhere").build(), opened.revision());
        session.accept(scrape(10, 2));
        session.addNote("restarted the pod");

        StoredIncident saved = recording.save().orElseThrow();

        assertThat(saved.incident().title()).isEqualTo("edited elsewhere");
        assertThat(saved.incident().timeline())
                .extracting(TimelineEntry::text)
                .contains("restarted the pod")
                .anyMatch(t -> t.contains("2 new connection timeout(s)"));
        assertThat(saved.incident().metrics().get(0).samples()).hasSize(2);
        // a second save with nothing new adds no entry twice
        assertThat(recording.save().orElseThrow().incident().timeline())
                .hasSameSizeAs(saved.incident().timeline());
    }

    @Test
    void save_afterTheIncidentWasDeleted_isEmpty() {
        WatchSession session = session(AlertRule.parse("new_timeouts > 0 critical"));
        session.accept(scrape(4, 0));
        WatchRecording recording = watches.declare(store, session, "INC-20260101-CCCC", null);
        store.delete(recording.id());

        assertThat(recording.save()).isEmpty();
    }

    private WatchSession session(AlertRule... rules) {
        return watches.open(
                URI.create("http://127.0.0.1:9/metrics"),
                WatchSettings.defaults().withInterval(Duration.ofSeconds(1)),
                List.of(rules));
    }

    private static String scrape(int active, long timeouts) {
        return "hikaricp_connections_active{pool=\"orders\"} " + active + "\n"
                + "hikaricp_connections_max{pool=\"orders\"} 10\n"
                + "hikaricp_connections_timeout_total{pool=\"orders\"} " + timeouts + "\n";
    }

    /** A clock one second further at each reading: scrapes get distinct, ordered times without sleeping. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }
}
