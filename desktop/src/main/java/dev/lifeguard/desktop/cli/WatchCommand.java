package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.watch.WatchRecording;
import dev.lifeguard.desktop.workbench.watch.WatchService;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.AlertSeverity;
import dev.lifeguard.watch.EndpointStatus;
import dev.lifeguard.watch.WatchListener;
import dev.lifeguard.watch.WatchSession;
import dev.lifeguard.watch.WatchSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code watch URL}: polls a Prometheus endpoint headless, prints alerts, optionally declares an incident in
 * the store and exits non-zero on an alert of a chosen severity.
 */
@Command(
        name = "watch",
        description = {
            "Watch a Prometheus endpoint (e.g. /actuator/prometheus) and print pool alerts.",
            "A failed scrape is reported on stderr with the reason and retried with doubling waits (up to 1 min);"
                    + " it never ends the watch.",
            "Exits 1 when --exit-on fires, 0 when --for elapses or on Ctrl-C, 2 on bad input."
        })
public final class WatchCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d{1,12})\\s*(b|([kmg])i?b?)?\\s*");

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "URL", description = "The exposition endpoint, http:// or https://.")
    String url;

    @Option(
            names = "--interval",
            paramLabel = "DURATION",
            defaultValue = "5s",
            description = "Time between scrapes (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "2s",
            description = "Time one scrape may take, the whole exchange with its body (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(
            names = "--max-body",
            paramLabel = "SIZE",
            defaultValue = "16MB",
            description = "The largest scrape read, e.g. 512KB or 64MB (binary units); a larger one is cut off and"
                    + " reported (default: ${DEFAULT-VALUE}).")
    String maxBody;

    @Option(names = "--for", paramLabel = "DURATION", description = "Stop after this long (default: until Ctrl-C).")
    String runFor;

    @Option(
            names = "--exit-on",
            paramLabel = "SEVERITY",
            description = "Stop and exit 1 at the first alert of this severity or worse: warning or critical.")
    String exitOn;

    @Option(
            names = "--declare",
            description = "At the first alert, declare an incident in the store; it keeps"
                    + " recording until the watch ends.")
    boolean declare;

    @Option(names = "--id", paramLabel = "ID", description = "The declared incident's id (default: a new one).")
    String id;

    @Option(names = "--title", paramLabel = "TEXT", description = "The declared incident's title.")
    String title;

    @Option(
            names = "--rule",
            paramLabel = "RULE",
            description = {
                "An alert rule instead of the defaults, e.g. 'utilization > 90%% for 2m critical'. Repeatable.",
                "Defaults: utilization > 80%% for 5m warning; > 90%% for 2m critical; new_timeouts > 0 critical;"
                        + " pending > 0 for 1m warning."
            })
    List<String> rules = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WatchSettings settings;
        List<AlertRule> alertRules;
        URI endpoint;
        AlertSeverity exitSeverity;
        Duration limit;
        try {
            settings = WatchSettings.defaults()
                    .withInterval(duration(interval, "--interval"))
                    .withTimeout(duration(timeout, "--timeout"))
                    .withMaxBodyBytes(bytes(maxBody, "--max-body"));
            alertRules = rules.isEmpty()
                    ? AlertRule.defaults()
                    : rules.stream().map(AlertRule::parse).toList();
            endpoint = URI.create(url);
            exitSeverity = exitOn == null ? null : severity(exitOn);
            limit = runFor == null ? null : duration(runFor, "--for");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Alert> exitAlert = new AtomicReference<>();
        AtomicBoolean alerted = new AtomicBoolean();
        try (IncidentStore incidents = declare ? store.open() : null) {
            WatchService watches = declare ? new WatchService(incidents, Clock.systemDefaultZone()) : null;
            WatchSession created;
            try {
                created = watches != null
                        ? watches.open(endpoint, settings, alertRules)
                        : new WatchSession(endpoint, settings, alertRules, Clock.systemDefaultZone());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            try (WatchSession session = created) {
                session.addListener(new WatchListener() {
                    @Override
                    public void onAlert(Alert alert) {
                        synchronized (out) {
                            out.println(alert.at() + " " + TerminalText.line(alert.message()));
                            out.flush();
                        }
                        alerted.set(true);
                        if (exitSeverity != null
                                && alert.severity().compareTo(exitSeverity) >= 0
                                && exitAlert.compareAndSet(null, alert)) {
                            done.countDown();
                        }
                    }

                    @Override
                    public void onStatus(EndpointStatus status) {
                        if (status.state() == EndpointStatus.State.DOWN) {
                            synchronized (err) {
                                err.println("lifeguard watch: " + TerminalText.line(status.message()));
                                err.flush();
                            }
                        }
                    }
                });
                Thread hook = new Thread(done::countDown, "lifeguard-watch-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                err.println(
                        "watching " + endpoint + " every " + settings.interval().toMillis() + " ms");
                err.flush();
                session.start();
                WatchRecording recording = null;
                try {
                    if (watches != null) {
                        recording = awaitAndDeclare(watches, session, done, alerted, limit);
                    } else if (limit == null) {
                        done.await();
                    } else {
                        done.await(limit.toMillis(), TimeUnit.MILLISECONDS);
                    }
                } finally {
                    session.stop();
                    removeHook(hook);
                }
                if (recording != null) {
                    saved(recording.id(), recording.save(), out);
                }
            }
        }
        return exitAlert.get() != null ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /**
     * Waits for the end, declaring the incident as soon as an alert fires and saving it while data arrives (at most
     * every {@link WatchRecording#SAVE_EVERY}); returns the recording, or null when no alert fired.
     */
    private WatchRecording awaitAndDeclare(
            WatchService watches, WatchSession session, CountDownLatch done, AtomicBoolean alerted, Duration limit)
            throws InterruptedException {
        long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        WatchRecording recording = null;
        long lastSave = System.nanoTime();
        while (!done.await(100, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
            if (recording == null && alerted.get()) {
                recording = declareNow(watches, session);
                lastSave = System.nanoTime();
            } else if (recording != null && System.nanoTime() - lastSave >= WatchRecording.SAVE_EVERY.toNanos()) {
                recording.save();
                lastSave = System.nanoTime();
            }
        }
        return recording == null && alerted.get() ? declareNow(watches, session) : recording;
    }

    private WatchRecording declareNow(WatchService watches, WatchSession session) {
        WatchRecording recording = watches.declare(session, id, title);
        String declaredTitle = session.incident().orElseThrow().title();
        PrintWriter out = spec.commandLine().getOut();
        synchronized (out) {
            out.println("declared " + recording.id() + " (" + TerminalText.line(declaredTitle) + ")");
            out.flush();
        }
        return recording;
    }

    private static void saved(String incidentId, Optional<StoredIncident> saved, PrintWriter out) {
        synchronized (out) {
            if (saved.isEmpty()) {
                out.println(incidentId + ": deleted from the store while watching; not saved again");
            } else {
                Incident incident = saved.get().incident();
                out.println(incidentId + ": saved with "
                        + incident.metrics().stream()
                                .mapToInt(m -> m.samples().size())
                                .sum() + " samples, " + incident.timeline().size()
                        + " timeline entries (revision " + saved.get().revision() + ")");
            }
            out.flush();
        }
    }

    private static AlertSeverity severity(String text) {
        for (AlertSeverity s : AlertSeverity.values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("--exit-on: '" + text + "' is not warning or critical");
    }

    static Duration duration(String text, String option) {
        try {
            return Duration.ofNanos(SimDuration.parse(text).nanos());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** A size such as {@code 16MB}, {@code 512KiB} or {@code 1048576}: K, M and G are powers of 1024. */
    static long bytes(String text, String option) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a size such as 512KB or 16MB");
        }
        long value = Long.parseLong(m.group(1));
        int shift = m.group(3) == null
                ? 0
                : switch (Character.toLowerCase(m.group(3).charAt(0))) {
                    case 'k' -> 10;
                    case 'm' -> 20;
                    default -> 30;
                };
        if (value < 1 || value > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException(option + ": '" + text + "' must be between 1 byte and 8 EiB");
        }
        return value << shift;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running, nothing to remove
        }
    }
}
