package dev.lifeguard.desktop.workbench.watch;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentIds;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.WatchSession;
import dev.lifeguard.watch.WatchSettings;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Watches an endpoint and declares incidents from it, for the command line and the console alike: the title and
 * severity follow {@link DeclarationRules}, and saves merge through {@link WatchRecording}. Built once by the
 * {@code Workbench}; like the other services it holds no store, each declaration names the store it goes to.
 */
public final class WatchService {

    private final Clock clock;

    /** Watches whose times and new incident ids come from {@code clock}. */
    public WatchService(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** The clock the watches run on. */
    public Clock clock() {
        return clock;
    }

    /**
     * A watch of {@code endpoint} that has not started polling.
     *
     * @throws IllegalArgumentException when the endpoint is not http:// or https://
     */
    public WatchSession open(URI endpoint, WatchSettings settings, List<AlertRule> rules) {
        return new WatchSession(endpoint, settings, rules, clock);
    }

    /**
     * Declares an incident from {@code session} and stores it in {@code store}. Titled and graded by {@link DeclarationRules} over
     * every alert fired so far. When an earlier call declared it but the store refused the write, that same
     * incident (same id and title) is stored now, so retrying never makes a second one.
     *
     * @param store where it is stored and kept saved
     * @param id    the id to give it, or null for a new one
     * @param title the title typed, or null/blank for the one the alerts suggest
     * @return the recording that keeps it saved
     */
    public WatchRecording declare(IncidentStore store, WatchSession session, String id, String title) {
        requireNonNull(store, "store");
        Optional<Incident> pending = session.incident();
        Incident incident;
        if (pending.isPresent()) {
            incident = pending.get();
        } else {
            List<Alert> alerts = session.snapshot().alerts();
            incident = session.declareIncident(
                    id != null ? id : IncidentIds.newId(LocalDate.now(clock)),
                    DeclarationRules.title(title, alerts, session.endpoint()),
                    DeclarationRules.severity(alerts));
        }
        WatchRecording recording = new WatchRecording(store, session, incident.id());
        recording.create(incident);
        return recording;
    }
}
