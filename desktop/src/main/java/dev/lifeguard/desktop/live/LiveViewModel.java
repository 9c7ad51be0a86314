package dev.lifeguard.desktop.live;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.concurrent.UiThread;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentIds;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertSeverity;
import dev.lifeguard.watch.EndpointStatus;
import dev.lifeguard.watch.WatchSession;
import dev.lifeguard.watch.WatchSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Live view's state: which endpoint to watch and how often, the endpoint's status, the samples per pool for
 * the chart, the current values, the alerts, the editable rules, and the incident declared from the watch.
 * Confined to the UI thread: the watch session polls on its own thread and {@link LiveFeed} hands its events
 * over. Stopping runs on the executor (it waits for a scrape in flight); only {@link #close()} blocks, on exit.
 */
public final class LiveViewModel {

    /** The endpoint the URL field starts with: the port the simulator's examples serve on. */
    public static final String DEFAULT_URL = "http://127.0.0.1:9404/metrics";
    /**
     * The shortest interval allowed. Each scrape brings at most one delivery to the UI thread, so this keeps the
     * view's updates at or below ten a second.
     */
    static final Duration MIN_INTERVAL = Duration.ofMillis(100);
    /** Samples per pool the chart keeps (an hour at 1 s); the declared incident keeps them all. */
    static final int CHART_SAMPLES = 3_600;
    /** Alerts the list keeps. */
    static final int ALERTS_SHOWN = 500;
    /** While data arrives, the declared incident is saved at most this often (also at each note and at Stop). */
    static final Duration SAVE_EVERY = Duration.ofSeconds(5);

    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final Clock clock;
    private final UiThread ui;
    private final Consumer<String> declared;
    private final DateTimeFormatter time;
    private final LiveRules rules = new LiveRules();
    private final StringProperty url = new SimpleStringProperty(DEFAULT_URL);
    private final StringProperty interval = new SimpleStringProperty("5s");
    private final StringProperty timeout = new SimpleStringProperty("2s");
    private final StringProperty incidentTitle = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<EndpointStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText =
            new ReadOnlyStringWrapper("Not watching. Enter the endpoint and press Start.");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> pools = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedPool = new SimpleObjectProperty<>();
    private final Map<String, ArrayDeque<MetricSample>> chartSamples = new HashMap<>();
    private final ReadOnlyLongWrapper chartRevision = new ReadOnlyLongWrapper();
    private final ObservableList<LiveReading> readings = FXCollections.observableArrayList();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper suggestedTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper declaredId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper recordingText = new ReadOnlyStringWrapper("");
    private WatchSession session;
    private LiveFeed feed;
    private Alert firstAlert;
    private LiveRecording recording;
    private boolean declaring;
    private boolean saving;
    private boolean saveAgain;
    private Instant lastSave = Instant.MIN;

    /**
     * @param ui       where the poller's events are delivered (the FX thread in the console)
     * @param declared told the id of each incident declared here, once it is in the store (the library refreshes)
     */
    public LiveViewModel(
            IncidentStore store,
            TaskExecutor executor,
            MessageCenter messages,
            Clock clock,
            UiThread ui,
            Consumer<String> declared) {
        this.store = requireNonNull(store, "store");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        this.clock = requireNonNull(clock, "clock");
        this.ui = requireNonNull(ui, "ui");
        this.declared = requireNonNull(declared, "declared");
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
        rules.rules().addListener((javafx.collections.ListChangeListener<RuleSetting>) c -> applyRulesToTheWatch());
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /**
     * Starts watching the URL with the interval, timeout and enabled rules as typed; the chart, alerts and any
     * earlier declared incident's recording start afresh. Nothing is polled before this.
     *
     * @return false, with {@link #problemProperty()} naming the field, when the input is not valid
     */
    public boolean start() {
        if (running.get()) {
            return true;
        }
        WatchSession next;
        try {
            URI endpoint = endpoint(url.get());
            Duration every = duration(interval.get(), "Interval");
            if (every.compareTo(MIN_INTERVAL) < 0) {
                throw new IllegalArgumentException("Interval: at least " + MIN_INTERVAL.toMillis() + " ms, was '"
                        + interval.get().strip() + "'");
            }
            WatchSettings settings =
                    WatchSettings.defaults().withInterval(every).withTimeout(duration(timeout.get(), "Timeout"));
            next = new WatchSession(endpoint, settings, rules.active(), clock);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        pools.clear();
        selectedPool.set(null);
        chartSamples.clear();
        readings.clear();
        alerts.clear();
        firstAlert = null;
        suggestedTitle.set("");
        recording = null;
        declaredId.set(null);
        recordingText.set("");
        chartRevision.set(chartRevision.get() + 1);
        LiveFeed fresh = new LiveFeed(ui, batch -> apply(batch, next));
        feed = fresh;
        session = next;
        next.addListener(fresh);
        running.set(true);
        setStatus(next.status());
        next.start();
        return true;
    }

    /** Stops polling (off the UI thread: a scrape may be in flight) and saves the declared incident a last time. */
    public void stop() {
        WatchSession s = session;
        if (s == null || !running.get()) {
            return;
        }
        running.set(false);
        statusText.set("Stopping…");
        BackgroundTask.of("Stopping the live watch of " + s.endpoint(), () -> {
                    s.stop();
                    return s.status();
                })
                .onSuccess(stopped -> {
                    if (s == session) {
                        setStatus(stopped);
                        save();
                    }
                })
                .onFailure(e -> messages.error("Stopping the live watch", e))
                .executeWith(executor);
    }

    /** On exit: stops polling, waits for the poller thread to end, and saves the declared incident. */
    public void close() {
        WatchSession s = session;
        if (s == null) {
            return;
        }
        running.set(false);
        s.stop();
        LiveRecording r = recording;
        if (r != null) {
            try {
                r.save(s.incident().orElseThrow());
            } catch (RuntimeException e) {
                messages.error("Saving the live recording of " + r.id(), e);
            }
        }
    }

    /**
     * Declares an incident from this watch: detected at the first alert, every alert on its timeline, the
     * recorded series attached; it is stored at once and kept up to date until Stop. The title is the one typed,
     * else {@link #suggestedTitleProperty()}.
     */
    public void declareIncident() {
        WatchSession s = session;
        if (s == null) {
            problem.set("Declare: start watching an endpoint first");
            return;
        }
        if (recording != null || declaring) {
            return;
        }
        // Declared in the session but not stored (the store refused the first write): store that one again.
        Optional<Incident> pending = s.incident();
        String title = pending.map(Incident::title)
                .orElseGet(
                        () -> incidentTitle.get() == null || incidentTitle.get().isBlank()
                                ? suggestedTitle()
                                : incidentTitle.get().strip());
        String id = pending.map(Incident::id).orElseGet(() -> IncidentIds.newId(LocalDate.now(clock)));
        Severity severity =
                alerts.stream().anyMatch(a -> a.severity() == AlertSeverity.CRITICAL) ? Severity.SEV2 : Severity.SEV3;
        LiveRecording r = new LiveRecording(store, id);
        declaring = true;
        problem.set("");
        BackgroundTask.of(
                        "Declaring " + id,
                        () -> r.create(
                                pending.isPresent()
                                        ? s.incident().orElseThrow()
                                        : s.declareIncident(id, title, severity)))
                .onSuccess(stored -> {
                    if (s != session) {
                        return;
                    }
                    recording = r;
                    lastSave = clock.instant();
                    declaredId.set(id);
                    describe(stored, running.get());
                    messages.info(
                            "Declared " + id,
                            title + ". It is in the library; recording goes on until Stop."
                                    + " Ctrl+Shift+N adds a note to its timeline.");
                    declared.accept(id);
                    if (!running.get()) {
                        save();
                    }
                })
                .onFailure(e -> {
                    messages.error("Declaring an incident from the live watch", e);
                    problem.set("Declare: " + id + " could not be stored; press Declare again to retry");
                })
                .onFinished(() -> declaring = false)
                .executeWith(executor);
    }

    /**
     * Adds a note stamped now to the declared incident's timeline and saves it.
     *
     * @return false, with {@link #problemProperty()} saying why, when there is no declared incident or no text
     */
    public boolean addNote(String text) {
        if (recording == null) {
            problem.set("Note: declare an incident first; notes go on its timeline");
            return false;
        }
        if (text == null || text.isBlank()) {
            problem.set("Note: write what happened first");
            return false;
        }
        session.addNote(text.strip());
        problem.set("");
        save();
        return true;
    }

    /**
     * Edits one field of a rule (see {@link LiveRules#edit}); while watching, the change applies from the next
     * scrape.
     *
     * @return false, with {@link #problemProperty()} naming the field, when the edit was rejected
     */
    public boolean editRule(int index, LiveRules.Field field, String text) {
        Optional<String> rejected = rules.edit(index, field, text);
        problem.set(rejected.orElse(""));
        return rejected.isEmpty();
    }

    /** Hands the enabled rules to the running watch: an edit during an incident counts at once. */
    private void applyRulesToTheWatch() {
        WatchSession s = session;
        if (s != null) {
            s.setRules(rules.active());
        }
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The exposition URL typed. */
    public StringProperty urlProperty() {
        return url;
    }

    /** The interval typed, e.g. {@code 5s}. */
    public StringProperty intervalProperty() {
        return interval;
    }

    /** The timeout typed, e.g. {@code 2s}. */
    public StringProperty timeoutProperty() {
        return timeout;
    }

    /** The title for the incident to declare; blank for {@link #suggestedTitleProperty()}. */
    public StringProperty incidentTitleProperty() {
        return incidentTitle;
    }

    /** True while polling. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The endpoint's status; null before the first Start. */
    public ReadOnlyObjectProperty<EndpointStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status in one line: up with the last scrape, or down with the reason and the next attempt. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Why the last command or edit was rejected, naming the field; empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The editable rules. */
    public LiveRules rules() {
        return rules;
    }

    /** The pools seen, in order of appearance. */
    public ObservableList<String> pools() {
        return pools;
    }

    /** The pool the chart shows. */
    public ObjectProperty<String> selectedPoolProperty() {
        return selectedPool;
    }

    /** The chart's samples of {@code pool}, oldest first (at most {@link #CHART_SAMPLES}). */
    public List<MetricSample> samples(String pool) {
        ArrayDeque<MetricSample> kept = pool == null ? null : chartSamples.get(pool);
        return kept == null ? List.of() : List.copyOf(kept);
    }

    /** Changes once per delivery that brought samples: the chart redraws on it. */
    public ReadOnlyLongProperty chartRevisionProperty() {
        return chartRevision.getReadOnlyProperty();
    }

    /** Each pool's latest sample. */
    public ObservableList<LiveReading> readings() {
        return readings;
    }

    /** The alerts, newest first (at most {@link #ALERTS_SHOWN}). */
    public ObservableList<Alert> alerts() {
        return alerts;
    }

    /** The title a declared incident gets when none is typed, from the first alert. */
    public ReadOnlyStringProperty suggestedTitleProperty() {
        return suggestedTitle.getReadOnlyProperty();
    }

    /** The id of the incident declared in this watch, or null. */
    public ReadOnlyStringProperty declaredIdProperty() {
        return declaredId.getReadOnlyProperty();
    }

    /** What the recording of the declared incident holds and when it was last saved; empty before declaring. */
    public ReadOnlyStringProperty recordingTextProperty() {
        return recordingText.getReadOnlyProperty();
    }

    /** Formats an instant as the view shows times, in the clock's zone. */
    public String formatTime(Instant at) {
        return at == null ? "—" : time.format(at);
    }

    // ---- Internals --------------------------------------------------------------------------------

    private void apply(LiveFeed.Batch batch, WatchSession from) {
        if (from != session) {
            return; // a late delivery from a watch stopped and replaced since
        }
        for (Map.Entry<String, MetricSample> e : batch.samples()) {
            ArrayDeque<MetricSample> kept = chartSamples.computeIfAbsent(e.getKey(), p -> {
                pools.add(p);
                return new ArrayDeque<>();
            });
            kept.addLast(e.getValue());
            if (kept.size() > CHART_SAMPLES) {
                kept.removeFirst();
            }
            updateReading(new LiveReading(e.getKey(), e.getValue()));
        }
        if (!batch.samples().isEmpty()) {
            if (selectedPool.get() == null) {
                selectedPool.set(pools.get(0));
            }
            chartRevision.set(chartRevision.get() + 1);
        }
        if (!batch.alerts().isEmpty()) {
            if (firstAlert == null) {
                firstAlert = batch.alerts().get(0);
                suggestedTitle.set("Pool alert on " + firstAlert.pool() + ": " + firstAlert.rule());
            }
            batch.alerts().forEach(a -> alerts.add(0, a));
            if (alerts.size() > ALERTS_SHOWN) {
                alerts.remove(ALERTS_SHOWN, alerts.size());
            }
            notifyOf(batch.alerts());
        }
        if (batch.status() != null && running.get()) {
            setStatus(batch.status());
        }
        boolean news = !batch.samples().isEmpty() || !batch.alerts().isEmpty();
        if (news
                && recording != null
                && Duration.between(lastSave, clock.instant()).compareTo(SAVE_EVERY) >= 0) {
            save();
        }
    }

    private void updateReading(LiveReading reading) {
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i).pool().equals(reading.pool())) {
                readings.set(i, reading);
                return;
            }
        }
        readings.add(reading);
    }

    /** New alerts as one banner message: the worst of them, loud for a critical one. */
    private void notifyOf(List<Alert> fresh) {
        Alert worst = fresh.stream().max(Comparator.comparing(Alert::severity)).orElseThrow();
        UserMessage.Level level =
                worst.severity() == AlertSeverity.CRITICAL ? UserMessage.Level.ERROR : UserMessage.Level.WARNING;
        // short: the banner's title does not wrap; the message says the severity, pool and rule
        String title = fresh.size() > 1
                ? fresh.size() + " new alerts"
                : worst.severity() == AlertSeverity.CRITICAL ? "Critical alert" : "Warning";
        String hint = recording == null ? " Declare an incident in the Live view to start recording it." : "";
        messages.show(new UserMessage(level, title, formatTime(worst.at()) + " " + worst.message() + "." + hint, ""));
    }

    private void setStatus(EndpointStatus s) {
        EndpointStatus before = status.get();
        if (s.state() == EndpointStatus.State.DOWN && (before == null || before.state() != EndpointStatus.State.DOWN)) {
            // once per outage: the status line carries every later failure and the retries
            messages.show(new UserMessage(
                    UserMessage.Level.WARNING,
                    "Endpoint down",
                    s.message() + (recording == null ? "" : " The declared incident notes the outage."),
                    ""));
        }
        status.set(s);
        statusText.set(
                switch (s.state()) {
                    case CONNECTING -> "Connecting to " + session.endpoint() + "…";
                    case UP -> "Up · " + s.message() + " · last scrape " + formatTime(s.lastSuccess());
                    case DOWN ->
                        "Down · " + s.message()
                                + (s.nextAttemptAt() == null
                                        ? ""
                                        : " (next attempt " + formatTime(s.nextAttemptAt()) + ")")
                                + (s.consecutiveFailures() > 1
                                        ? " · " + s.consecutiveFailures() + " failures in a row"
                                        : "");
                    case STOPPED ->
                        "Stopped" + (s.lastSuccess() == null ? "" : " · last scrape " + formatTime(s.lastSuccess()));
                });
    }

    /** Saves the declared incident in the background; a save asked for while one runs follows it. */
    private void save() {
        LiveRecording r = recording;
        WatchSession s = session;
        if (r == null) {
            return;
        }
        if (saving) {
            saveAgain = true;
            return;
        }
        saving = true;
        saveAgain = false;
        lastSave = clock.instant();
        BackgroundTask.of(
                        "Saving the live recording of " + r.id(),
                        () -> r.save(s.incident().orElseThrow()))
                .onSuccess(saved -> {
                    if (r != recording) {
                        return;
                    }
                    saved.ifPresentOrElse(stored -> describe(stored, running.get()), () -> {
                        recording = null;
                        recordingText.set(r.id() + " was deleted from the library; the watch no longer saves it");
                    });
                })
                .onFailure(e -> messages.error("Saving the live recording of " + r.id(), e))
                .onFinished(() -> {
                    saving = false;
                    if (saveAgain) {
                        save();
                    }
                })
                .executeWith(executor);
    }

    private void describe(StoredIncident stored, boolean recordingOn) {
        int samples = stored.incident().metrics().stream()
                .mapToInt(m -> m.samples().size())
                .sum();
        recordingText.set(stored.incident().id() + (recordingOn ? " · recording" : " · recording stopped") + " · "
                + samples + " samples, " + stored.incident().timeline().size() + " timeline entries · saved "
                + formatTime(clock.instant()));
    }

    private String suggestedTitle() {
        return suggestedTitle.get().isBlank()
                ? "Live watch of " + session.endpoint().getAuthority()
                : suggestedTitle.get();
    }

    private static URI endpoint(String text) {
        String value = text == null ? "" : text.strip();
        String example = "write it as http://HOST:PORT/PATH, e.g. " + DEFAULT_URL;
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("URL: '" + value + "' is not a URL; " + example, e);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "URL: '" + value + "' is not an http:// or https:// address; " + example);
        }
        return uri;
    }

    private static Duration duration(String text, String field) {
        try {
            Duration d = Duration.ofNanos(SimDuration.parse(text).nanos());
            if (d.isZero()) {
                throw new IllegalArgumentException("must be longer than zero");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
