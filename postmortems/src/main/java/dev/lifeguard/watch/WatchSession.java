package dev.lifeguard.watch;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentBuilder;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.postmortem.redact.Redactor;
import dev.lifeguard.scrape.IngestProblems;
import dev.lifeguard.scrape.IngestRedaction;
import dev.lifeguard.scrape.PrometheusTextReader;
import dev.lifeguard.scrape.SampleDerivation;
import dev.lifeguard.scrape.SeriesAssembler;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches a Prometheus exposition endpoint: polls it on a named daemon thread, records one series per pool,
 * applies alert rules, and can declare an incident that keeps collecting series, alerts and notes until the
 * session stops. A failing endpoint is reported and retried with doubling waits, never fatal.
 *
 * <p>Time comes from the injected {@link Clock}; {@link #pollOnce()} and {@link #accept(String)} run one step
 * synchronously, so tests need neither sleeps nor the poller thread.
 * Over 300 lines because polling with back-off, the alert rules and the declared incident's recording share one
 * lock and one state.
 */
public final class WatchSession implements AutoCloseable {

    private final URI endpoint;
    private final WatchSettings settings;
    private AlertEvaluator evaluator;
    private final Clock clock;
    private final List<WatchListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, ArrayDeque<MetricSample>> recorded = new LinkedHashMap<>();
    private final List<Alert> alerts = new ArrayList<>();
    /** series name → the derivation its scrapes go through, kept across scrapes (rates, histogram increases). */
    private final Map<String, SampleDerivation> derivations = new HashMap<>();

    private final List<TimelineEntry> notes = new ArrayList<>();
    private final Scraper scraper;
    private ScheduledExecutorService poller;
    private volatile Thread pollerThread;
    private EndpointStatus status;
    private Incident declared;
    private long dropped;
    /** The reason of the last failed scrape, so a run of the same failure is noted once. */
    private String lastFailure;

    private int outageNotes;
    private long outageNotesDropped;

    /** Outage notes kept on the timeline; a flapping endpoint beyond this is counted in the incident's notes. */
    private static final int MAX_OUTAGE_NOTES = 200;

    /**
     * A session that has not started polling yet.
     *
     * @param endpoint the exposition URL, e.g. {@code http://127.0.0.1:8080/actuator/prometheus}
     */
    public WatchSession(URI endpoint, WatchSettings settings, List<AlertRule> rules, Clock clock) {
        this.endpoint = requireNonNull(endpoint, "endpoint");
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) && !"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalArgumentException("watch URL must be http:// or https://, was '" + endpoint + "'");
        }
        this.settings = requireNonNull(settings, "settings");
        this.evaluator = new AlertEvaluator(rules);
        this.clock = requireNonNull(clock, "clock");
        this.scraper = new Scraper(endpoint, settings.timeout(), settings.maxBodyBytes());
        this.status = new EndpointStatus(EndpointStatus.State.CONNECTING, "not polled yet", null, 0, null);
    }

    /** Adds a listener (called on the poller thread). */
    public void addListener(WatchListener listener) {
        listeners.add(requireNonNull(listener, "listener"));
    }

    /** Starts polling now, then every interval (or with backoff while down). */
    public synchronized void start() {
        if (poller != null) {
            throw new IllegalStateException("watch of " + endpoint + " is already running");
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lifeguard-watch " + endpoint.getAuthority());
            t.setDaemon(true);
            pollerThread = t;
            return t;
        });
        poller.schedule(this::pollAndReschedule, 0, TimeUnit.MILLISECONDS);
    }

    private void pollAndReschedule() {
        Duration next = settings.maxBackoff();
        try {
            next = pollOnce();
        } finally {
            // whatever happened in the scrape, the next one is scheduled: a watch never stops by itself
            synchronized (this) {
                if (poller != null && !poller.isShutdown()) {
                    poller.schedule(this::pollAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /**
     * Scrapes once, synchronously, and returns how long to wait before the next scrape: the interval after a
     * success, a doubling backoff (capped) after a failure of any kind, each failure reported to the listeners
     * and noted on the timeline.
     */
    public Duration pollOnce() {
        try {
            accept(scraper.fetch());
            return settings.interval();
        } catch (ScrapeException e) {
            return failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return settings.interval();
        } catch (RuntimeException e) {
            // a bug in reading the scrape or in a listener: reported and retried like any failure, never fatal
            return failed("unexpected " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private Duration failed(String reason) {
        EndpointStatus next;
        Duration wait;
        synchronized (this) {
            int failures = status.consecutiveFailures() + 1;
            wait = backoff(failures);
            Instant now = clock.instant();
            next = new EndpointStatus(
                    EndpointStatus.State.DOWN,
                    "cannot scrape " + shownEndpoint() + ": " + reason + "; retrying in " + human(wait),
                    status.lastSuccess(),
                    failures,
                    now.plus(wait));
            if (status.state() != EndpointStatus.State.DOWN || !reason.equals(lastFailure)) {
                outage(now, "Scrape of " + shownEndpoint() + " failed: " + reason);
            }
            lastFailure = reason;
            status = next;
        }
        for (WatchListener l : listeners) {
            try {
                l.onStatus(next);
            } catch (RuntimeException e) {
                // a listener that cannot take the report cannot be told about it either; the others still are
            }
        }
        return wait;
    }

    /** A timeline note about the endpoint (kept for a declared incident), bounded so an outage cannot grow it. */
    private void outage(Instant at, String text) {
        if (outageNotes >= MAX_OUTAGE_NOTES) {
            outageNotesDropped++;
            return;
        }
        outageNotes++;
        notes.add(new TimelineEntry(offset(at), TimelineKind.NOTE, text, null, "watch"));
    }

    private static String human(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? wait.toMillis() + " ms" : wait.toSeconds() + "s";
    }

    /** The wait after {@code failures} failed scrapes in a row: interval × 2^(failures−1), capped. */
    Duration backoff(int failures) {
        Duration wait = settings.interval();
        for (int i = 1; i < failures && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    /** Takes one scrape's text as if just fetched, timestamped now. */
    public void accept(String exposition) {
        Instant at = clock.instant();
        SeriesAssembler assembler = new SeriesAssembler();
        IngestProblems problems = new IngestProblems();
        PrometheusTextReader reader = new PrometheusTextReader(assembler, problems, at, settings.interval());
        // Labels are masked like every other way in: a pool named after its JDBC URL keeps no password.
        IngestRedaction redaction = new IngestRedaction(problems);
        long[] lineNo = {0};
        exposition.lines().forEach(line -> reader.accept(redaction.line(line, ++lineNo[0])));
        List<Alert> fired = new ArrayList<>();
        List<Map.Entry<String, MetricSample>> samples = new ArrayList<>();
        EndpointStatus next;
        synchronized (this) {
            for (PoolMetricSeries scraped :
                    assembler.build(source(), name -> derivations.computeIfAbsent(name, n -> new SampleDerivation()))) {
                MetricSample sample = scraped.samples().get(scraped.samples().size() - 1);
                ArrayDeque<MetricSample> series = recorded.computeIfAbsent(scraped.pool(), p -> new ArrayDeque<>());
                if (!series.isEmpty() && sample.at().isBefore(series.peekLast().at())) {
                    continue; // the clock stepped back: keep the series in order
                }
                series.addLast(sample);
                if (series.size() > settings.maxSamplesPerPool()) {
                    series.removeFirst();
                    dropped++;
                }
                samples.add(Map.entry(scraped.pool(), sample));
                fired.addAll(evaluator.evaluate(scraped.pool(), sample));
            }
            alerts.addAll(fired);
            String message = samples.isEmpty() ? "no HikariCP metrics in the scrape" : samples.size() + " pool(s)";
            if (problems.malformed() > 0) {
                message += ", " + problems.malformed() + " malformed line(s) skipped";
            }
            if (status.state() == EndpointStatus.State.DOWN) {
                outage(
                        at,
                        "Scrapes of " + endpoint + " resumed after " + status.consecutiveFailures()
                                + " failed attempt(s)");
            }
            next = new EndpointStatus(EndpointStatus.State.UP, message, at, 0, at.plus(settings.interval()));
            status = next;
        }
        for (WatchListener l : listeners) {
            samples.forEach(e -> l.onSample(e.getKey(), e.getValue()));
            fired.forEach(l::onAlert);
            l.onStatus(next);
        }
    }

    private String source() {
        return "live:" + shownEndpoint();
    }

    /** The endpoint as recorded and shown: a URL may carry {@code user:password@}, which is masked. */
    private String shownEndpoint() {
        return Redactor.mask(endpoint.toString());
    }

    /**
     * Declares an incident now: detected at the first alert (or now, when none fired yet), with every alert on
     * its timeline and the recorded series attached. Recording continues; {@link #incident()} returns it with
     * everything gathered so far.
     *
     * @throws IllegalStateException when an incident was already declared in this session
     */
    public synchronized Incident declareIncident(String id, String title, Severity severity) {
        if (declared != null) {
            throw new IllegalStateException("incident " + declared.id() + " was already declared in this watch");
        }
        OffsetDateTime now = clock.instant().atZone(clock.getZone()).toOffsetDateTime();
        OffsetDateTime detected = alerts.isEmpty() ? now : offset(alerts.get(0).at());
        declared = Incident.builder(id, title, severity)
                .detectedAt(detected)
                .tags(List.of("live-watch"))
                .summary("Declared from a live watch of " + endpoint + ".")
                .build();
        notes.add(new TimelineEntry(
                now, TimelineKind.ACTION, "Incident declared from live watch of " + endpoint, null, "watch"));
        return incident().orElseThrow();
    }

    /** Applies {@code rules} from the next scrape on (see {@link AlertEvaluator#withRules}); past alerts stay. */
    public synchronized void setRules(List<AlertRule> rules) {
        evaluator = evaluator.withRules(rules);
    }

    /** Adds a note to the declared incident's timeline, stamped now. */
    public synchronized void addNote(String text) {
        if (declared == null) {
            throw new IllegalStateException("declare an incident before adding notes");
        }
        notes.add(new TimelineEntry(
                clock.instant().atZone(clock.getZone()).toOffsetDateTime(),
                TimelineKind.NOTE,
                Redactor.mask(text),
                null,
                "watch"));
    }

    /** The declared incident with the alerts, notes and series so far; empty when none was declared. */
    public synchronized Optional<Incident> incident() {
        if (declared == null) {
            return Optional.empty();
        }
        IncidentBuilder builder = declared.toBuilder();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Alert a : alerts) {
            timeline.add(AlertTimeline.entry(a, clock.getZone()));
        }
        timeline.addAll(notes);
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        builder.timeline(timeline).metrics(series());
        if (dropped > 0) {
            builder.addNote(dropped + " early samples were dropped to keep the recording bounded");
        }
        if (outageNotesDropped > 0) {
            builder.addNote(outageNotesDropped + " further scrape failures or recoveries were not put on the"
                    + " timeline (limit " + MAX_OUTAGE_NOTES + ")");
        }
        return Optional.of(builder.build());
    }

    private OffsetDateTime offset(Instant at) {
        return at.atZone(clock.getZone()).toOffsetDateTime();
    }

    private synchronized List<PoolMetricSeries> series() {
        List<PoolMetricSeries> out = new ArrayList<>();
        recorded.forEach((pool, samples) -> out.add(new PoolMetricSeries(pool, source(), List.copyOf(samples))));
        return out;
    }

    /** An immutable view of everything so far. */
    public synchronized WatchSnapshot snapshot() {
        return new WatchSnapshot(status, series(), alerts, declared == null ? null : declared.id());
    }

    /** The endpoint's current status. */
    public synchronized EndpointStatus status() {
        return status;
    }

    /** The URL watched. */
    public URI endpoint() {
        return endpoint;
    }

    /** Stops polling and waits for an in-flight scrape to end; the recording stays readable. */
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = poller;
            poller = null;
            status = new EndpointStatus(
                    EndpointStatus.State.STOPPED, "stopped", status.lastSuccess(), status.consecutiveFailures(), null);
        }
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
                Thread thread = pollerThread;
                if (thread != null && thread != Thread.currentThread()) {
                    // the pool reports termination just before its worker thread ends: join it, leave nothing behind
                    thread.join(settings.timeout().toMillis() + 1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
