package dev.lifeguard.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.desktop.workbench.watch.WatchService;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertSeverity;
import dev.lifeguard.watch.EndpointStatus.State;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Live view's model against a real loopback endpoint, a real watch session on its own thread, and a real
 * SQLite store; deliveries run on the test thread ({@link QueuedUiThread}) as they would on the FX thread.
 */
class LiveViewModelTest {

    @TempDir
    Path dir;

    private final QueuedUiThread ui = new QueuedUiThread();
    private final MessageCenter messages = new MessageCenter();
    private final List<String> declared = new CopyOnWriteArrayList<>();
    private ExpositionEndpoint endpoint;
    private SqliteIncidentStore store;
    private LiveViewModel model;

    @BeforeEach
    void setUp() {
        endpoint = new ExpositionEndpoint();
        store = SqliteIncidentStore.open(dir.resolve("live.db"));
        model = new LiveViewModel(
                new WatchService(store, Clock.systemDefaultZone()),
                new InlineTaskExecutor(),
                messages,
                ui,
                declared::add);
        model.endpoint().urlProperty().set(endpoint.url());
        model.endpoint().intervalProperty().set("100ms");
        model.endpoint().timeoutProperty().set("2s");
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        model.close();
        endpoint.close();
        store.close();
    }

    @Test
    void start_endpointGoesDownAndComesBack_statusShowsUpThenDownWithRetryThenUp() throws Exception {
        assertThat(model.statusProperty().get())
                .as("nothing polled before Start")
                .isNull();

        assertThat(model.start()).isTrue();
        ui.runUntil("up", () -> state() == State.UP);
        assertThat(model.statusTextProperty().get()).startsWith("Up · 1 pool(s) · last scrape ");
        assertThat(model.chart().pools()).containsExactly("orders");
        assertThat(model.chart().selectedPoolProperty().get()).isEqualTo("orders");

        endpoint.down();
        ui.runUntil("down", () -> state() == State.DOWN);
        assertThat(model.statusTextProperty().get())
                .startsWith("Down · cannot scrape " + endpoint.url())
                .contains("HTTP 503")
                .contains("retrying in")
                .contains("(next attempt ");
        assertThat(model.statusProperty().get().nextAttemptAt()).isNotNull();
        assertThat(model.runningProperty().get())
                .as("a failing endpoint is not fatal")
                .isTrue();

        endpoint.up();
        ui.runUntil("up again", () -> state() == State.UP);
        assertThat(model.statusTextProperty().get()).startsWith("Up · 1 pool(s)");
    }

    @Test
    void endpointDown_isAnnouncedInTheBannerOncePerOutage() throws Exception {
        model.start();
        ui.runUntil("up", () -> state() == State.UP);
        assertThat(messages.history()).isEmpty();

        endpoint.down();
        ui.runUntil(
                "two failures in a row",
                () -> state() == State.DOWN && model.statusProperty().get().consecutiveFailures() >= 2);

        assertThat(messages.history()).singleElement().satisfies(m -> {
            assertThat(m.severity()).isEqualTo(UserMessage.Level.WARNING);
            assertThat(m.title()).isEqualTo("Endpoint down");
            assertThat(m.text())
                    .contains("cannot scrape " + endpoint.url())
                    .contains("HTTP 503")
                    .contains("retrying in");
        });
    }

