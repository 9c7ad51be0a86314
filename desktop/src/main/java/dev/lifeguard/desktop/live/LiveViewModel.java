package dev.lifeguard.desktop.live;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.concurrent.UiThread;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.desktop.workbench.watch.WatchService;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertSeverity;
import dev.lifeguard.watch.EndpointStatus;
import dev.lifeguard.watch.WatchSession;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * The Live view's state: runs the watch (start, stop, close), shows the endpoint's status, and hands what the
 * watch sees to its parts: {@link LiveEndpointSettings} (what to watch), {@link LiveChartModel} (the chart),
 * {@link LiveAlerts} (current values and alerts), {@link LiveRules} and {@link LiveDeclaration} (the incident
 * declared from the watch). Confined to the UI thread: the watch session polls on its own thread and
 * {@link LiveFeed} hands its events over. Stopping runs on the executor (it waits for a scrape in flight); only
 * {@link #close()} blocks, on exit.
 */
public final class LiveViewModel {

    private final WatchService watches;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final UiThread ui;
    private final DateTimeFormatter time;
    private final LiveEndpointSettings endpoint = new LiveEndpointSettings();
    private final LiveRules rules = new LiveRules();
    private final LiveChartModel chart = new LiveChartModel();
    private final LiveAlerts alerts = new LiveAlerts();
    private final LiveDeclaration declaration;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<EndpointStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText =
            new ReadOnlyStringWrapper("Not watching. Enter the endpoint and press Start.");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private WatchSession session;

    /**
     * @param watches  opens watches and declares incidents from them (the workbench's use case)
     * @param store    where declared incidents are stored and kept saved
     * @param ui       where the poller's events are delivered (the FX thread in the console)
     * @param declared told the id of each incident declared here, once it is in the store (the library refreshes)
     */
    public LiveViewModel(
            WatchService watches,
            IncidentStore store,
            TaskExecutor executor,
            MessageCenter messages,
            UiThread ui,
            Consumer<String> declared) {
        this.watches = requireNonNull(watches, "watches");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        this.ui = requireNonNull(ui, "ui");
        this.time =
                DateTimeFormatter.ofPattern("HH:mm:ss").withZone(watches.clock().getZone());
        this.declaration =
                new LiveDeclaration(watches, store, executor, messages, this::formatTime, running::get, declared);
        rules.rules().addListener((ListChangeListener<RuleSetting>) c -> applyRulesToTheWatch());
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
            LiveEndpointSettings.Typed typed = endpoint.typed();
            next = watches.open(typed.endpoint(), typed.settings(), rules.active());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        chart.clear();
        alerts.clear();
        declaration.reset(next);
        LiveFeed fresh = new LiveFeed(ui, batch -> apply(batch, next));
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
                        declaration.save();
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
        declaration.saveNow();
    }

    /**
     * Declares an incident from this watch: detected at the first alert, every alert on its timeline, the
     * recorded series attached; it is stored at once and kept up to date until Stop. The title is the one typed,
     * else {@link LiveAlerts#suggestedTitleProperty()}.
     */
    public void declareIncident() {
        declaration.declare(problem::set);
    }

    /**
     * Adds a note stamped now to the declared incident's timeline and saves it.
     *
     * @return false, with {@link #problemProperty()} saying why, when there is no declared incident or no text
     */
    public boolean addNote(String text) {
        problem.set(declaration.addNote(text));
        return problem.get().isEmpty();
    }

    /**
     * Edits one field of a rule (see {@link LiveRules#edit}); while watching, the change applies from the next
     * scrape.
     *
     * @return false, with {@link #problemProperty()} naming the field, when the edit was rejected
     */
    public boolean editRule(int index, LiveRules.Field field, String text) {
        String rejected = rules.edit(index, field, text).orElse("");
        problem.set(rejected);
        return rejected.isEmpty();
    }

    /** Hands the enabled rules to the running watch: an edit during an incident counts at once. */
    private void applyRulesToTheWatch() {
        WatchSession s = session;
        if (s != null) {
            s.setRules(rules.active());
        }
    }

    // ---- Parts and properties ---------------------------------------------------------------------

    /** What to watch and how often. */
    public LiveEndpointSettings endpoint() {
        return endpoint;
    }

    /** The editable rules. */
    public LiveRules rules() {
        return rules;
    }

    /** The chart's pools and samples. */
    public LiveChartModel chart() {
        return chart;
    }

    /** The current values and the alerts. */
    public LiveAlerts alerts() {
        return alerts;
    }

    /** The incident declared from the watch. */
    public LiveDeclaration declaration() {
        return declaration;
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

    /** Formats an instant as the view shows times, in the clock's zone. */
    public String formatTime(Instant at) {
        return at == null ? "—" : time.format(at);
    }

    // ---- Internals --------------------------------------------------------------------------------

    private void apply(LiveFeed.Batch batch, WatchSession from) {
        if (from != session) {
            return; // a late delivery from a watch stopped and replaced since
        }
        chart.add(batch.samples());
        alerts.addSamples(batch.samples());
        if (!batch.alerts().isEmpty()) {
            alerts.addAlerts(batch.alerts());
            notifyOf(batch.alerts());
        }
        if (batch.status() != null && running.get()) {
            setStatus(batch.status());
        }
        if (!batch.samples().isEmpty() || !batch.alerts().isEmpty()) {
            declaration.dataArrived();
        }
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
        String hint = declaration.recording() ? "" : " Declare an incident in the Live view to start recording it.";
        messages.show(new UserMessage(level, title, formatTime(worst.at()) + " " + worst.message() + "." + hint, ""));
    }

    private void setStatus(EndpointStatus s) {
        EndpointStatus before = status.get();
        if (s.state() == EndpointStatus.State.DOWN && (before == null || before.state() != EndpointStatus.State.DOWN)) {
            // once per outage: the status line carries every later failure and the retries
            messages.show(new UserMessage(
                    UserMessage.Level.WARNING,
                    "Endpoint down",
                    s.message() + (declaration.recording() ? " The declared incident notes the outage." : ""),
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
}