    @Test
    void timeoutCounterIncreases_raisesCriticalAlert_listedAndNotified() throws Exception {
        model.start();
        ui.runUntil("a baseline sample", () -> model.chart().samples("orders").size() >= 2);
        assertThat(model.alerts().alerts()).isEmpty();

        endpoint.serve(10, 6, 3);
        ui.runUntil("an alert", () -> !model.alerts().alerts().isEmpty());

        Alert alert = model.alerts().alerts().get(0);
        assertThat(alert.rule()).isEqualTo("connection timeouts");
        assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alert.pool()).isEqualTo("orders");
        assertThat(alert.message()).contains("3 new connection timeout(s)");
        UserMessage shown = messages.latestProperty().get();
        assertThat(shown.severity()).isEqualTo(UserMessage.Level.ERROR);
        assertThat(shown.title()).isEqualTo("Critical alert");
        assertThat(shown.text())
                .contains("CRITICAL orders: 3 new connection timeout(s)")
                .contains("[connection timeouts]");
        assertThat(model.alerts().readings()).singleElement().satisfies(r -> {
            assertThat(r.sample().timeoutsTotal()).isEqualTo(3);
            assertThat(r.sample().pending()).isEqualTo(6);
        });
        assertThat(model.alerts().suggestedTitleProperty().get())
                .isEqualTo("Pool alert on orders: connection timeouts");
    }

    @Test
    void disabledRule_timeoutCounterIncreases_raisesNoAlert() throws Exception {
        int timeouts = model.rules().rules().stream()
                .map(r -> r.rule().name())
                .toList()
                .indexOf("connection timeouts");
        model.rules().setEnabled(timeouts, false);
        model.start();
        ui.runUntil("a baseline sample", () -> model.chart().samples("orders").size() >= 2);

        endpoint.serve(10, 6, 3);
        ui.runUntil(
                "the increase seen",
                () -> !model.alerts().readings().isEmpty()
                        && model.alerts().readings().get(0).sample().timeoutsTotal() == 3);
        int seen = model.chart().samples("orders").size();
        // alerts of a sample are handed over before the next sample is taken
        ui.runUntil("the next sample", () -> model.chart().samples("orders").size() > seen);

        assertThat(model.alerts().alerts()).isEmpty();
    }

    @Test
    void declareIncident_storeRefusesTheWrite_saysSo_andDeclareAgainStoresTheSameIncident() throws Exception {
        model.close();
        store.close();
        // A store that gives up on a locked database after 200 ms, and another connection holding the lock.
        store = SqliteIncidentStore.open(dir.resolve("live.db"), new StoreOptions(4, 0, 200));
        model = new LiveViewModel(
                new WatchService(store, Clock.systemDefaultZone()),
                new InlineTaskExecutor(),
                messages,
                ui,
                declared::add);
        model.endpoint().urlProperty().set(endpoint.url());
        model.endpoint().intervalProperty().set("100ms");
        model.start();
        ui.runUntil("a baseline sample", () -> model.chart().samples("orders").size() >= 2);
        endpoint.serve(10, 6, 3);
        ui.runUntil("an alert", () -> !model.alerts().alerts().isEmpty());

        try (Connection lock = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("live.db"));
                Statement st = lock.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            model.declareIncident();
            st.execute("ROLLBACK");
        }

        assertThat(model.declaration().declaredIdProperty().get()).isNull();
        assertThat(model.problemProperty().get())
                .contains("could not be stored")
                .contains("Declare again");
        assertThat(declared).isEmpty();

        model.declareIncident();

        String id = model.declaration().declaredIdProperty().get();
        assertThat(id)
                .as(model.problemProperty().get() + " / "
                        + messages.latestProperty().get())
                .isNotNull();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(declared).containsExactly(id);
        assertThat(store.get(id).orElseThrow().incident().timeline())
                .filteredOn(e -> e.kind() == TimelineKind.ALERT)
                .isNotEmpty();
    }

    @Test
    void declareIncident_afterAlert_storesIncidentDetectedAtFirstAlert_andKeepsRecordingNotesAndSeries()
            throws Exception {
        model.start();
        ui.runUntil("a baseline sample", () -> model.chart().samples("orders").size() >= 2);
        endpoint.serve(10, 6, 3);
        ui.runUntil("an alert", () -> !model.alerts().alerts().isEmpty());
        Alert first = model.alerts().alerts().get(model.alerts().alerts().size() - 1);

        model.declareIncident();

        String id = model.declaration().declaredIdProperty().get();
        assertThat(id).matches("INC-\\d{8}-[A-Z0-9]{4}");
        assertThat(declared).containsExactly(id);
        Incident stored = store.get(id).orElseThrow().incident();
        assertThat(stored.title()).isEqualTo("Pool alert on orders: connection timeouts");
        assertThat(stored.severity()).isEqualTo(Severity.SEV2);
        assertThat(stored.detectedAt().toInstant()).isEqualTo(first.at());
        assertThat(stored.timeline())
                .filteredOn(e -> e.kind() == TimelineKind.ALERT)
                .extracting(TimelineEntry::text)
                .contains(first.message());
        PoolMetricSeries series = stored.metrics().get(0);
        assertThat(series.pool()).isEqualTo("orders");
        int samplesAtDeclaration = series.samples().size();
        assertThat(samplesAtDeclaration).isGreaterThanOrEqualTo(3);
        assertThat(series.samples().get(samplesAtDeclaration - 1).timeoutsTotal())
                .isEqualTo(3);
        assertThat(model.declaration().recordingTextProperty().get()).startsWith(id + " · recording · ");

        assertThat(model.addNote("restarted orders-api pod 2")).isTrue();
        assertThat(store.get(id).orElseThrow().incident().timeline())
                .filteredOn(e -> e.kind() == TimelineKind.NOTE)
                .extracting(TimelineEntry::text)
                .containsExactly("restarted orders-api pod 2");

        int shown = model.chart().samples("orders").size();
        ui.runUntil("more samples", () -> model.chart().samples("orders").size() >= shown + 3);
        model.stop();

        Incident last = store.get(id).orElseThrow().incident();
        assertThat(last.metrics().get(0).samples().size()).isGreaterThan(samplesAtDeclaration + 2);
        assertThat(last.timeline()).extracting(TimelineEntry::text).contains("restarted orders-api pod 2");
        assertThat(model.statusProperty().get().state()).isEqualTo(State.STOPPED);
        assertThat(model.declaration().recordingTextProperty().get()).startsWith(id + " · recording stopped · ");
    }

    @Test
    void workspaceEditsWhileRecording_areKeptBySaves() throws Exception {
        model.start();
        ui.runUntil("a baseline sample", () -> model.chart().samples("orders").size() >= 2);
        model.declareIncident();
        String id = model.declaration().declaredIdProperty().get();
        var opened = store.get(id).orElseThrow();
        store.update(
                opened.incident().toBuilder()
                        .title("orders pool exhausted after deploy")
                        .build(),
                opened.revision());

        assertThat(model.addNote("rolled back")).isTrue();

        Incident saved = store.get(id).orElseThrow().incident();
        assertThat(saved.title()).isEqualTo("orders pool exhausted after deploy");
        assertThat(saved.timeline()).extracting(TimelineEntry::text).contains("rolled back");
    }

    @Test
    void noteWithoutDeclaredIncident_isRejectedWithReason() {
        assertThat(model.addNote("pool at 10/10")).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Note: declare an incident first");
    }

    @Test
    void invalidInput_startRejectedNamingTheField_andNothingPolls() {
        model.endpoint().urlProperty().set("ftp://127.0.0.1/metrics");
        assertThat(model.start()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("URL: 'ftp://127.0.0.1/metrics' is not an http://");

        model.endpoint().urlProperty().set(endpoint.url());
        model.endpoint().intervalProperty().set("fast");
        assertThat(model.start()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Interval: 'fast' is not a duration");

        model.endpoint().intervalProperty().set("50ms");
        assertThat(model.start()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Interval: at least 100 ms, was '50ms'");

        model.endpoint().intervalProperty().set("1s");
        model.endpoint().timeoutProperty().set("0s");
        assertThat(model.start()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Timeout: ");

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isNull();
        assertThat(watchThreads()).isEmpty();
    }

    @Test
    void ruleEditWhileWatching_appliesFromTheNextScrape() throws Exception {
        model.start();
        ui.runUntil("a baseline sample", () -> model.chart().samples("orders").size() >= 2);

        // Waiting threads alert after one minute by default; during the incident, make it immediate.
        assertThat(model.editRule(3, LiveRules.Field.HOLD, "0s")).isTrue();
        assertThat(model.problemProperty().get()).isEmpty();
        endpoint.serve(5, 6, 0);
        ui.runUntil("an alert", () -> !model.alerts().alerts().isEmpty());

        assertThat(model.alerts().alerts())
                .extracting(Alert::rule)
                .containsExactly(model.rules().rules().get(3).rule().name());
        assertThat(model.alerts().alerts().get(0).message()).contains("6 threads waiting");

        // A rejected edit is still named, and changes nothing.
        assertThat(model.editRule(0, LiveRules.Field.THRESHOLD, "170")).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Threshold");
        assertThat(model.rules().rules().get(0).thresholdText()).isEqualTo("80 %");
    }

    @Test
    void close_whileWatching_leavesNoWatchThread() throws Exception {
        model.start();
        ui.runUntil("up", () -> state() == State.UP);
        assertThat(watchThreads()).isNotEmpty();

        model.close();

        assertThat(watchThreads()).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    private State state() {
        return model.statusProperty().get() == null
                ? null
                : model.statusProperty().get().state();
    }

    private static List<Thread> watchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("lifeguard-watch"))
                .toList();
    }
}
